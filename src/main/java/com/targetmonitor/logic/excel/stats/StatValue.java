package com.targetmonitor.logic.excel.stats;

import com.targetmonitor.logic.excel.text.CellRef;
import com.targetmonitor.logic.excel.text.NumberReading;

/**
 * One value cell of a statistics row. The address is computed when asked for, not stored: a large
 * table holds hundreds of thousands of these.
 *
 * @param role    the column's role (cumulative, month, growth …)
 * @param sheet   the sheet's name
 * @param row     0-based row
 * @param column  0-based column
 * @param text    the cell's text as read
 * @param reading the number read from it
 */
public record StatValue(ColumnRole role, String sheet, int row, int column, String text, NumberReading reading) {

    /** The cell, e.g. Sheet1!C7. */
    public String address() {
        return CellRef.address(sheet, row, column);
    }
}
