package com.targetmonitor.logic.excel.imports;

/** How a preview row's indicator was found. */
public enum MatchKind {
    /** The hidden key of our own template or export. */
    KEY,
    /** An alias the officer confirmed in an earlier import. */
    ALIAS,
    /** Equal names once normalised. */
    EXACT,
    /** Similar names, similar enough to apply. */
    SIMILAR,
    /** Similar names, not similar enough: a question. */
    WEAK,
    /** Picked or confirmed by the officer in this preview. */
    CONFIRMED,
    /** No indicator. */
    NONE
}
