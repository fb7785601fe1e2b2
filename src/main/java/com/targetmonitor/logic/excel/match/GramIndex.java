package com.targetmonitor.logic.excel.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which entries hold each bigram and how often, as open-addressed arrays of ints: a 100,000-row table
 * looks up every bigram of every row's name, and a map of boxed keys to lists of pairs was a third of
 * matching it.
 */
final class GramIndex {

    private static final int[] NONE = new int[0];

    private final int[] keys;
    private final boolean[] used;
    /** Per slot, the {entry, count} pairs of its bigram, flattened. */
    private final int[][] postings;
    private final int mask;

    /** @param sortedGramsByEntry each entry's bigrams, sorted ({@code Similarity.grams}), by entry index */
    GramIndex(List<int[]> sortedGramsByEntry) {
        Map<Integer, List<int[]>> pairsByGram = new HashMap<>();
        for (int entry = 0; entry < sortedGramsByEntry.size(); entry++) {
            int[] grams = sortedGramsByEntry.get(entry);
            for (int i = 0, end; i < grams.length; i = end) {
                end = runEnd(grams, i);
                pairsByGram.computeIfAbsent(grams[i], k -> new ArrayList<>()).add(new int[] {entry, end - i});
            }
        }
        int size = Integer.highestOneBit(Math.max(4, pairsByGram.size() * 2 + 1)) * 2;
        keys = new int[size];
        used = new boolean[size];
        postings = new int[size][];
        mask = size - 1;
        pairsByGram.forEach((gram, pairs) -> {
            int slot = slot(gram);
            while (used[slot]) {
                slot = (slot + 1) & mask;
            }
            used[slot] = true;
            keys[slot] = gram;
            int[] flat = new int[pairs.size() * 2];
            for (int p = 0; p < pairs.size(); p++) {
                flat[2 * p] = pairs.get(p)[0];
                flat[2 * p + 1] = pairs.get(p)[1];
            }
            postings[slot] = flat;
        });
    }

    /**
     * For a name's sorted bigrams, adds to {@code common[entry]} how many bigrams each entry shares with it
     * (as multisets: a bigram twice in the name and once in the entry counts once).
     */
    void countCommon(int[] sortedGrams, int[] common) {
        for (int i = 0, end; i < sortedGrams.length; i = end) {
            end = runEnd(sortedGrams, i);
            int[] pairs = postings(sortedGrams[i]);
            for (int p = 0; p < pairs.length; p += 2) {
                common[pairs[p]] += Math.min(end - i, pairs[p + 1]);
            }
        }
    }

    /** The end of the run of equal bigrams that starts at {@code from}. */
    private static int runEnd(int[] sortedGrams, int from) {
        int end = from + 1;
        while (end < sortedGrams.length && sortedGrams[end] == sortedGrams[from]) {
            end++;
        }
        return end;
    }

    private int[] postings(int gram) {
        for (int slot = slot(gram); used[slot]; slot = (slot + 1) & mask) {
            if (keys[slot] == gram) {
                return postings[slot];
            }
        }
        return NONE;
    }

    private int slot(int gram) {
        int h = gram * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }
}
