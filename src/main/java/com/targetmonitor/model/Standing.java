package com.targetmonitor.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Where an indicator stands at an as-of month. Every number is already rounded by the plan's rules;
 * a number that does not apply to the indicator's kind is null.
 *
 * @param observation          the observation judged (the latest up to the as-of month), or null
 * @param completionPct        amounts and counts: actual ÷ target in %
 * @param stretchCompletionPct amounts and counts: actual ÷ stretch target (力争) in %
 * @param timeProgressPct      amounts and counts: 时序进度 at the as-of month
 * @param gapPts               amounts and counts: completion − time progress, in points
 * @param deviationPts         rates and levels: actual − target, in points
 */
public record Standing(Indicator indicator, Observation observation, BigDecimal completionPct,
                       BigDecimal stretchCompletionPct, BigDecimal timeProgressPct, BigDecimal gapPts,
                       BigDecimal deviationPts, Status status, Light light) {

    public Standing {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(light, "light");
    }

    /** The value judged, or null when there is none. */
    public Double actual() {
        return observation == null ? null : observation.value();
    }
}
