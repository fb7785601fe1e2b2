package com.targetmonitor.logic.excel.text;

import com.targetmonitor.model.Direction;
import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Qualifier;
import com.targetmonitor.model.number.UnitConverter;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a target as a 目标任务分解表 writes it into kind, value, qualifier and direction:
 * "6%左右", "8%以上", "≥9500", "9500以上", "突破1000", "90%以上", "下降3%", "控制在3.5%以内",
 * "确保6%、力争7%", "年底前完成", "6月底前建成". The unit column and the indicator's name help decide
 * the kind: a % with 率/比例 in the name is a level (发证率), other percentages are growth rates.
 */
public final class TargetTextParser {

    private static final Pattern NUMBER = Pattern.compile("(\\d+(?:\\.\\d+)?)");
    private static final Pattern STRETCH = Pattern.compile("(?:力争|争取|努力)(?:达到|实现|突破|增长)?([^，,;；]*)");
    private static final Pattern DEADLINE_MONTH = Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月(?:底|末|份)?(?:前|以前|之前)");
    private static final Pattern DEADLINE_DAY = Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日(?:前|以前|之前)");
    private static final Pattern YEAR_END = Pattern.compile("年底|年末|年内|全年|12月底");
    private static final Pattern QUARTER_END = Pattern.compile("([一二三四1-4])季度(?:末|底)?(?:前)?");
    private static final Pattern HALF_YEAR = Pattern.compile("上半年|年中");
    private static final Pattern DONE_VERB = Pattern.compile("完成|建成|开工|投产|投运|运营|开园|实现|启动|出台|落地|验收|通车|竣工");
    private static final Pattern LEVEL_NAME = Pattern.compile("率|比例|比重|占比|覆盖|达标|优良|指数|密度|人均|天数|浓度|强度|平均|水平|系数");
    /** Flows and totals: a % target on them without a growth word is still their growth (地区生产总值 8%以上). */
    private static final Pattern FLOW_NAME = Pattern.compile("总值|总额|增加值|投资|收入|零售|产值|产量|营业额|利润|消费|出口|进口|贸易|税收|规模|总量");
    private static final Pattern GROWTH_WORD = Pattern.compile("增长|增速|增幅|下降|降低|减少|提高");
    private static final Pattern NEW_FLOW = Pattern.compile("新增|新认定|新建|新开工|引进|实施|培育|完成|建设|改造|整改|搬迁|输转");
    private static final Pattern STOCK = Pattern.compile("数量|总数|规模|保有量|装机|容量|总量|存量");

    private TargetTextParser() {
    }

    /**
     * @param text     the target cell
     * @param unit     the unit column (may be empty)
     * @param name     the indicator's name, which helps tell a level from a growth rate
     * @param planYear the year deadlines without a year fall in
     */
    public static ParsedTarget parse(String text, String unit, String name, int planYear) {
        String t = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        String n = name == null ? "" : name;
        String u = UnitConverter.clean(unit);
        if (t.isEmpty() || t.matches("[-—/]+")) {
            return new ParsedTarget(kindFor(null, u, n, ""), null, Qualifier.NONE, Direction.HIGHER_BETTER, null, null,
                    u, null);
        }
        String main = t;
        Double stretch = null;
        Matcher s = STRETCH.matcher(t);
        if (s.find() && s.start() > 0) {
            main = t.substring(0, s.start()).replaceAll("[，,;；、]+$", "").replaceFirst("^(确保|保持)", "");
            Matcher sn = NUMBER.matcher(s.group(1));
            if (sn.find()) {
                stretch = Double.parseDouble(sn.group(1));
            }
        }
        Matcher num = NUMBER.matcher(main);
        boolean hasNumber = num.find();
        LocalDate deadline = deadline(t, planYear);
        // "6月底前建成" is a deadline; "6月底前完成投资50亿元" is an amount with a date attached.
        String withoutDates = DEADLINE_MONTH.matcher(DEADLINE_DAY.matcher(t).replaceAll("")).replaceAll("");
        if (deadline != null && !NUMBER.matcher(withoutDates).find()) {
            return new ParsedTarget(IndicatorKind.MILESTONE, null, Qualifier.NONE, Direction.HIGHER_BETTER, null,
                    deadline, "", null);
        }
        if (!hasNumber) {
            if (DONE_VERB.matcher(t).find()) {
                return new ParsedTarget(IndicatorKind.MILESTONE, null, Qualifier.NONE, Direction.HIGHER_BETTER, null,
                        LocalDate.of(planYear, 12, 31), "", null);
            }
            return new ParsedTarget(kindFor(null, u, n, t), null, Qualifier.NONE, Direction.HIGHER_BETTER, null, null,
                    u, "'" + text.strip() + "' names no number");
        }
        double value = Double.parseDouble(num.group(1));
        String after = main.substring(num.end());
        String before = main.substring(0, num.start());
        String textUnit = unitAfter(after);
        String effectiveUnit = !u.isEmpty() ? u : textUnit;
        boolean decline = before.contains("下降") || before.contains("降低") || before.contains("减少")
                || before.contains("回落");
        Qualifier qualifier = qualifier(before, after);
        Direction direction = decline || qualifier == Qualifier.AT_MOST ? Direction.LOWER_BETTER : Direction.HIGHER_BETTER;
        if (decline) {
            value = -value;
            stretch = stretch == null ? null : -stretch;
        }
        IndicatorKind kind = kindFor(decline ? "下降" : before + after, effectiveUnit, n, t);
        if (kind != IndicatorKind.LEVEL && !decline && isBound(qualifier) && boundIsLevel(effectiveUnit, n, before + after)) {
            // A ceiling or floor on a concentration, a rate, a ratio or a share is judged as a level.
            kind = IndicatorKind.LEVEL;
        }
        return new ParsedTarget(kind, BigDecimal.valueOf(value).doubleValue(), qualifier, direction, stretch, null,
                effectiveUnit, null);
    }

