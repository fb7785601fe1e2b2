package com.targetmonitor.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 时序进度: the share of the year gone by, in %. By default month ÷ 12 (50% at the end of June);
 * where the plan gives an indicator a monthly phasing, the planned cumulative share instead.
 */
public final class TimeProgress {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private TimeProgress() {
    }

    /**
     * @param month   0..12, the month of the plan's year (see {@link AsOf#monthWithin(int)})
     * @param phasing the indicator's planned phasing, or null for month ÷ 12
     * @param scale   decimals to round to, half up
     */
    public static BigDecimal at(int month, Phasing phasing, int scale) {
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month must be 0..12, was " + month);
        }
        if (month == 0) {
            return BigDecimal.ZERO.setScale(scale, RoundingMode.HALF_UP);
        }
        if (phasing != null) {
            return BigDecimal.valueOf(phasing.at(month)).setScale(scale, RoundingMode.HALF_UP);
        }
        return BigDecimal.valueOf(month).multiply(HUNDRED).divide(TWELVE, scale, RoundingMode.HALF_UP);
    }
}
