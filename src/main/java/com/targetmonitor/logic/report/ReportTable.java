package com.targetmonitor.logic.report;

import com.targetmonitor.model.Light;
import java.util.List;
import java.util.Objects;

/**
 * A table of the report as text: the page writer only wraps and places it.
 *
 * @param columns header, relative width and alignment of each column
 * @param rows        body rows; a heading row (a category) spans every column
 * @param lightColumn the column whose cells get the row's light drawn next to the word, or -1
 */
public record ReportTable(List<Column> columns, List<Row> rows, int lightColumn) {

    public ReportTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        if (lightColumn >= columns.size()) {
            throw new IllegalArgumentException("no column " + lightColumn);
        }
    }

    public List<String> header() {
        return columns.stream().map(Column::header).toList();
    }

    public enum Align { LEFT, CENTER, RIGHT }

    /**
     * @param weight the column's share of the width left over, relative to the other filling columns
     * @param fill   true for a column that takes what is left and wraps (names, units responsible);
     *               false for one as wide as its widest figure
     */
    public record Column(String header, float weight, Align align, boolean fill) {
    }

    /**
     * @param cells   one text per column ("\n" starts a new line); a heading row holds one cell
     * @param heading a category row spanning the table
     * @param depth   0 for a plan-level indicator, 1 for a decomposed part (indented), …
     * @param light   the row's light, drawn as a dot next to its word; null when the table has none
     */
    public record Row(List<String> cells, boolean heading, int depth, Light light) {

        public Row {
            cells = List.copyOf(cells);
        }

        public static Row heading(String text) {
            return new Row(List.of(text), true, 0, null);
        }

        public static Row of(List<String> cells, int depth, Light light) {
            return new Row(cells, false, depth, light);
        }

        public String cell(int column) {
            return heading ? (column == 0 ? cells.get(0) : "") : Objects.requireNonNullElse(cells.get(column), "");
        }
    }
}
