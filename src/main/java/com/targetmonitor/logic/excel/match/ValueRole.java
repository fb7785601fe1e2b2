package com.targetmonitor.logic.excel.match;

import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.logic.excel.text.NameNormalizer;

/**
 * Which of a statistics row's figures feeds an indicator: its value (cumulative amount, level,
 * share) or its growth rate. "地区生产总值 | 累计 | 增长%" feeds both an amount 地区生产总值 and a growth
 * indicator 地区生产总值增速.
 */
public enum ValueRole {
    VALUE,
    GROWTH;

    /** Whether the indicator takes figures of this role: growth rates (by kind or by name) take growth. */
    public boolean accepts(Indicator indicator) {
        boolean growth = indicator.kind() == IndicatorKind.GROWTH_RATE
                || NameNormalizer.normalize(indicator.name()).growth();
        return this == GROWTH ? growth : !growth;
    }

    /** The role stored with an alias. */
    public String code() {
        return name();
    }
}
