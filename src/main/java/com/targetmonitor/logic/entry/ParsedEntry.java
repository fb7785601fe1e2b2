package com.targetmonitor.logic.entry;

/**
 * What a cell's text means: a value to store, a request to clear the cell, or a problem.
 *
 * @param value   the number to store; null when the cell is to be cleared or the text is invalid
 * @param problem why the text cannot be stored, or null when it can
 */
public record ParsedEntry(Double value, EntryProblem problem) {

    private static final ParsedEntry CLEAR = new ParsedEntry(null, null);

    public ParsedEntry {
        if (value != null && problem != null) {
            throw new IllegalArgumentException("a parsed entry is either a value or a problem");
        }
        if (value != null && !Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite");
        }
    }

    public static ParsedEntry of(double value) {
        return new ParsedEntry(value, null);
    }

    /** Empty text, or a mark for "not available" (—, -, /): the cell holds no value. */
    public static ParsedEntry clear() {
        return CLEAR;
    }

    public static ParsedEntry invalid(EntryProblem problem) {
        return new ParsedEntry(null, java.util.Objects.requireNonNull(problem, "problem"));
    }

    public boolean isValid() {
        return problem == null;
    }

    public boolean isClear() {
        return problem == null && value == null;
    }
}
