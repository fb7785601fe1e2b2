package com.targetmonitor.logic.extract;

/** What accepting a proposal does to the plan. */
public enum ProposalAction {
    /** A new indicator. */
    CREATE,
    /** The plan has the indicator; its target changes. */
    UPDATE,
    /** The plan has the indicator with this very target, or this very value. */
    UNCHANGED,
    /** An observation written for an indicator of the plan (or one created by the same import). */
    WRITE,
    /** An observation for which the plan has no indicator; it cannot be written. */
    NO_INDICATOR,
    /** A progress statement without a figure of its own ("低于目标4.3个百分点"): nothing to write. */
    NO_VALUE
}
