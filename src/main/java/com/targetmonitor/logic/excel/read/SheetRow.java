package com.targetmonitor.logic.excel.read;

import com.targetmonitor.logic.excel.text.CellRef;
import java.util.Arrays;

/**
 * One row of a sheet as read, every cell as text: numbers as plain decimals ("93.2"), numbers
 * formatted as percent with a % sign ("12.5%"), dates as ISO dates, formula cells as their cached
 * result. Columns are 0-based and dense up to the last cell read.
 */
public final class SheetRow {

    private static final String[] NONE = new String[0];

    private final String sheet;
    private final int index;
    private final boolean hidden;
    private final String[] cells;

    /**
     * @param index  0-based row number in the sheet (Excel's row number − 1)
     * @param hidden the row is hidden in the workbook
     */
    public SheetRow(String sheet, int index, boolean hidden, String[] cells) {
        this.sheet = sheet;
        this.index = index;
        this.hidden = hidden;
        this.cells = cells == null ? NONE : cells;
    }

    public String sheet() {
        return sheet;
    }

    public int index() {
        return index;
    }

    public boolean hidden() {
        return hidden;
    }

    /** Number of columns up to and including the last one read. */
    public int width() {
        return cells.length;
    }

    /** The cell's text, stripped; empty when the cell is empty or beyond the row's end. */
    public String text(int column) {
        if (column < 0 || column >= cells.length || cells[column] == null) {
            return "";
        }
        return cells[column].strip();
    }

    /** The cell's text as stored, leading spaces kept (indentation marks a part in some tables). */
    public String rawText(int column) {
        if (column < 0 || column >= cells.length || cells[column] == null) {
            return "";
        }
        return cells[column];
    }

    public boolean isBlank() {
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The 0-based columns holding text, in order. */
    public int[] filledColumns() {
        int[] filled = new int[cells.length];
        int n = 0;
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null && !cells[i].isBlank()) {
                filled[n++] = i;
            }
        }
        return Arrays.copyOf(filled, n);
    }

    /** Sheet1!C7 for a 0-based column of this row. */
    public String address(int column) {
        return CellRef.address(sheet, index, column);
    }

    @Override
    public String toString() {
        return sheet + "#" + (index + 1) + Arrays.toString(cells);
    }
}
