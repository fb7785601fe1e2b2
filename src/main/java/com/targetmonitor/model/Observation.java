package com.targetmonitor.model;

import java.util.Objects;

/**
 * The value of an indicator for a period. For amounts and counts it is the cumulative value 1–N月;
 * for growth rates the published rate (never derived from levels); for levels the value at the
 * period's end; for milestones 1 when done (0 when reported not done).
 *
 * @param value     null when the period is reported without a value
 * @param yoyGrowth optional year-on-year growth in % of an amount (同比增长)
 * @param sourceSentence the sentence the value comes from, when it comes from a document
 */
public record Observation(Long id, long indicatorId, Period period, Double value, Double yoyGrowth,
                          ProgressNote note, Origin origin, String sourceSentence) {

    public Observation {
        Objects.requireNonNull(period, "period");
        note = Objects.requireNonNullElse(note, ProgressNote.EMPTY);
        origin = Objects.requireNonNullElse(origin, Origin.TYPED);
        sourceSentence = Objects.requireNonNullElse(sourceSentence, "");
        if (value != null && !Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be a finite number");
        }
        if (yoyGrowth != null && !Double.isFinite(yoyGrowth)) {
            throw new IllegalArgumentException("growth must be a finite number");
        }
    }

    public static Observation of(long indicatorId, Period period, double value) {
        return new Observation(null, indicatorId, period, value, null, ProgressNote.EMPTY, Origin.TYPED, "");
    }

    public Observation withId(Long newId) {
        return new Observation(newId, indicatorId, period, value, yoyGrowth, note, origin, sourceSentence);
    }

    public Observation withValue(Double newValue) {
        return new Observation(id, indicatorId, period, newValue, yoyGrowth, note, origin, sourceSentence);
    }
}
