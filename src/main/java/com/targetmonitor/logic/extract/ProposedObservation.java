package com.targetmonitor.logic.extract;

import java.util.Objects;

/**
 * A figure a progress statement reports for a period: "城镇新增就业5732人，完成任务的60.34%",
 * "增长11.7%，高于年初计划3.7个百分点", "年度计划投资完成率37.3%".
 *
 * @param year        the year of the period
 * @param endMonth    the last month the figure covers (6 for 上半年 and 1-6月)
 * @param quarterly   the text named a quarter (一季度, 上半年): quarterly indicators store it as one
 * @param value       the reported figure (growth in %, amount, level), or null when only a deviation is stated
 * @param completion  "完成任务的Z%", "完成率Z%", "占年度计划Z%": completion of the year's target in %, or null
 * @param deviation   "高于年初计划B个百分点" (+B) or "低于目标B个百分点" (−B), or null
 * @param aheadOfTime "超时序进度C个百分点" (+C) or "低于时序进度C个百分点" (−C), or null
 * @param yoy         the year-on-year growth stated with an amount ("93.2亿元、增长22.7%"), or null
 */
public record ProposedObservation(String name, int year, int endMonth, boolean quarterly, Double value, String unit,
                                  boolean growth, Double completion, Double deviation, Double aheadOfTime, Double yoy,
                                  Sentence sentence) {

    public ProposedObservation {
        Objects.requireNonNull(name, "name");
        unit = Objects.requireNonNullElse(unit, "");
    }

    /** 上半年 / 1-6月 / 一季度 as officers write it. */
    public String periodLabel() {
        if (quarterly) {
            return switch (endMonth) {
                case 3 -> "一季度";
                case 6 -> "上半年";
                case 9 -> "前三季度";
                default -> "全年";
            };
        }
        return endMonth == 1 ? "1月" : "1-" + endMonth + "月";
    }

    /** Whether the sentence says how the figure stands against the plan, not only what it is. */
    public boolean isProgress() {
        return completion != null || deviation != null || aheadOfTime != null;
    }

    ProposedObservation withCompletion(Double c) {
        return new ProposedObservation(name, year, endMonth, quarterly, value, unit, growth, c, deviation, aheadOfTime,
                yoy, sentence);
    }

    ProposedObservation withDeviation(Double d) {
        return new ProposedObservation(name, year, endMonth, quarterly, value, unit, growth, completion, d, aheadOfTime,
                yoy, sentence);
    }

    ProposedObservation withAheadOfTime(Double a) {
        return new ProposedObservation(name, year, endMonth, quarterly, value, unit, growth, completion, deviation, a,
                yoy, sentence);
    }

    ProposedObservation withYoy(Double y) {
        return new ProposedObservation(name, year, endMonth, quarterly, value, unit, growth, completion, deviation,
                aheadOfTime, y, sentence);
    }
}
