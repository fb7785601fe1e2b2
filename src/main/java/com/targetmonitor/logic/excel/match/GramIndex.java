package com.targetmonitor.logic.excel.match;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Which entries hold each bigram and how often, as open-addressed arrays of ints: a 100,000-row table
 * looks up every bigram of every row's name, and a map of boxed keys to lists of pairs was a third of
 * matching it.
 */
final class GramIndex {

    private static final int[] NONE = new int[0];

    private final Map<Integer, int[]> building = new HashMap<>();
    private int[] keys = NONE;
    private boolean[] used = new boolean[0];
    private int[][] postings = new int[0][];
    private int mask;

    /** Adds an entry's bigrams (sorted) as {entry, count} pairs. Before the first {@link #postings}. */
    void add(int entry, int[] sortedGrams) {
        for (int i = 0; i < sortedGrams.length; ) {
            int gram = sortedGrams[i];
            int count = 0;
            while (i < sortedGrams.length && sortedGrams[i] == gram) {
                count++;
                i++;
            }
            int[] old = building.getOrDefault(gram, NONE);
            int[] pairs = Arrays.copyOf(old, old.length + 2);
            pairs[old.length] = entry;
            pairs[old.length + 1] = count;
            building.put(gram, pairs);
        }
    }

    /** Freezes what was added into the lookup arrays. */
    GramIndex freeze() {
        int size = Integer.highestOneBit(Math.max(4, building.size() * 2 + 1)) * 2;
        keys = new int[size];
        used = new boolean[size];
        postings = new int[size][];
        mask = size - 1;
        building.forEach((gram, pairs) -> {
            int slot = slot(gram);
            while (used[slot]) {
                slot = (slot + 1) & mask;
            }
            used[slot] = true;
            keys[slot] = gram;
            postings[slot] = pairs;
        });
        building.clear();
        return this;
    }

    /** The {entry, count} pairs of a bigram, flattened; empty when no entry holds it. */
    int[] postings(int gram) {
        if (keys.length == 0) {
            return NONE;
        }
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
