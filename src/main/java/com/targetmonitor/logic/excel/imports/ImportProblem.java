package com.targetmonitor.logic.excel.imports;

import java.util.List;

/**
 * Something the preview tells about a row, with the cell it is about. The code and arguments let a
 * window say it in the officer's language; {@link #message()} says it in English for the command line.
 *
 * @param cell where, e.g. Sheet1!C7 (may be empty for a whole file)
 */
public record ImportProblem(Code code, String cell, List<String> args) {

    public enum Severity { INFO, QUESTION, ERROR }

    public enum Code {
        /** args: text. */
        NOT_A_NUMBER(Severity.ERROR),
        /** args: text. An estimate or a bound ("约30", "165亿元以上"), not a figure to store. */
        APPROXIMATE(Severity.ERROR),
        /** args: from unit, to unit. */
        UNIT_MISMATCH(Severity.ERROR),
        /** args: value with from unit, value with to unit. */
        UNIT_CONVERTED(Severity.INFO),
        /** Only the month's own value is given for an amount, whose status needs 1–N月. */
        MONTH_VALUE_ONLY(Severity.ERROR),
        /** Only this month's growth is given; growth targets are judged on cumulative growth. */
        MONTH_GROWTH_ONLY(Severity.ERROR),
        /** args: the period cell's text. */
        PERIOD_UNKNOWN(Severity.ERROR),
        /** args: period label, plan year. */
        OUTSIDE_PLAN_YEAR(Severity.ERROR),
        /** args: the other cell. */
        CONFLICT(Severity.ERROR),
        /** args: the other cell. */
        DUPLICATE(Severity.INFO),
        /** args: score in %, indicator name. */
        WEAK_MATCH(Severity.QUESTION),
        /** The row name matches no indicator of the plan. */
        NO_MATCH(Severity.QUESTION),
        /** The cell is empty or says "not available". */
        NO_VALUE(Severity.INFO),
        /** args: text. A milestone cell that says neither done nor not done. */
        NOT_A_MILESTONE_STATE(Severity.ERROR),
        /**
         * args: the value as read, why it is implausible ({@link Plausibility.Doubt} name). Asked, not
         * written, until the officer confirms the row.
         */
        IMPLAUSIBLE(Severity.QUESTION),
        /** args: the region the sheet reports for. The plan has no indicator for that region's row. */
        OUT_OF_SCOPE(Severity.INFO),
        /** The indicator is not led by the reporter's unit: the server would refuse the write. */
        NOT_PERMITTED(Severity.INFO);

        private final Severity severity;

        Code(Severity severity) {
            this.severity = severity;
        }

        public Severity severity() {
            return severity;
        }
    }

    private static final int MAX_QUOTED = 80;

    public ImportProblem {
        args = List.copyOf(args);
    }

    public static ImportProblem of(Code code, String cell, String... args) {
        // A cell's text quoted in a message is cut short: a 30,000-character cell makes no readable line.
        String[] shown = java.util.Arrays.stream(args)
                .map(a -> a != null && a.length() > MAX_QUOTED ? a.substring(0, MAX_QUOTED) + "…" : a)
                .toArray(String[]::new);
        return new ImportProblem(code, cell == null ? "" : cell, List.of(shown));
    }

    public Severity severity() {
        return code.severity();
    }

    /** One line in English, starting with the cell. */
    public String message() {
        String where = cell.isEmpty() ? "" : cell + ": ";
        return where + switch (code) {
            case NOT_A_NUMBER -> arg(0).startsWith("#") ? "the cell holds the formula error " + arg(0)
                    : "'" + arg(0) + "' is not a number";
            case APPROXIMATE -> "'" + arg(0) + "' is an estimate or a bound, not a figure";
            case UNIT_MISMATCH -> "unit " + arg(0) + " cannot be converted to the indicator's unit " + arg(1);
            case UNIT_CONVERTED -> "converted " + arg(0) + " to " + arg(1);
            case MONTH_VALUE_ONLY -> "only the month's own value (本月) is given; an amount needs the cumulative value";
            case MONTH_GROWTH_ONLY -> "only the month's growth is given; growth targets need the cumulative growth";
            case PERIOD_UNKNOWN -> "period unknown: '" + arg(0) + "'";
            case OUTSIDE_PLAN_YEAR -> "the figure is for " + arg(0) + ", outside the plan's year " + arg(1);
            case CONFLICT -> "another value for the same indicator and period at " + arg(0);
            case DUPLICATE -> "same value as " + arg(0) + ", written once";
            case WEAK_MATCH -> "matched to " + arg(1) + " with " + arg(0) + "% similarity: please confirm";
            case NO_MATCH -> "no indicator of the plan matches this name";
            case NO_VALUE -> "no value";
            case NOT_A_MILESTONE_STATE -> "'" + arg(0) + "' says neither 完成 nor 未完成";
            case IMPLAUSIBLE -> "'" + arg(0) + "' is implausible for this indicator (" + switch (arg(1)) {
                case "TOO_LARGE" -> "an amount of 10^12 or more";
                case "SHARE_OUT_OF_RANGE" -> "a share outside 0-100%";
                case "FRACTIONAL_COUNT" -> "a count with a fraction";
                case "GROWTH_OUT_OF_RANGE" -> "a growth rate beyond ±1000%";
                default -> "not a finite number";
            } + "): not written until confirmed";
            case OUT_OF_SCOPE -> "the sheet reports for " + arg(0) + " and the plan has no such indicator for "
                    + arg(0) + ": does not apply to this plan";
            case NOT_PERMITTED -> "not permitted for this account (another unit's figure): not written";
        };
    }

    private String arg(int i) {
        return i < args.size() ? args.get(i) : "";
    }
}
