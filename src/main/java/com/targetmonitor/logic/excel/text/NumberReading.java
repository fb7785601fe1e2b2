package com.targetmonitor.logic.excel.text;

/**
 * A number read from a cell's text.
 *
 * @param value    the number, or null when the cell holds no value or an unreadable one
 * @param problem  why the text could not be read as a number, or null
 * @param percent  the text carried a % sign (or 个百分点)
 * @param unitHint a unit written after the number ("93.2亿元"), or empty
 */
public record NumberReading(Double value, String problem, boolean percent, String unitHint) {

    static final NumberReading EMPTY = new NumberReading(null, null, false, "");

    /** A value is present. */
    public boolean hasValue() {
        return value != null;
    }

    /** Neither a value nor a problem: the cell is empty or says "not available" (—, /, -). */
    public boolean isEmpty() {
        return value == null && problem == null;
    }

    static NumberReading problem(String problem) {
        return new NumberReading(null, problem, false, "");
    }
}
