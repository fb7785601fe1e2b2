package com.targetmonitor.logic.excel.stats;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells from a header label what its column holds. Labels of two-level headers come joined with
 * '|' ("累计|增长%"), so both levels count. The order of the tests matters: "比上年同期增长" is growth
 * although it names 上年同期, and "1-6月完成" is cumulative although it says 完成.
 */
public final class HeaderClassifier {

    /** The label of our hidden key column. */
    public static final String KEY_LABEL = "tm_key";
    /** Longest header label, both levels joined: "1-6月比上年同期增长（%）|绝对值" fits. */
    private static final int MAX_LABEL = 32;

    private static final Pattern GROWTH = Pattern.compile("增长|增速|增幅|同比|±|\\+-|增减|比上年|比去年|下降");
    private static final Pattern MONTH_ONLY = Pattern.compile("本月|当月|月度|(?<![\\d-~至到])\\d{1,2}月(?!份?[-~至到])");
    private static final Pattern CUMULATIVE = Pattern.compile(
            "累计|本年|年初|自年初|今年以来|1[-~至到]\\d{1,2}月|1月[-~至到]\\d{1,2}月|一季度|上半年|前三季度|全年");
    private static final Pattern IGNORED = Pattern.compile(
            "上年|去年|同期|上月|完成率|进度|占|比重|排名|排位|位次|备注|说明|差额|差距|绝对额增减|得分|评价|来源");
    private static final Pattern VALUE = Pattern.compile("绝对值|绝对数|数值|总量|实际|完成|本期|实绩|金额|数量|^值$|数据|总额");
    private static final Pattern TARGET = Pattern.compile("目标|计划|任务数|预期");

    private HeaderClassifier() {
    }

    public static ColumnRole classify(String rawLabel) {
        String label = clean(rawLabel);
        if (label.isEmpty() || label.length() > MAX_LABEL) {
            // A sentence is data, not a heading, whatever words it contains.
            return ColumnRole.UNKNOWN;
        }
        if (label.equalsIgnoreCase(KEY_LABEL)) {
            return ColumnRole.KEY;
        }
        if (label.matches("(序号|编号|代码|编码|行次|序|no\\.?|代号)")) {
            return ColumnRole.CODE;
        }
        if (label.matches("(计量)?单位|单位名称?计量|计量单位") || label.equals("单位")) {
            return ColumnRole.UNIT;
        }
        if (label.contains("牵头") || label.matches("责任单位|主责单位|责任部门|牵头部门")) {
            return ColumnRole.LEAD_UNIT;
        }
        if (label.contains("配合") || label.contains("协办") || label.contains("参与单位")) {
            return ColumnRole.SUPPORT_UNIT;
        }
        if (label.contains("属性") || label.equals("指标类型") || label.equals("性质")) {
            return ColumnRole.ATTRIBUTE;
        }
        if (label.matches("(指标名称|指标|项目|名称|指标项目|项目名称|指标名|统计指标|主要指标)")) {
            return ColumnRole.NAME;
        }
        if (label.matches("(期间|时间|月份|报告期|统计期|日期|年月|所属期|统计时间|时期|数据期|数据期间)")) {
            return ColumnRole.PERIOD;
        }
        if (GROWTH.matcher(label).find()) {
            if (label.contains("同期") && !label.contains("增") && !label.contains("降") && !label.contains("±")) {
                return ColumnRole.IGNORED;
            }
            return MONTH_ONLY.matcher(label).find() && !CUMULATIVE.matcher(label).find()
                    ? ColumnRole.MONTH_GROWTH : ColumnRole.CUMULATIVE_GROWTH;
        }
        if (IGNORED.matcher(label).find()) {
            return ColumnRole.IGNORED;
        }
        if (TARGET.matcher(label).find()) {
            return ColumnRole.TARGET;
        }
        if (CUMULATIVE.matcher(label).find()) {
            return ColumnRole.CUMULATIVE;
        }
        if (MONTH_ONLY.matcher(label).find()) {
            return ColumnRole.MONTH;
        }
        if (VALUE.matcher(label).find()) {
            return ColumnRole.VALUE;
        }
        return ColumnRole.UNKNOWN;
    }

    /** NFKC, no spaces or line breaks, no trailing units in brackets: "累计（亿元）" → "累计". */
    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).replaceAll("[\\s\\u3000]+", "")
                .toLowerCase(Locale.ROOT);
        s = s.replace('～', '~').replace('－', '-').replace('—', '-').replace('–', '-');
        return s.replaceAll("\\((?:[^()]*元|[^()]*人|%|‰|[^()]*吨|[^()]*亩)\\)", "").replaceAll("[:：]$", "");
    }
}
