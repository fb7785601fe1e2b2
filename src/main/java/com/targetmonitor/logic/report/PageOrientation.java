package com.targetmonitor.logic.report;

/** A4 upright or on its side; landscape gives the indicator table wider name columns. */
public enum PageOrientation {
    PORTRAIT,
    LANDSCAPE
}
