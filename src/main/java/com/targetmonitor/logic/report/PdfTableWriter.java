package com.targetmonitor.logic.report;

import com.targetmonitor.logic.report.ReportTable.Align;
import com.targetmonitor.logic.report.ReportTable.Row;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays a {@link ReportTable} out on the canvas's pages: the header on every page the table runs
 * onto, every row whole on one page (long names wrap inside their cell), a category row kept with
 * the row that follows it.
 */
final class PdfTableWriter {

    private final PdfCanvas canvas;
    private final ReportTable table;
    private final float fontSize;
    private final float leading;
    private final float[] widths;
    private final TextWrapper wrapper;
    /** The column showing a decomposed part indented under its whole: the first filling (name) column. */
    private final int indentColumn;
    /** The x of each column border, left to right. */
    private final float[] borders;
    /**
     * The rules of the cell rows drawn on this page since the last category row or page break: the
     * top, then each row's bottom. They are drawn as one path when the run ends, not a box per cell.
     */
    private float[] ruleYs = new float[64];
    private int rules;

    PdfTableWriter(PdfCanvas canvas, ReportTable table, float fontSize) {
        this.canvas = canvas;
        this.table = table;
        this.fontSize = fontSize;
        this.leading = fontSize * PdfStyle.TABLE_LEADING;
        this.wrapper = canvas.wrapper(fontSize);
        this.widths = widths();
        this.indentColumn = java.util.stream.IntStream.range(0, widths.length)
                .filter(c -> table.columns().get(c).fill()).findFirst().orElse(-1);
        this.borders = new float[widths.length + 1];
        borders[0] = canvas.left();
        for (int c = 0; c < widths.length; c++) {
            borders[c + 1] = borders[c] + widths[c];
        }
    }

    /**
     * Figures get the width of their widest cell (and at least half their header's, so a header
     * wraps to two lines at most); the filling columns share the rest by weight. When that leaves
     * them too little (a very wide figure), every column gets its share by weight instead.
     */
    private float[] widths() {
        List<ReportTable.Column> columns = table.columns();
        float[] w = new float[columns.size()];
        float fixed = 0;
        float fillWeight = 0;
        for (int c = 0; c < w.length; c++) {
            if (columns.get(c).fill()) {
                fillWeight += columns.get(c).weight();
                continue;
            }
            float widest = (float) wrapper.width(columns.get(c).header()) / 2 + fontSize * 0.5f;
            for (Row row : table.rows()) {
                if (!row.heading()) {
                    for (String line : row.cell(c).split("\n")) {
                        widest = Math.max(widest, (float) wrapper.width(line));
                    }
                }
            }
            w[c] = widest + 2 * PdfStyle.CELL_PAD_X + (c == table.lightColumn() ? dotSpace() : 0) + 0.5f;
            fixed += w[c];
        }
        float rest = canvas.width() - fixed;
        float fillMinimum = fontSize * 5;
        if (fillWeight == 0 ? rest < 0 : rest < fillMinimum * columns.stream().filter(ReportTable.Column::fill).count()) {
            float total = (float) columns.stream().mapToDouble(ReportTable.Column::weight).sum();
            for (int c = 0; c < w.length; c++) {
                w[c] = canvas.width() * columns.get(c).weight() / total;
            }
            return w;
        }
        for (int c = 0; c < w.length; c++) {
            if (fillWeight == 0) {
                w[c] += rest * w[c] / fixed; // no filling column: widen all alike
            } else if (columns.get(c).fill()) {
                w[c] = rest * columns.get(c).weight() / fillWeight;
            }
        }
        return w;
    }

