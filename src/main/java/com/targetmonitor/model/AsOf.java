package com.targetmonitor.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.DateTimeException;
import java.util.Objects;

/**
 * The month a report is made for ("as of the end of June 2022"). Parsing is strict: 2022-13 is an
 * error with a readable message, not an exception trace.
 */
public record AsOf(YearMonth month) {

    public AsOf {
        Objects.requireNonNull(month, "month");
    }

    public static AsOf of(int year, int month) {
        return new AsOf(YearMonth.of(year, month));
    }

    /** Parses YYYY-MM, e.g. 2022-06. */
    public static AsOf parse(String text) {
        String t = text == null ? "" : text.trim();
        if (!t.matches("\\d{4}-\\d{1,2}")) {
            throw new IllegalArgumentException("'" + t + "' is not a month: write YYYY-MM, e.g. 2022-06");
        }
        String[] parts = t.split("-");
        int m = Integer.parseInt(parts[1]);
        if (m < 1 || m > 12) {
            throw new IllegalArgumentException("'" + t + "' is not a month: the month must be 01 to 12");
        }
        try {
            return new AsOf(YearMonth.of(Integer.parseInt(parts[0]), m));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + t + "' is not a month: " + e.getMessage());
        }
    }

    /**
     * The month of the plan's year this as-of stands at: 0 before the year starts, 12 after it ends.
     * Time progress and the choice of observation both use it.
     */
    public int monthWithin(int planYear) {
        if (month.getYear() < planYear) {
            return 0;
        }
        if (month.getYear() > planYear) {
            return 12;
        }
        return month.getMonthValue();
    }

    public LocalDate endDate() {
        return month.atEndOfMonth();
    }

    @Override
    public String toString() {
        return month.toString();
    }
}
