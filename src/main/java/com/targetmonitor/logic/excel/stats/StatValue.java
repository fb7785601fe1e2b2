package com.targetmonitor.logic.excel.stats;

import com.targetmonitor.logic.excel.text.CellRef;
import com.targetmonitor.model.number.NumberReader;
import com.targetmonitor.model.number.NumberReading;

/**
 * One value cell of a statistics row. The address is computed when asked for, not stored: a large
 * table holds hundreds of thousands of these. The statistics reader's cells are read as numbers only
 * when asked: most of a 100,000-row table's cells never are (a row the plan does not watch is only
 * asked whether it has any content, which its first figure answers).
 *
 * @param role    the column's role (cumulative, month, growth …)
 * @param sheet   the sheet's name
 * @param row     0-based row
 * @param column  0-based column
 * @param storedText the cell's text as read; null for a plain number given with its reading, whose text is its value
 * @param reading the number read from it; null for a cell read when asked
 */
public record StatValue(ColumnRole role, String sheet, int row, int column, String storedText, NumberReading reading) {

    /** A cell whose text is read as a number each time it is asked for. */
    static StatValue unread(ColumnRole role, String sheet, int row, int column, String text) {
        return new StatValue(role, sheet, row, column, text, null);
    }

    /**
     * The number read from the cell. An {@link #unread} cell reads it again on every call and keeps
     * nothing: by then its row is old, and a store into an old object costs the collector more (G1's
     * card refinement, measured) than the few readings of the rows a preview shows.
     */
    @Override
    public NumberReading reading() {
        return reading != null ? reading : NumberReader.read(storedText);
    }

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
