package com.targetmonitor.logic.excel.text;

import java.util.Arrays;

/**
 * How alike two normalised names are, from 0 to 1: the Dice coefficient of their character
 * bigrams (a single character counts as its own gram). Chinese names have no word boundaries, so
 * bigrams are the usual unit; "地区生产总值" against "永昌县地区生产总值" scores 0.77 — close, but
 * not close enough to apply without asking.
 */
public final class Similarity {

    private Similarity() {
    }

    /** The bigrams of a name, sorted, so that many comparisons against one name are cheap. */
    public static int[] grams(String key) {
        if (key.length() < 2) {
            return key.isEmpty() ? new int[0] : new int[] {key.charAt(0)};
        }
        int[] grams = new int[key.length() - 1];
        for (int i = 0; i < grams.length; i++) {
            grams[i] = (key.charAt(i) << 16) | key.charAt(i + 1);
        }
        Arrays.sort(grams);
        return grams;
    }

    public static double score(String a, String b) {
        if (a.equals(b)) {
            return a.isEmpty() ? 0 : 1;
        }
        return score(grams(a), grams(b));
    }

    /** Dice coefficient of two sorted gram arrays (multiset intersection). */
    public static double score(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return 2.0 * common / (a.length + b.length);
    }
}