    private static boolean isBound(Qualifier q) {
        return q == Qualifier.AT_MOST || q == Qualifier.AT_LEAST;
    }

    /**
     * The bound is on a level: a concentration or intensity unit, or a % on a name that is not a flow
     * and speaks of no growth (城镇调查失业率 5.5%以内, 优良天数比例不低于90%, 研发投入强度≥2.5%).
     */
    private static boolean boundIsLevel(String unit, String name, String words) {
        if (UnitConverter.isLevelUnit(unit) || LEVEL_NAME.matcher(name).find() && !NEW_FLOW.matcher(name).find()
                && !GROWTH_WORD.matcher(name.replaceAll("增长率|增速", "")).find()) {
            return !GROWTH_WORD.matcher(words).find();
        }
        return "%".equals(unit) && !GROWTH_WORD.matcher(name + words).find() && !FLOW_NAME.matcher(name).find();
    }

    private static Qualifier qualifier(String before, String after) {
        if (before.contains("突破") || before.contains("超过") || before.endsWith(">")) {
            return Qualifier.EXCEED;
        }
        if (before.contains("≥") || before.contains(">=") || before.contains("不低于") || before.contains("不少于")
                || before.contains("达到") || after.contains("以上") || after.contains("及以上")) {
            return Qualifier.AT_LEAST;
        }
        if (before.contains("≤") || before.contains("<") || before.contains("不超过") || before.contains("不高于")
                || before.contains("控制在") && !after.contains("左右") || after.contains("以内")
                || after.contains("以下")) {
            return Qualifier.AT_MOST;
        }
        if (after.contains("左右") || before.contains("约")) {
            return Qualifier.ABOUT;
        }
        return Qualifier.NONE;
    }

    private static IndicatorKind kindFor(String words, String unit, String name, String text) {
        boolean percent = "%".equals(unit) || text.contains("%");
        if (percent) {
            if (words != null && GROWTH_WORD.matcher(words).find() || GROWTH_WORD.matcher(name).find()
                    && !LEVEL_NAME.matcher(name.replaceAll("增长率|增速", "")).find()) {
                return IndicatorKind.GROWTH_RATE;
            }
            return LEVEL_NAME.matcher(name).find() ? IndicatorKind.LEVEL : IndicatorKind.GROWTH_RATE;
        }
        if (text.contains("保持") || STOCK.matcher(name).find() && !NEW_FLOW.matcher(name).find()) {
            return IndicatorKind.LEVEL;
        }
        if (LEVEL_NAME.matcher(name).find() && !NEW_FLOW.matcher(name).find()) {
            return IndicatorKind.LEVEL;
        }
        if (isCountUnit(unit)) {
            return IndicatorKind.COUNT;
        }
        return IndicatorKind.AMOUNT;
    }

    private static boolean isCountUnit(String unit) {
        return unit.matches("个|家|户|项|件|所|座|处|套|台|条|宗|批|名|位");
    }

    /** The unit written right after the number: "1000亿元以上" → 亿元, "6%" → %. */
    private static String unitAfter(String after) {
        if (after.startsWith("%")) {
            return "%";
        }
        Matcher m = Pattern.compile("^([\\u4e00-\\u9fa5]{1,4}?)(?:以上|以内|以下|左右|及以上|$)").matcher(after);
        if (m.find() && UnitConverter.isUnit(m.group(1))) {
            return m.group(1);
        }
        for (int len = Math.min(4, after.length()); len > 0; len--) {
            if (UnitConverter.isUnit(after.substring(0, len))) {
                return after.substring(0, len);
            }
        }
        return "";
    }

    private static LocalDate deadline(String t, int year) {
        Matcher d = DEADLINE_DAY.matcher(t);
        if (d.find()) {
            int y = d.group(1) != null ? Integer.parseInt(d.group(1)) : year;
            return safeDate(y, Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3)));
        }
        Matcher m = DEADLINE_MONTH.matcher(t);
        if (m.find()) {
            int y = m.group(1) != null ? Integer.parseInt(m.group(1)) : year;
            int month = Integer.parseInt(m.group(2));
            return month >= 1 && month <= 12 ? YearMonth.of(y, month).atEndOfMonth() : null;
        }
        Matcher q = QUARTER_END.matcher(t);
        if (q.find()) {
            int quarter = "一1".indexOf(q.group(1)) >= 0 ? 1 : "二2".indexOf(q.group(1)) >= 0 ? 2
                    : "三3".indexOf(q.group(1)) >= 0 ? 3 : 4;
            return YearMonth.of(year, quarter * 3).atEndOfMonth();
        }
        if (HALF_YEAR.matcher(t).find()) {
            return LocalDate.of(year, 6, 30);
        }
        if (YEAR_END.matcher(t).find()) {
            return LocalDate.of(year, 12, 31);
        }
        return null;
    }

    private static LocalDate safeDate(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
