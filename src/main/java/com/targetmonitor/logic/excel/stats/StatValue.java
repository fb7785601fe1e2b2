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
