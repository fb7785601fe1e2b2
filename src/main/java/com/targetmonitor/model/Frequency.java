package com.targetmonitor.model;

/** How often the statistics bureau publishes an indicator. GDP is quarterly and cumulative. */
public enum Frequency {
    MONTHLY,
    QUARTERLY,
    /** Reported once, at year end (or when something happens: milestones). */
    ANNUAL
}
