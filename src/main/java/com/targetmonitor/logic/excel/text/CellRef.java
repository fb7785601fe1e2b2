package com.targetmonitor.logic.excel.text;

/** Cell addresses as officers read them in Excel: Sheet1!C7, '1-6月 数据'!B12. */
public final class CellRef {

    private CellRef() {
    }

    /** Column letters of a 0-based column: 0 → A, 27 → AB. */
    public static String column(int column) {
        StringBuilder b = new StringBuilder();
        int c = column + 1;
        while (c > 0) {
            int rem = (c - 1) % 26;
            b.insert(0, (char) ('A' + rem));
            c = (c - 1) / 26;
        }
        return b.toString();
    }

    /** Sheet!A1 for a 0-based row and column; the sheet name is quoted when Excel would quote it. */
    public static String address(String sheet, int row, int column) {
        return sheetPrefix(sheet) + column(column) + (row + 1);
    }

    private static final java.util.Map<String, String> PREFIXES = new java.util.concurrent.ConcurrentHashMap<>();

    /** "Sheet1!" or "'1-6月 数据'!"; remembered per sheet name, since every cell of a sheet asks. */
    public static String sheetPrefix(String sheet) {
        if (sheet == null || sheet.isEmpty()) {
            return "";
        }
        if (PREFIXES.size() > 10_000) {
            PREFIXES.clear();
        }
        return PREFIXES.computeIfAbsent(sheet, CellRef::prefix);
    }

    private static String prefix(String sheet) {
        boolean plain = sheet.codePoints().allMatch(cp -> Character.isLetterOrDigit(cp) || cp == '_' || cp == '.');
        return (plain && !Character.isDigit(sheet.charAt(0)) ? sheet : "'" + sheet.replace("'", "''") + "'") + "!";
    }
}
