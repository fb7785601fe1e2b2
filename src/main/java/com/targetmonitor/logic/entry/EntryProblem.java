package com.targetmonitor.logic.entry;

/** Why a typed or pasted value cannot be stored; the UI turns it into words with the cell's name. */
public enum EntryProblem {
    /** Not a number in any of the ways officers write one ("abc", "12..5", "#N/A"). */
    NOT_A_NUMBER,
    /** A negative amount or count: cumulative quantities cannot fall below zero (growth rates can). */
    NEGATIVE,
    /** A milestone takes done (1, 是, 完成, done) or not done (0, 否, 未完成), nothing else. */
    NOT_A_MILESTONE_STATE
}
