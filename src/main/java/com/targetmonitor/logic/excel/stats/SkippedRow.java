package com.targetmonitor.logic.excel.stats;

/**
 * A row that is not read as data, listed so that nothing disappears silently.
 *
 * @param address the row's first filled cell
 * @param text    what the row says, shortened
 */
public record SkippedRow(String address, String text, Reason reason) {

    public enum Reason {
        /** The row is hidden in the workbook; unhide it to import it. */
        HIDDEN,
        /** A note under the table (注：… / 资料来源：…). */
        FOOTNOTE,
        /** A heading or a name without any value (一、工业). */
        NO_VALUES,
        /** A repeated header or the 甲/乙/1/2 column numbering row. */
        HEADER
    }

    public String message() {
        return switch (reason) {
            case HIDDEN -> "hidden row, not imported";
            case FOOTNOTE -> "footnote";
            case NO_VALUES -> "no values";
            case HEADER -> "header line";
        };
    }
}
