package com.targetmonitor.model;

/** The word that qualifies a target as officers write it. */
public enum Qualifier {
    /** No qualifier: "增长7%". */
    NONE(""),
    /** 以上: at least the target. */
    AT_LEAST("以上"),
    /** 左右: about the target, met within the plan's tolerance. */
    ABOUT("左右"),
    /** 以内: at most the target (lower is better). */
    AT_MOST("以内"),
    /** 突破: strictly beyond the target ("突破1000亿元"). */
    EXCEED("突破");

    private final String word;

    Qualifier(String word) {
        this.word = word;
    }

    /** The Chinese word as it is written after (以上, 左右, 以内) or before (突破) the number. */
    public String word() {
        return word;
    }

    /** 突破 is written before the number, the others after it. */
    public boolean isPrefix() {
        return this == EXCEED;
    }
}
