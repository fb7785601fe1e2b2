package com.targetmonitor.logic.report;

import java.math.BigDecimal;

/**
 * How numbers are written in the report. Two conventions, chosen on purpose:
 * <ul>
 *   <li><b>In the 通报 text</b> numbers are written the way officers write published figures: a stored
 *       value as it was reported (5732, 93.2, 8.04), a computed percentage or gap at the plan's
 *       rounding with trailing zeros dropped (37.30 → 37.3, 12.70 → 12.7, 50.00 → 50, 60.34 stays).</li>
 *   <li><b>In the table</b> computed columns keep the plan's decimals (37.30, 50.00) so that a column
 *       of figures lines up and the reader sees the precision they were judged at.</li>
 * </ul>
 * Stored values never go through {@code double} arithmetic or formatting, so 93.2 never prints as
 * 93.20000000000001.
 */
public final class ReportNumbers {

    private ReportNumbers() {
    }

    /** A stored value as written: 9500, 93.2, -3.9 (no exponent, no trailing zeros); "" for null. */
    public static String stored(Double value) {
        return value == null ? "" : plain(BigDecimal.valueOf(value));
    }

    /** A computed figure for running text: the plan's rounding, trailing zeros dropped; "" for null. */
    public static String plain(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal d = value.stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /** The magnitude of a computed figure for running text ("低于…12.7个百分点" from −12.70). */
    public static String plainAbs(BigDecimal value) {
        return value == null ? "" : plain(value.abs());
    }

    /** The magnitude of a stored value ("下降3.9%" from −3.9). */
    public static String storedAbs(Double value) {
        return value == null ? "" : plain(BigDecimal.valueOf(value).abs());
    }

    /** A computed figure for the table: exactly at the plan's rounding (37.30, 50.00); "" for null. */
    public static String fixed(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
