package com.targetmonitor.cli;

import java.io.PrintWriter;
import java.util.List;

/** Writes rows as CSV (RFC 4180) or as an aligned text table that counts Chinese characters as two columns. */
final class TextTable {

    private TextTable() {
    }

    static void csv(PrintWriter out, List<String> header, List<List<String>> rows) {
        csvRow(out, header);
        rows.forEach(r -> csvRow(out, r));
    }

    /** One CSV line written straight to the output: a 50,000-row status makes no string per line. */
    static void csvRow(PrintWriter out, List<String> fields) {
        csvFields(out, fields);
        out.println();
    }

    private static void csvFields(PrintWriter out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String f = fields.get(i) == null ? "" : fields.get(i);
            if (needsQuotes(f)) {
                out.write('"');
                out.write(f.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(f);
            }
        }
    }

    private static boolean needsQuotes(String f) {
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    static void table(PrintWriter out, List<String> header, List<List<String>> rows) {
        int[] widths = new int[header.size()];
        for (int c = 0; c < header.size(); c++) {
            widths[c] = width(header.get(c));
            for (List<String> r : rows) {
                widths[c] = Math.max(widths[c], width(r.get(c)));
            }
        }
        out.println(line(header, widths));
        StringBuilder rule = new StringBuilder();
        for (int w : widths) {
            rule.append("-".repeat(w)).append("  ");
        }
        out.println(rule.toString().stripTrailing());
        rows.forEach(r -> out.println(line(r, widths)));
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c) == null ? "" : cells.get(c);
            b.append(cell).append(" ".repeat(widths[c] - width(cell) + 2));
        }
        return b.toString().stripTrailing();
    }

    /** Display width: East Asian wide characters take two columns in a terminal. */
    static int width(String s) {
        if (s == null) {
            return 0;
        }
        return s.codePoints().map(cp -> isWide(cp) ? 2 : 1).sum();
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
