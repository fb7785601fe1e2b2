package com.targetmonitor.logic.excel.stats;

import com.targetmonitor.logic.excel.text.CellRef;
import com.targetmonitor.model.number.NumberReading;

/**
 * One value cell of a statistics row. The address is computed when asked for, not stored: a large
 * table holds hundreds of thousands of these.
 *
 * @param role    the column's role (cumulative, month, growth …)
 * @param sheet   the sheet's name
 * @param row     0-based row
 * @param column  0-based column
 * @param storedText the cell's text as read; null for a plain number, whose text is its value
 * @param reading the number read from it
 */
public record StatValue(ColumnRole role, String sheet, int row, int column, String storedText, NumberReading reading) {

    /** The cell's text as read (a plain number as its decimal). */
    public String text() {
        if (storedText != null) {
            return storedText;
        }
        return reading.hasValue() ? plain(reading.value()) : "";
    }

    /**
     * Whether the text is exactly how {@link #plain} writes its own value (no leading or trailing
     * zeros, at most 15 significant digits), so that it need not be kept. Checked by scanning, since
     * every value cell of a large table asks.
     */
    static boolean isCanonical(String text) {
        int n = text.length();
        int i = text.startsWith("-") ? 1 : 0;
        if (i == n || n > 17) {
            return false;
        }
        int dot = text.indexOf('.');
        int intEnd = dot < 0 ? n : dot;
        if (intEnd - i > 1 && text.charAt(i) == '0' || intEnd == i) {
            return false;
        }
        int digits = 0;
        for (int k = i; k < n; k++) {
            char c = text.charAt(k);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (k != dot) {
                return false;
            }
        }
        if (dot >= 0 && (dot == n - 1 || text.charAt(n - 1) == '0')) {
            return false;
        }
        return digits <= 15 && !(i == 1 && isZero(text));
    }

    /** Only zeros, dots and minus signs: "-0" and "-0.0" are not how a zero is written. */
    private static boolean isZero(String text) {
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c != '0' && c != '.' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** A number as the reader writes numeric cells: 93.2, 5800, -2.1. */
    static String plain(double value) {
        java.math.BigDecimal d = java.math.BigDecimal.valueOf(value).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /** The cell, e.g. Sheet1!C7. */
    public String address() {
        return CellRef.address(sheet, row, column);
    }
}