    void write() throws IOException {
        List<String> header = table.header();
        List<List<String>> headerLines = cellLines(header, 0, false);
        float headerHeight = height(headerLines);
        float maxRowHeight = canvas.bodyHeight() - headerHeight;
        PdfCanvas.PageStart repeatHeader = () -> drawRow(headerLines, headerHeight, true, null);
        canvas.ensure(headerHeight + (table.rows().isEmpty() ? 0
                : rowHeight(table.rows().get(0), lines(table.rows().get(0)), maxRowHeight)));
        drawRow(headerLines, headerHeight, true, null);
        canvas.onPageStart(repeatHeader);
        try {
            List<Row> rows = table.rows();
            // Each row is wrapped once: its lines give its height, keep a category row with the next, and are drawn.
            List<List<String>> next = rows.isEmpty() ? null : lines(rows.get(0));
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                List<List<String>> lines = next;
                next = i + 1 < rows.size() ? lines(rows.get(i + 1)) : null;
                float h = rowHeight(row, lines, maxRowHeight);
                // A category row is kept with the first indicator under it.
                float keep = row.heading() && next != null ? h + rowHeight(rows.get(i + 1), next, maxRowHeight) : h;
                if (!canvas.fits(keep)) {
                    drawRules(); // the page ends here: its grid is complete
                }
                canvas.ensure(keep);
                if (row.heading()) {
                    drawRules();
                    drawHeading(row.cell(0), h);
                } else {
                    drawRow(limit(lines, maxRowHeight), h, false, row);
                }
            }
            drawRules();
        } finally {
            canvas.removePageStart(repeatHeader);
        }
    }

    /** Adds a cell row's rules (its top when it starts a run, its bottom) to the run on this page. */
    private void rule(float top, float bottom) {
        if (rules + 2 > ruleYs.length) {
            ruleYs = java.util.Arrays.copyOf(ruleYs, ruleYs.length * 2);
        }
        if (rules == 0) {
            ruleYs[rules++] = top;
        }
        ruleYs[rules++] = bottom;
    }

    private void drawRules() throws IOException {
        canvas.grid(borders, ruleYs, rules, PdfStyle.GRID_LINE, PdfStyle.GRID);
        rules = 0;
    }

    /** The row's cells wrapped to their columns (none for a category row, which is one line). */
    private List<List<String>> lines(Row row) {
        return row.heading() ? List.of() : cellLines(row.cells(), row.depth(), true);
    }

    private float rowHeight(Row row, List<List<String>> lines, float maxRowHeight) {
        if (row.heading()) {
            return leading + 2 * PdfStyle.CELL_PAD_Y;
        }
        return Math.min(height(lines), maxRowHeight);
    }

    private float height(List<List<String>> lines) {
        int most = 1;
        for (List<String> cell : lines) {
            most = Math.max(most, cell.size());
        }
        return most * leading + 2 * PdfStyle.CELL_PAD_Y;
    }

    /** A row taller than a page is cut with "…" (never happens with names of a sane length). */
    private List<List<String>> limit(List<List<String>> lines, float maxRowHeight) {
        int maxLines = Math.max(1, (int) ((maxRowHeight - 2 * PdfStyle.CELL_PAD_Y) / leading));
        List<List<String>> out = new ArrayList<>();
        for (List<String> cell : lines) {
            if (cell.size() <= maxLines) {
                out.add(cell);
            } else {
                List<String> cut = new ArrayList<>(cell.subList(0, maxLines));
                cut.set(maxLines - 1, cut.get(maxLines - 1) + "…");
                out.add(cut);
            }
        }
        return out;
    }

    private List<List<String>> cellLines(List<String> cells, int depth, boolean body) {
        List<List<String>> lines = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            String text = c < cells.size() && cells.get(c) != null ? cells.get(c) : "";
            float width = widths[c] - 2 * PdfStyle.CELL_PAD_X - (body && c == indentColumn ? indent(depth) : 0)
                    - (body && c == table.lightColumn() ? dotSpace() : 0);
            lines.add(wrapper.wrap(text, Math.max(width, fontSize)));
        }
        return lines;
    }

    private float indent(int depth) {
        return depth * fontSize;
    }

    private float dotSpace() {
        return fontSize * 0.9f;
    }

    /**
     * One row: the header fill, the lights, then its text line by line across the cells (the first
     * line of every cell, then the second ...), so each line of the row is one run of text.
     */
    private void drawRow(List<List<String>> lines, float height, boolean header, Row row) throws IOException {
        float top = canvas.y();
        if (header) {
            canvas.fillRect(canvas.left(), top - height, canvas.width(), height, PdfStyle.HEADER_FILL);
        }
        rule(top, top - height);
        int light = !header && row.light() != null ? table.lightColumn() : -1;
        float firstBaseline = top - PdfStyle.CELL_PAD_Y - fontSize;
        if (light >= 0) { // shapes first: drawing one ends a text object
            for (int k = 0; k < lines.get(light).size(); k++) {
                float tx = x(light, lines.get(light).get(k), header, row);
                float baseline = firstBaseline - k * leading;
                canvas.dot(tx + fontSize * 0.35f, baseline + fontSize * 0.35f, fontSize * 0.32f,
                        PdfStyle.light(row.light()));
            }
        }
        int most = 0;
        for (List<String> cell : lines) {
            most = Math.max(most, cell.size());
        }
        for (int k = 0; k < most; k++) {
            float baseline = firstBaseline - k * leading;
            for (int c = 0; c < widths.length; c++) {
                if (k < lines.get(c).size()) {
                    String line = lines.get(c).get(k);
                    float tx = x(c, line, header, row) + (c == light ? dotSpace() : 0);
                    canvas.text(tx, baseline, line, fontSize, header, PdfStyle.INK);
                }
            }
        }
        canvas.moveDown(height);
    }

    /** Where a line of a cell starts (for the light column: where its dot goes, the text after it). */
    private float x(int c, String line, boolean header, Row row) {
        Align align = header ? Align.CENTER : table.columns().get(c).align();
        boolean dot = !header && c == table.lightColumn() && row.light() != null;
        float w = align == Align.LEFT ? 0 : (float) wrapper.width(line) + (dot ? dotSpace() : 0);
        return switch (align) {
            case LEFT -> borders[c] + PdfStyle.CELL_PAD_X + (!header && c == indentColumn ? indent(row.depth()) : 0);
            case CENTER -> borders[c] + (widths[c] - w) / 2;
            case RIGHT -> borders[c + 1] - PdfStyle.CELL_PAD_X - w;
        };
    }

    private void drawHeading(String text, float height) throws IOException {
        float top = canvas.y();
        canvas.fillRect(canvas.left(), top - height, canvas.width(), height, PdfStyle.CATEGORY_FILL);
        canvas.strokeRect(canvas.left(), top - height, canvas.width(), height, PdfStyle.GRID_LINE, PdfStyle.GRID);
        canvas.text(canvas.left() + PdfStyle.CELL_PAD_X, top - PdfStyle.CELL_PAD_Y - fontSize, text, fontSize, true,
                PdfStyle.INK);
        canvas.moveDown(height);
    }
}
