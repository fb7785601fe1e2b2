package com.targetmonitor.model;

/** Where an observation came from. */
public enum OriginKind {
    /** Shipped with the seed plans. */
    SEED,
    /** Typed in by an officer. */
    TYPED,
    /** Written by an import batch. */
    IMPORT
}
