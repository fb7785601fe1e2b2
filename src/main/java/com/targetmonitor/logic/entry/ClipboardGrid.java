package com.targetmonitor.logic.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text on the clipboard as a block of cells, the way Excel and WPS put it there: one line per row,
 * cells separated by tabs, usually with a line break after the last row.
 */
public final class ClipboardGrid {

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

    private ClipboardGrid() {
    }

    /**
     * The rows of cells in the text; empty for empty text. Only the one line break Excel adds after
     * the last row is dropped: empty lines before it are empty cells (they clear what they land on).
     */
    public static List<List<String>> parse(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String t = text;
        if (t.endsWith("\r\n")) {
            t = t.substring(0, t.length() - 2);
        } else if (t.endsWith("\n") || t.endsWith("\r")) {
            t = t.substring(0, t.length() - 1);
        }
        List<List<String>> rows = new ArrayList<>();
        for (String line : LINE_BREAK.split(t, -1)) {
            List<String> cells = new ArrayList<>();
            for (String cell : line.split("\t", -1)) {
                cells.add(unquote(cell));
            }
            rows.add(List.copyOf(cells));
        }
        return List.copyOf(rows);
    }

    /** The block as clipboard text Excel reads back: tabs between cells, a line break after each row. */
    public static String format(List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            out.append(String.join("\t", row)).append("\r\n");
        }
        return out.toString();
    }

    /** Excel quotes a cell holding quotes or tabs: "a ""b""" is a "b". */
    private static String unquote(String cell) {
        if (cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")) {
            return cell.substring(1, cell.length() - 1).replace("\"\"", "\"");
        }
        return cell;
    }

    /** How many cells the widest row holds. */
    public static int width(List<List<String>> rows) {
        return rows.stream().mapToInt(List::size).max().orElse(0);
    }
}
