package com.targetmonitor.logic.excel.stats;

/** What a column of a statistics table or a targets table holds, as read from its header. */
public enum ColumnRole {
    /** 指标名称 / 指标 / 项目. */
    NAME,
    /** 序号 / 代码 / 编号. */
    CODE,
    /** 单位 / 计量单位. */
    UNIT,
    /** 期间 / 时间 / 月份 (long layout: one row per indicator and period). */
    PERIOD,
    /** 累计 / 1–N月 / 本年: the cumulative value from January. */
    CUMULATIVE,
    /** 本月 / 当月: the month's own value. */
    MONTH,
    /** 累计增长 / 同比增长 / 比上年同期±%: growth of the cumulative value. */
    CUMULATIVE_GROWTH,
    /** 当月增长 / 本月同比. */
    MONTH_GROWTH,
    /** 数值 / 实际 / 完成 / 绝对值: a value column that does not say more; taken as cumulative. */
    VALUE,
    /** 目标 / 年度目标 / 目标任务. */
    TARGET,
    /** 指标属性 (预期性 / 约束性). */
    ATTRIBUTE,
    /** 牵头单位 / 责任单位. */
    LEAD_UNIT,
    /** 配合单位 / 协办单位. */
    SUPPORT_UNIT,
    /** The hidden key column of our own templates and exports. */
    KEY,
    /** Recognised but not used (上年同期, 完成率, 备注 …). */
    IGNORED,
    /** Not recognised. */
    UNKNOWN;

    public boolean isValue() {
        return this == CUMULATIVE || this == MONTH || this == CUMULATIVE_GROWTH || this == MONTH_GROWTH
                || this == VALUE;
    }

    public boolean isGrowth() {
        return this == CUMULATIVE_GROWTH || this == MONTH_GROWTH;
    }
}
