package com.targetmonitor.model;

import java.util.Locale;

/** An indicator's standing at an as-of month. Always computed, never stored. */
public enum Status {
    /** Amounts and counts: completion ≥ 100%. */
    COMPLETED,
    /** Amounts and counts: completion on or above time progress (超/达进度). */
    AHEAD,
    /** Amounts and counts: completion below time progress (欠进度). */
    BEHIND,
    /** Rates and levels: the target is met, given direction and qualifier. */
    MET,
    /** Rates and levels: the target is missed. */
    MISSED,
    /** Milestones: done. */
    DONE,
    /** Milestones: not done, deadline not yet passed. */
    PENDING,
    /** Milestones: not done and the deadline has passed. */
    OVERDUE,
    /** No value reported for the period. */
    NO_DATA,
    /** A value is held but the plan sets no target to judge it by (a monitored figure). */
    NO_TARGET;

    /** The stable code used in CSV output and storage-free interfaces: lower-case name. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
