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

    /** The sheet ended. */
    void endSheet();
}
