package com.targetmonitor.model;

import java.time.LocalDate;
import java.util.List;

/** Small builders for indicators and observations in model tests. */
final class Indicators {

    private static long nextId = 1;

    private Indicators() {
    }

    static Indicator of(IndicatorKind kind, Target target) {
        return new Indicator(nextId++, 1L, null, null, "x", "指标", "", kind, Frequency.MONTHLY, target,
                Source.NONE, List.of(), null, 0);
    }

    static Indicator amount(double target, Qualifier qualifier) {
        return of(IndicatorKind.AMOUNT, Target.of(target, qualifier));
    }

    static Indicator rate(double target, Qualifier qualifier, Direction direction) {
        return of(IndicatorKind.GROWTH_RATE, new Target(target, qualifier, direction, null, null));
    }

    static Indicator milestone(LocalDate deadline) {
        return of(IndicatorKind.MILESTONE, Target.deadline(deadline));
    }

    static Observation obs(Indicator indicator, Period period, Double value) {
        return new Observation(null, indicator.id(), period, value, null, null, Origin.TYPED, "");
    }

    static Observation june(Indicator indicator, double value) {
        return obs(indicator, Period.month(2022, 6), value);
    }
}
