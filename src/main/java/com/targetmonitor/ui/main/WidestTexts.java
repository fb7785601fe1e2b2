package com.targetmonitor.ui.main;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * For each column of the status table, the few texts that may be its widest, with how many rows
 * show each, so a new standing of a few rows updates them from those rows alone. Texts are ranked
 * by a cheap estimate of their width (characters from the CJK blocks count double), then by the
 * text itself: the kept texts are the same whatever order the rows were offered in, so a column
 * kept up to date row by row has the same texts as one read afresh. Only the kept texts are
 * measured in the table's font.
 */
final class WidestTexts {

    /** How many of the longest distinct texts of a column are kept (and measured). */
    static final int KEPT = 12;
    /** From here on characters are wide (CJK radicals, kana, ideographs, full-width forms). */
    private static final char WIDE = '\u2E80';

    /**
     * A text that may be a column's widest.
     *
     * @param extra    pixels the cell adds to the text (the tree's indent, the status dot)
     * @param estimate the text's width in half-width characters, the extra included
     */
    record Candidate(String text, double extra, double estimate) {
        Candidate(String text, double extra) {
            this(text, extra, WidestTexts.estimate(text, extra));
        }
    }

    /** Shortest first: the one to drop when a longer one comes. */
    private static final Comparator<Candidate> SHORTEST_FIRST = Comparator.comparingDouble(Candidate::estimate)
            .thenComparing(Candidate::text).thenComparingDouble(Candidate::extra);

    private final Map<String, TreeMap<Candidate, Integer>> columns = new HashMap<>();

    static double estimate(String text, double extra) {
        double w = extra / 7;
        for (int i = 0; i < text.length(); i++) {
            w += text.charAt(i) >= WIDE ? 2 : 1;
        }
        return w;
    }

    /** Forgets what the column showed, before every row's text is offered again. */
    void clear(String column) {
        columns.put(column, new TreeMap<>(SHORTEST_FIRST));
    }

    /** One more row shows the text in the column. */
    void offer(String column, String text, double extra) {
        if (text.isEmpty()) {
            return;
        }
        TreeMap<Candidate, Integer> kept = columns.computeIfAbsent(column, k -> new TreeMap<>(SHORTEST_FIRST));
        double estimate = estimate(text, extra);
        // A table of 10,000 rows offers 100,000 texts when read afresh: most rank below the shortest kept
        // one (shorter, or as long and before it: "85.3%" among many five-character percentages) and cost
        // one estimate and a comparison, nothing kept or made.
        if (kept.size() == KEPT && ranksBelow(text, extra, estimate, kept.firstKey())) {
            return;
        }
        kept.merge(new Candidate(text, extra, estimate), 1, Integer::sum);
        if (kept.size() > KEPT) {
            kept.pollFirstEntry();
        }
    }

    /** Whether the text would come before the candidate in {@link #SHORTEST_FIRST} (so be dropped at once). */
    private static boolean ranksBelow(String text, double extra, double estimate, Candidate shortest) {
        if (estimate != shortest.estimate()) {
            return estimate < shortest.estimate();
        }
        int byText = text.compareTo(shortest.text());
        return byText != 0 ? byText < 0 : extra < shortest.extra();
    }

    /**
     * One row's text in the column changed from {@code before} to {@code after}. Answers false when
     * the column must be read afresh: the last row showing a kept text changed, and the text that
     * takes its place is not known without reading every row.
     */
    boolean replace(String column, String before, double beforeExtra, String after, double afterExtra) {
        if (before.equals(after) && beforeExtra == afterExtra) {
            return true;
        }
        TreeMap<Candidate, Integer> kept = columns.get(column);
        if (kept == null) {
            return false;
        }
        if (!before.isEmpty()) {
            Candidate gone = new Candidate(before, beforeExtra);
            Integer rows = kept.get(gone);
            if (rows != null) {
                if (rows > 1) {
                    kept.put(gone, rows - 1);
                } else {
                    boolean full = kept.size() == KEPT;
                    kept.remove(gone);
                    if (full) {
                        return false;
                    }
                }
            }
        }
        offer(column, after, afterExtra);
        return true;
    }

    /** Takes the column's texts as another read them (a read of every row made apart from this one). */
    void take(String column, WidestTexts read) {
        columns.put(column, read.columns.getOrDefault(column, new TreeMap<>(SHORTEST_FIRST)));
    }

    /** The column's kept texts (all its texts when it has fewer than {@link #KEPT} distinct ones). */
    Collection<Candidate> candidates(String column) {
        TreeMap<Candidate, Integer> kept = columns.get(column);
        return kept == null ? java.util.List.of() : kept.keySet();
    }
}
