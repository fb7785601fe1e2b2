package com.targetmonitor.logic.excel.read;

/**
 * What we accept from a file, so that a hostile or broken one cannot exhaust memory: columns beyond
 * the first 256 are ignored (statistics tables are narrow; a lone cell at XFD1 must not make every
 * row 16,384 wide), and the zip-bomb guard ({@link XlsxParts}, as POI's) refuses parts that inflate
 * more than 100-fold or past 1 GiB.
 */
public final class SheetLimits {

    /** Columns read per row. */
    public static final int MAX_COLUMNS = 256;
    /**
     * Rows read per file, over all sheets: a hundred times the largest statistics or targets table, and
     * small enough that matching every row stays quick; a full sheet (1,048,576 rows) is refused in a
     * few seconds with one line instead of being matched name by name for many minutes.
     */
    public static final int MAX_ROWS = 100_000;
    /** Bytes a single part of an .xlsx may inflate to. */
    public static final long MAX_ENTRY_SIZE = 1L << 30;
    /** Smallest compressed ÷ inflated size accepted; POI's default too. */
    public static final double MIN_INFLATE_RATIO = 0.01;
    /** Parts in an .xlsx archive; a real workbook has a few dozen. */
    public static final int MAX_ENTRIES = 10_000;
    /** An old .xls or a CSV larger than this is refused before it is read. */
    public static final long MAX_LOADED_FILE = 256L << 20;

    private SheetLimits() {
    }
}
