package com.targetmonitor.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A plan's rules for judging its indicators. Cities differ (one colours 10–30 points behind yellow,
 * another 0–10), so every threshold is a plan setting rather than a constant.
 *
 * @param amountYellowBand points behind time progress still shown yellow for amounts and counts
 * @param rateYellowBand   points short of a rate target still shown yellow
 * @param aboutTolerance   points within which a 左右 target counts as met
 * @param scale            decimals percentages are rounded to (half up) before they are judged
 */
public record RuleSet(BigDecimal amountYellowBand, BigDecimal rateYellowBand, BigDecimal aboutTolerance, int scale) {

    public static final RuleSet DEFAULT =
            new RuleSet(new BigDecimal("10"), new BigDecimal("1"), new BigDecimal("0.5"), 2);

    public RuleSet {
        Objects.requireNonNull(amountYellowBand, "amountYellowBand");
        Objects.requireNonNull(rateYellowBand, "rateYellowBand");
        Objects.requireNonNull(aboutTolerance, "aboutTolerance");
        if (amountYellowBand.signum() < 0 || rateYellowBand.signum() < 0 || aboutTolerance.signum() < 0) {
            throw new IllegalArgumentException("bands and tolerance must not be negative");
        }
        if (scale < 0 || scale > 6) {
            throw new IllegalArgumentException("rounding must be between 0 and 6 decimals, was " + scale);
        }
    }
}
