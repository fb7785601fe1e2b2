package com.targetmonitor.logic.excel.read;

/** Receives a workbook's rows as they are read, one sheet after the other, without holding the workbook. */
public interface RowSink {

    /**
     * A sheet begins.
     *
     * @param hidden the sheet is hidden in the workbook
     * @return false to skip the sheet's rows
     */
    boolean startSheet(String name, boolean hidden);

    /** A row with at least one cell (empty rows may be skipped by the reader). */
    void row(SheetRow row);

    /**
     * A merged cell of the sheet (0-based, inclusive), told before {@link #endSheet()}: a streamed
     * .xlsx lists its merges only after its rows. The value sits in the top-left cell only.
     */
    default void merged(int firstRow, int lastRow, int firstColumn, int lastColumn) {
    }

    /** A column hidden in the sheet (0-based), told before the sheet's rows. */
    default void hiddenColumn(int column) {
    }

    /** The sheet ended. */
    void endSheet();
}
