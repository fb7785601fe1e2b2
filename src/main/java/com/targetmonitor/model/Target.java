package com.targetmonitor.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What an indicator must reach: "确保固定资产投资增长16%以上", "力争突破1000亿元", "3月底前建成".
 *
 * @param value     the target (确保 level); null where the plan only monitors a figure
 * @param stretch   the stretch target (力争 level), or null
 * @param deadline  for milestones: the date by which it must be done, else null
 */
public record Target(Double value, Qualifier qualifier, Direction direction, Double stretch, LocalDate deadline) {

    public Target {
        qualifier = Objects.requireNonNullElse(qualifier, Qualifier.NONE);
        direction = Objects.requireNonNullElse(direction, Direction.HIGHER_BETTER);
        if (value != null && !Double.isFinite(value)) {
            throw new IllegalArgumentException("target must be a finite number");
        }
        if (stretch != null && !Double.isFinite(stretch)) {
            throw new IllegalArgumentException("stretch target must be a finite number");
        }
    }

    public static Target of(double value, Qualifier qualifier) {
        return new Target(value, qualifier, defaultDirection(qualifier), null, null);
    }

    public static Target none() {
        return new Target(null, Qualifier.NONE, Direction.HIGHER_BETTER, null, null);
    }

    public static Target deadline(LocalDate deadline) {
        return new Target(null, Qualifier.NONE, Direction.HIGHER_BETTER, null, deadline);
    }

    /** 以内 means lower is better; everything else defaults to higher is better. */
    public static Direction defaultDirection(Qualifier qualifier) {
        return qualifier == Qualifier.AT_MOST ? Direction.LOWER_BETTER : Direction.HIGHER_BETTER;
    }

    public boolean hasValue() {
        return value != null;
    }

    public Target withValue(Double newValue) {
        return new Target(newValue, qualifier, direction, stretch, deadline);
    }

    public Target withStretch(Double newStretch) {
        return new Target(value, qualifier, direction, newStretch, deadline);
    }
}
