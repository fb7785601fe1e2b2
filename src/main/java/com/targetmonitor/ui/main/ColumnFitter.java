package com.targetmonitor.ui.main;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Column widths from their content, fitted to the width the table has (an office laptop's 1366
 * pixels with the detail pane open). Steps, each taken only when the previous one does not fit:
 * every column as wide as its longest text and its header on one line (the spare width goes to
 * one growing column); headers broken into two lines; then the columns whose cells may wrap
 * (name, target, unit) shrink towards their minimum, so their texts take two lines. Only when
 * even that does not fit does the table scroll sideways. Kept apart from the view so it is tested
 * without a window: the text measure is passed in.
 */
final class ColumnFitter {

    /**
     * One column to fit.
     *
     * @param id           the column's id
     * @param header       its header text on one line
     * @param contentWidth the width its widest cell needs, padding included
     * @param wrapMinimum  for a column whose cells may wrap, the narrowest it may get (padding included);
     *                     zero for a column that never wraps
     */
    record Column(String id, String header, double contentWidth, double wrapMinimum) {
        boolean wraps() {
            return wrapMinimum > 0;
        }
    }

    /**
     * The result.
     *
     * @param widths  width by column id, in the columns' order
     * @param headers header text by column id: the one-line text, or two lines joined by a line break
     */
    record Fit(Map<String, Double> widths, Map<String, String> headers) {
        double total() {
            return widths.values().stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    private final ToDoubleFunction<String> measure;
    private final double padding;

    /**
     * @param measure the width of a text on one line in the table's font
     * @param padding a cell's or header's left and right padding together
     */
    ColumnFitter(ToDoubleFunction<String> measure, double padding) {
        this.measure = measure;
        this.padding = padding;
    }

    /** Fits the columns into {@code available} pixels; {@code growId} takes what is left over. */
    Fit fit(List<Column> columns, double available, String growId) {
        int n = columns.size();
        double[] oneLine = new double[n];
        double[] twoLines = new double[n];
        double[] natural = new double[n];
        double[] narrow = new double[n];
        String[] split = new String[n];
        for (int i = 0; i < n; i++) {
            Column c = columns.get(i);
            split[i] = twoLines(c.header());
            oneLine[i] = textWidth(c.header()) + padding;
            twoLines[i] = split[i].lines().mapToDouble(this::textWidth).max().orElse(0) + padding;
            natural[i] = Math.max(c.contentWidth(), oneLine[i]);
            narrow[i] = Math.max(c.contentWidth(), twoLines[i]);
        }
        double[] widths;
        if (sum(natural) <= available) {
            widths = natural;
        } else if (sum(narrow) <= available) {
            widths = narrow;
        } else {
            widths = shrinkWrapping(columns, narrow, twoLines, available);
        }
        double spare = restoreOneLineHeaders(widths, oneLine, available - sum(widths));
        Map<String, Double> outWidths = new LinkedHashMap<>();
        Map<String, String> outHeaders = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            Column c = columns.get(i);
            double w = widths[i];
            if (spare > 0 && c.id().equals(growId)) {
                w += spare;
            }
            outWidths.put(c.id(), Math.floor(w));
            outHeaders.put(c.id(), w + 0.5 < oneLine[i] ? split[i] : c.header());
        }
        return new Fit(outWidths, outHeaders);
    }

    /** Spends spare width on headers that then fit on one line, cheapest first; returns what is left. */
    private static double restoreOneLineHeaders(double[] widths, double[] oneLine, double spare) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            if (widths[i] < oneLine[i]) {
                order.add(i);
            }
        }
        order.sort((a, b) -> Double.compare(oneLine[a] - widths[a], oneLine[b] - widths[b]));
        double left = spare;
        for (int i : order) {
            double need = oneLine[i] - widths[i];
            if (need <= left) {
                widths[i] = oneLine[i];
                left -= need;
            }
        }
        return left;
    }

    /**
     * Narrows the wrapping columns from the widest down, all to one common width (never below each
     * one's minimum), so long names wrap while short targets and unit names stay on one line.
     */
    private static double[] shrinkWrapping(List<Column> columns, double[] narrow, double[] twoLines, double available) {
        double[] min = new double[narrow.length];
        double fixed = 0;
        double hi = 0;
        for (int i = 0; i < narrow.length; i++) {
            Column c = columns.get(i);
            if (c.wraps()) {
                min[i] = Math.min(narrow[i], Math.max(c.wrapMinimum(), twoLines[i]));
                hi = Math.max(hi, narrow[i]);
            } else {
                fixed += narrow[i];
            }
        }
        double lo = 0;
        for (int step = 0; step < 50; step++) {
            double level = (lo + hi) / 2;
            if (fixed + capped(columns, narrow, min, level) > available) {
                hi = level;
            } else {
                lo = level;
            }
        }
        double[] widths = narrow.clone();
        for (int i = 0; i < widths.length; i++) {
            if (columns.get(i).wraps()) {
                widths[i] = Math.max(min[i], Math.min(narrow[i], lo));
            }
        }
        return widths;
    }

    private static double capped(List<Column> columns, double[] narrow, double[] min, double level) {
        double total = 0;
        for (int i = 0; i < narrow.length; i++) {
            if (columns.get(i).wraps()) {
                total += Math.max(min[i], Math.min(narrow[i], level));
            }
        }
        return total;
    }

    private double textWidth(String text) {
        return measure.applyAsDouble(text);
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    /**
     * The header on two lines as evenly as it breaks: at a space or before an opening bracket when
     * it has one near the middle ("Time / progress", "差距 / (百分点)"), else between two Chinese
     * characters. A header of one word or one character stays as it is.
     */
    static String twoLines(String header) {
        String text = header.strip();
        List<Integer> breaks = new ArrayList<>();
        for (int i = 1; i < text.length(); i++) {
            char before = text.charAt(i - 1);
            char at = text.charAt(i);
            if (at == ' ' || at == '(' || at == '（' || before == '/' || isCjk(before) && isCjk(at)) {
                breaks.add(i);
            }
        }
        if (breaks.isEmpty()) {
            return text;
        }
        int best = breaks.get(0);
        double bestScore = Double.MAX_VALUE;
        for (int b : breaks) {
            double score = Math.max(weight(text.substring(0, b)), weight(text.substring(b)));
            if (!(isCjk(text.charAt(b - 1)) && isCjk(text.charAt(b)))) {
                // A break at a space or a bracket reads better than one inside a word: prefer it.
                score *= 0.8;
            }
            if (score < bestScore) {
                bestScore = score;
                best = b;
            }
        }
        return text.substring(0, best).strip() + "\n" + text.substring(best).strip();
    }

    /** A rough width in half-width characters, to choose the break before measuring. */
    private static double weight(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += isCjk(s.charAt(i)) || s.charAt(i) == '（' || s.charAt(i) == '）' ? 2 : 1;
        }
        return w;
    }

    static boolean isCjk(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
