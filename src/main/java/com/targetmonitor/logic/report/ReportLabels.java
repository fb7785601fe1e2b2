package com.targetmonitor.logic.report;

import com.targetmonitor.logic.status.DocumentWords;
import com.targetmonitor.model.Light;
import com.targetmonitor.model.Qualifier;
import com.targetmonitor.model.Status;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The fixed wording of the progress report: title, headings, table header, status words, footer.
 * The report is a Chinese document whatever the window's language (the 通报 sentence patterns are in
 * {@link BulletinPhrases}).
 */
final class ReportLabels {

    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
        "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"};

    static final String SECTION_SUMMARY = "总体情况";
    static final String SECTION_BULLETIN = "主要指标进展情况";
    static final String SECTION_TABLE = "指标完成情况表";
    static final String SECTION_CHARTS = "图表";

    private ReportLabels() {
    }

    /** "金昌市2022年目标任务进展情况（1-6月）". */
    static String title(String planName, String periodLabel) {
        return planName + "目标任务进展情况（" + periodLabel + "）";
    }

    /** "数据截至2022年6月底，时序进度50%。制表日期：2025年3月1日". */
    static String subtitle(int year, int month, String timeProgress, LocalDate printedOn) {
        return "数据截至" + year + "年" + month + "月底，时序进度" + timeProgress + "%。制表日期："
                + date(printedOn);
    }

    static String date(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** "一、", "二、" for sections; "（一）" for groups. */
    static String numeral(int oneBased) {
        return oneBased >= 1 && oneBased <= NUMERALS.length ? NUMERALS[oneBased - 1] : String.valueOf(oneBased);
    }

    static String sectionHeading(int oneBased, String text) {
        return numeral(oneBased) + "、" + text;
    }

    /** "（三）低于时序进度（2项）". */
    static String groupHeading(int oneBased, String heading, int count) {
        return "（" + numeral(oneBased) + "）" + heading + "（" + count + "项）";
    }

    static String groupHeading(Status status) {
        return switch (status) {
            case COMPLETED -> "已完成年度目标";
            case AHEAD -> "超（达）时序进度";
            case BEHIND -> "低于时序进度";
            case MET -> "达到年度目标";
            case MISSED -> "未达到年度目标";
            case DONE -> "节点任务已完成";
            case OVERDUE -> "节点任务逾期未完成";
            case PENDING -> "节点任务推进中";
            case NO_TARGET -> "监测指标（不设目标）";
            case NO_DATA -> "暂无数据";
        };
    }

    /** The target as written: "9500以上", "突破1000", "16", "3.5以内". */
    static String target(String value, Qualifier qualifier) {
        return qualifier.isPrefix() ? qualifier.word() + value : value + qualifier.word();
    }

    static String stretch(String value) {
        return "力争" + value;
    }

    /** "12月31日前" within the plan's year, "2023年3月31日前" beyond it. */
    static String deadline(LocalDate d, int planYear) {
        String day = d.getMonthValue() + "月" + d.getDayOfMonth() + "日前";
        return d.getYear() == planYear ? day : d.getYear() + "年" + day;
    }

    /** The summary's first sentence: "本期纳入监测的指标共50项。". */
    static String total(int count) {
        return "本期纳入监测的指标共" + count + "项。";
    }

    /** "其中：已完成年度目标2项，超（达）时序进度3项，…。" from the non-zero groups in order. */
    static String breakdown(List<Map.Entry<Status, Integer>> groups) {
        StringBuilder sb = new StringBuilder("其中：");
        for (int i = 0; i < groups.size(); i++) {
            sb.append(i == 0 ? "" : "，").append(groupHeading(groups.get(i).getKey()))
                    .append(groups.get(i).getValue()).append("项");
        }
        return sb.append("。").toString();
    }

    /** "亮灯情况：绿灯20项，黄灯3项，红灯5项，灰灯22项。" */
    static String lights(Map<Light, Integer> counts) {
        StringBuilder sb = new StringBuilder("亮灯情况：");
        boolean first = true;
        for (Light light : Light.values()) {
            sb.append(first ? "" : "，").append(DocumentWords.light(light)).append(counts.getOrDefault(light, 0)).append("项");
            first = false;
        }
        return sb.append("。").toString();
    }

    /** "“2+4”产业链产值的分解目标合计1000，与总目标1000不一致。" */
    static String decompositionBreak(String parent, String sum, String whole, boolean actuals) {
        String what = actuals ? "分项实际值" : "分解目标";
        return sum.isEmpty()
                ? parent + "的" + what + "不全，无法与总数核对。"
                : parent + "的" + what + "合计" + sum + "，与总数" + whole + "不一致。";
    }

    static final String LIGHT_COLUMN = "亮灯";
    static final List<String> TABLE_HEADER = List.of("编码", "指标名称", "单位", "年度目标", "数据期", "实际",
            "完成率(%)", "时序进度(%)", "差距/偏差(百分点)", "状态", LIGHT_COLUMN, "牵头单位");

    /** The column heading of a status in the count table (milestones marked apart from amounts). */
    static String countHeading(Status status) {
        return switch (status) {
            case DONE -> "节点完成";
            case PENDING -> "节点推进";
            case OVERDUE -> "节点逾期";
            default -> DocumentWords.status(status);
        };
    }

    static final String COUNT_TOTAL = "合计";
    static final String COUNT_ROW = "指标数";

    /** "第 1 页 共 3 页". */
    static String pageNumber(int page, int pages) {
        return "第 " + page + " 页 共 " + pages + " 页";
    }

    /** The caption under chart n: "图1 完成率与时序进度". */
    static String figure(int n, String caption) {
        return "图" + n + " " + caption;
    }
}
