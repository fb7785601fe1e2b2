package com.targetmonitor.logic.excel.read;

import java.util.Arrays;

/** The cells of the row being read, by 0-based column, up to {@link SheetLimits#MAX_COLUMNS}. */
final class RowBuffer {

    private String[] cells = new String[16];
    private int size;

    void clear() {
        Arrays.fill(cells, 0, size, null);
        size = 0;
    }

    boolean isEmpty() {
        for (int i = 0; i < size; i++) {
            if (cells[i] != null && !cells[i].isBlank()) {
                return false;
            }
        }
        return true;
    }

    int size() {
        return size;
    }

    void set(int column, String value) {
        if (column < 0 || column >= SheetLimits.MAX_COLUMNS || value == null) {
            return;
        }
        if (column >= cells.length) {
            cells = Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
        }
        cells[column] = value;
        size = Math.max(size, column + 1);
    }

    String[] toArray() {
        return Arrays.copyOf(cells, size);
    }

    /** The 0-based column of an A1 reference ("C7" → 2). */
    static int columnOf(String ref) {
        int col = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
            if (col > 20_000) {
                return -1;
            }
        }
        return col - 1;
    }
}
