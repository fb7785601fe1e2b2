package com.targetmonitor.model;

/**
 * How an indicator is measured, which decides how it is judged.
 * Amounts and counts are judged by completion against time progress; growth rates and levels by
 * their deviation in percentage points from the target; milestones by their deadline.
 */
public enum IndicatorKind {
    /** Cumulative amount over the year (投资额, 到位资金, 新增就业). */
    AMOUNT,
    /** Count of tasks or items (民生实事, 新增规上企业). Judged like an amount. */
    COUNT,
    /** Year-on-year growth in % ("增长8%", "下降3%"); a published series of its own. */
    GROWTH_RATE,
    /** Level or share at a point in time (优良天数比例, 发证率, 失业率, 装机规模). */
    LEVEL,
    /** Something to be done by a deadline ("3月底前建成…"). */
    MILESTONE;

    /** Amounts and counts: completion = actual ÷ target, judged against time progress. */
    public boolean isProgressive() {
        return this == AMOUNT || this == COUNT;
    }

    /** Growth rates and levels: judged by the deviation from the target in points. */
    public boolean isRate() {
        return this == GROWTH_RATE || this == LEVEL;
    }
}
