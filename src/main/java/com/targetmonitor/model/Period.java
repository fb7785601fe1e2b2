package com.targetmonitor.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cumulative reporting period of a year: 1–N月 for monthly figures, or the quarters for quarterly
 * ones (GDP). January and February are published together, so the period ending in February is
 * "1-2月"; a separate January figure is allowed but rare.
 *
 * <p>Written as {@code 2022-06} (1-6月), {@code 2022-02} (1-2月) or {@code 2022-Q2} (上半年).
 */
public record Period(int year, int endMonth, Granularity granularity) implements Comparable<Period> {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
    private static final Comparator<Period> ORDER = Comparator.comparingInt(Period::year)
            .thenComparingInt(Period::endMonth)
            .thenComparing(Period::granularity);

    public Period {
        if (year < 1949 || year > 2200) {
            throw new IllegalArgumentException("implausible year: " + year);
        }
        if (endMonth < 1 || endMonth > 12) {
            throw new IllegalArgumentException("month must be 1..12, was " + endMonth);
        }
        if (granularity == Granularity.QUARTER && endMonth % 3 != 0) {
            throw new IllegalArgumentException("a quarter ends in March, June, September or December");
        }
    }

    public static Period month(int year, int endMonth) {
        return new Period(year, endMonth, Granularity.MONTH);
    }

    public static Period quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1..4, was " + quarter);
        }
        return new Period(year, quarter * 3, Granularity.QUARTER);
    }

    /** Parses {@code 2022-06} or {@code 2022-Q2}; throws with a readable message otherwise. */
    public static Period parse(String text) {
        String t = text == null ? "" : text.trim();
        Matcher q = QUARTER.matcher(t);
        if (q.matches()) {
            return quarter(Integer.parseInt(q.group(1)), Integer.parseInt(q.group(2)));
        }
        Matcher m = MONTH.matcher(t);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("'" + t + "' is not a month: the month must be 01 to 12");
            }
            return month(Integer.parseInt(m.group(1)), month);
        }
        throw new IllegalArgumentException("'" + t + "' is not a period: write YYYY-MM (e.g. 2022-06) or YYYY-Qn");
    }

    public YearMonth endYearMonth() {
        return YearMonth.of(year, endMonth);
    }

    public LocalDate endDate() {
        return endYearMonth().atEndOfMonth();
    }

    /** The key used in storage and seed files: 2022-06 or 2022-Q2. */
    public String key() {
        return granularity == Granularity.QUARTER
                ? year + "-Q" + (endMonth / 3)
                : year + (endMonth < 10 ? "-0" : "-") + endMonth; // no Formatter: called for every exported row
    }

    /** The label officers use: 1-6月, 1-2月, 1月, 一季度, 上半年, 前三季度, 全年. */
    public String label() {
        if (granularity == Granularity.QUARTER) {
            return switch (endMonth) {
                case 3 -> "一季度";
                case 6 -> "上半年";
                case 9 -> "前三季度";
                default -> "全年";
            };
        }
        return endMonth == 1 ? "1月" : "1-" + endMonth + "月";
    }

    @Override
    public int compareTo(Period other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return key();
    }
}
