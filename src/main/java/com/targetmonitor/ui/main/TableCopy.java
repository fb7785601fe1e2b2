package com.targetmonitor.ui.main;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A table as tab-separated text with its header line, the form Excel and WPS paste into cells.
 * Tabs and line breaks inside a cell would split it, so they become spaces.
 */
final class TableCopy {

    private TableCopy() {
    }

    /** @param headers the header line, or null for the rows alone */
    static String tabSeparated(List<String> headers, List<List<String>> rows) {
        StringBuilder out = new StringBuilder(headers == null ? "" : line(headers));
        rows.forEach(r -> out.append(line(r)));
        return out.toString();
    }

    private static String line(List<String> cells) {
        return cells.stream().map(TableCopy::clean).collect(Collectors.joining("\t", "", "\r\n"));
    }

    private static String clean(String cell) {
        return cell == null ? "" : cell.replaceAll("[\\t\\r\\n]+", " ").strip();
    }
}
