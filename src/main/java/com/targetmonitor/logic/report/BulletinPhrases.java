package com.targetmonitor.logic.report;

import java.time.LocalDate;
import java.util.List;

/**
 * Every sentence pattern of the 通报 text, in one place. The report is a Chinese government document
 * whatever the language of the window, so these patterns are Chinese only. Numbers arrive already
 * written (see {@link ReportNumbers}); signs arrive as the sign of the figure, so each method
 * chooses 超/低于, 增长/下降, 高于/低于 itself.
 */
final class BulletinPhrases {

    private BulletinPhrases() {
    }

    /** "1-6月，" — the data period opens the sentence. */
    static String lead(String periodLabel) {
        return periodLabel + "，";
    }

    static String end(String sentence) {
        return sentence + "。";
    }

    /** "城镇新增就业5732人". */
    static String amount(String name, String value, String unit) {
        return name + value + unit;
    }

    /** "重点项目年度计划投资完成率37.3%": the stored figure is itself a completion rate. */
    static String rateOfPlan(String name, String value) {
        return name + "完成率" + value + "%";
    }

    /** "同比增长22.7%" / "同比下降3%" / "与上年同期持平". */
    static String yoy(int sign, String magnitude) {
        return sign > 0 ? "同比增长" + magnitude + "%" : sign < 0 ? "同比下降" + magnitude + "%" : "与上年同期持平";
    }

    static String completionOfTarget(String pct) {
        return "完成年度目标的" + pct + "%";
    }

    static String shareOfCeiling(String pct) {
        return "占年度控制目标的" + pct + "%";
    }

    /** "超时序进度10.34个百分点" / "低于时序进度12.7个百分点" / "与时序进度持平". */
    static String againstTimeProgress(int sign, String magnitude) {
        return sign > 0 ? "超时序进度" + magnitude + "个百分点"
                : sign < 0 ? "低于时序进度" + magnitude + "个百分点" : "与时序进度持平";
    }

    /** A ceiling on a cumulative amount: using less than the pro-rata share is on track. */
    static String againstTimeProgressOfCeiling(int sign, String magnitude) {
        return sign > 0 ? "高于时序进度" + magnitude + "个百分点"
                : sign < 0 ? "低于时序进度" + magnitude + "个百分点" : "与时序进度持平";
    }

    /** A completed amount: early, beyond the target at year end, or just completed. */
    static String completed(boolean beforeYearEnd, boolean beyond) {
        return beforeYearEnd ? "提前完成年度目标任务" : beyond ? "超额完成年度目标任务" : "完成年度目标任务";
    }

    static String ceilingBroken() {
        return "已突破年度控制目标";
    }

    /** "地区生产总值增长11.7%" / "社会消费品零售总额下降3.9%" / "…与上年持平". */
    static String growth(String subject, int sign, String magnitude) {
        return sign > 0 ? subject + "增长" + magnitude + "%"
                : sign < 0 ? subject + "下降" + magnitude + "%" : subject + "与上年持平";
    }

    /** "不动产总体发证率87.16%", "新能源装机规模520万千瓦". */
    static String level(String name, String value, String unit) {
        return name + value + unit;
    }

    /** "高于年度目标3.7个百分点" / "低于年度目标20万千瓦" / "与年度目标持平". */
    static String againstTarget(int sign, String magnitude, String unit) {
        String amount = magnitude + ("%".equals(unit) ? "个百分点" : unit);
        return sign > 0 ? "高于年度目标" + amount : sign < 0 ? "低于年度目标" + amount : "与年度目标持平";
    }

    /** A ceiling ("控制在5.5%以内"): "低于年度控制目标0.3个百分点". */
    static String againstCeiling(int sign, String magnitude, String unit) {
        String amount = magnitude + ("%".equals(unit) ? "个百分点" : unit);
        return sign > 0 ? "高于年度控制目标" + amount : sign < 0 ? "低于年度控制目标" + amount : "与年度控制目标持平";
    }

    /** A decline target ("下降3%"): a more negative actual has cut more. */
    static String againstDecline(int sign, String magnitude) {
        return sign < 0 ? "比年度目标多降" + magnitude + "个百分点"
                : sign > 0 ? "比年度目标少降" + magnitude + "个百分点" : "与年度目标持平";
    }

    /** "计划2022年12月31日前完成". */
    static String deadline(LocalDate date) {
        return "计划" + date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日前完成";
    }

    static String milestoneDone() {
        return "已完成";
    }

    static String milestoneOverdue() {
        return "已逾期，尚未完成";
    }

    static String milestonePending() {
        return "尚未到期";
    }

    /** One sentence for every indicator without data: "以下3项指标暂无数据：A、B、C。" */
    static String noData(List<String> names) {
        return "以下" + names.size() + "项指标暂无数据：" + String.join("、", names) + "。";
    }

    /** Joins the clauses of one sentence with Chinese commas and ends it: "a，b，c。" */
    static String sentence(List<String> clauses) {
        return end(String.join("，", clauses));
    }
}
