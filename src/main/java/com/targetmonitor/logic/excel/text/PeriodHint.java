package com.targetmonitor.logic.excel.text;

import com.targetmonitor.model.Frequency;
import com.targetmonitor.model.Period;

/**
 * A reporting period as far as a title or header tells it: "2024年1-6月" gives year and month,
 * "1-2月" only the month, "一季度" a quarter.
 *
 * @param year     the year, or null when the text does not say
 * @param endMonth the last month covered (1–12), or null
 * @param quarter  the text named a quarter (一季度, 上半年, 前三季度): quarterly figures such as GDP
 */
public record PeriodHint(Integer year, Integer endMonth, boolean quarter) {

    public static final PeriodHint NONE = new PeriodHint(null, null, false);

    public boolean hasMonth() {
        return endMonth != null;
    }

    /** Fills what this hint lacks from the other (the other's month only when this has none). */
    public PeriodHint orElse(PeriodHint other) {
        if (other == null) {
            return this;
        }
        Integer y = year != null ? year : other.year;
        if (endMonth != null) {
            return new PeriodHint(y, endMonth, quarter);
        }
        return new PeriodHint(y, other.endMonth, other.quarter);
    }

    public PeriodHint withYear(int newYear) {
        return new PeriodHint(newYear, endMonth, quarter);
    }

    /**
     * The period to store a figure under for an indicator of the given frequency: a quarterly
     * indicator (GDP) at the end of a quarter is stored as the quarter, everything else as 1–N月.
     */
    public Period periodFor(Frequency frequency, int defaultYear) {
        int y = year != null ? year : defaultYear;
        if (endMonth == null) {
            throw new IllegalStateException("no month");
        }
        if (frequency == Frequency.QUARTERLY && endMonth % 3 == 0) {
            return Period.quarter(y, endMonth / 3);
        }
        return Period.month(y, endMonth);
    }

    /** 2024年1-6月, 1-6月, 一季度 … for messages. */
    public String label() {
        StringBuilder b = new StringBuilder();
        if (year != null) {
            b.append(year).append('年');
        }
        if (endMonth != null) {
            b.append(endMonth == 1 ? "1月" : "1-" + endMonth + "月");
        }
        return b.toString();
    }
}
