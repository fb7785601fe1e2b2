package com.targetmonitor.logic.excel.text;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the reporting period in a title, a header or a period cell: "2024年1-6月", "1-2月",
 * "1～6月累计", "一季度", "上半年", "前三季度", "2024-06", "2024年6月", "2024.06". Statistics are
 * cumulative from January, so "2024年6月" in a 统计月报 title means the 1-6月 report.
 */
public final class PeriodText {

    private static final String RANGE = "\\s*(?:-|~|至|到|—|–)\\s*";
    private static final Pattern YEAR_RANGE = Pattern.compile("((?:19|20|21)\\d{2})\\s*年\\s*(?:度\\s*)?(\\d{1,2})\\s*月?"
            + RANGE + "(\\d{1,2})\\s*月");
    private static final Pattern RANGE_ONLY = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*月?" + RANGE + "(\\d{1,2})\\s*月");
    private static final Pattern YEAR_MONTH = Pattern.compile("((?:19|20|21)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月");
    private static final Pattern ISO = Pattern.compile("(?<!\\d)((?:19|20|21)\\d{2})\\s*[-./]\\s*(\\d{1,2})(?!\\d)");
    private static final Pattern QUARTER = Pattern.compile("(?:第?([一二三四1-4])季度|([一二三四1-4])季度|[Qq]([1-4]))");
    private static final Pattern HALF = Pattern.compile("上半年|前两个季度");
    private static final Pattern THREE_QUARTERS = Pattern.compile("前三季度|1-3季度|一至三季度");
    private static final Pattern WHOLE_YEAR = Pattern.compile("全年|年度(?!目标|计划|任务)");
    private static final Pattern YEAR = Pattern.compile("((?:19|20|21)\\d{2})\\s*年");
    private static final Pattern SINGLE_MONTH = Pattern.compile("(?<![\\d-])(\\d{1,2})\\s*月(?!份?\\s*[-~至到])");

    private PeriodText() {
    }

    /** The period named in the text, as far as it says; {@link PeriodHint#NONE} when it names none. */
    public static PeriodHint find(String raw) {
        if (raw == null || raw.isBlank()) {
            return PeriodHint.NONE;
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).replace('～', '~').replace('－', '-');
        Integer year = year(s);
        Matcher m = YEAR_RANGE.matcher(s);
        if (m.find() && month(m.group(3)) != null && "1".equals(stripZero(m.group(2)))) {
            return new PeriodHint(Integer.parseInt(m.group(1)), month(m.group(3)), false);
        }
        m = RANGE_ONLY.matcher(s);
        if (m.find() && month(m.group(2)) != null && "1".equals(stripZero(m.group(1)))) {
            return new PeriodHint(year, month(m.group(2)), false);
        }
        m = YEAR_MONTH.matcher(s);
        if (m.find() && month(m.group(2)) != null) {
            return new PeriodHint(Integer.parseInt(m.group(1)), month(m.group(2)), false);
        }
        m = ISO.matcher(s);
        if (m.find() && month(m.group(2)) != null) {
            return new PeriodHint(Integer.parseInt(m.group(1)), month(m.group(2)), false);
        }
        if (THREE_QUARTERS.matcher(s).find()) {
            return new PeriodHint(year, 9, true);
        }
        if (HALF.matcher(s).find()) {
            return new PeriodHint(year, 6, true);
        }
        m = QUARTER.matcher(s);
        if (m.find()) {
            String q = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            return new PeriodHint(year, quarterNumber(q) * 3, true);
        }
        if (WHOLE_YEAR.matcher(s).find() && year != null) {
            return new PeriodHint(year, 12, true);
        }
        m = SINGLE_MONTH.matcher(s);
        if (m.find() && month(m.group(1)) != null) {
            return new PeriodHint(year, month(m.group(1)), false);
        }
        return year == null ? PeriodHint.NONE : new PeriodHint(year, null, false);
    }

    private static Integer year(String s) {
        Matcher m = YEAR.matcher(s);
        return m.find() ? Integer.parseInt(m.group(1)) : null;
    }

    private static Integer month(String digits) {
        int m = Integer.parseInt(digits);
        return m >= 1 && m <= 12 ? m : null;
    }

    private static String stripZero(String digits) {
        return String.valueOf(Integer.parseInt(digits));
    }

    private static int quarterNumber(String q) {
        return switch (q) {
            case "一", "1" -> 1;
            case "二", "2" -> 2;
            case "三", "3" -> 3;
            default -> 4;
        };
    }
}
