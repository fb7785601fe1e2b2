package com.targetmonitor.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * The status maths: completion against time progress for amounts and counts, deviation in points for
 * rates and levels, deadlines for milestones. Pure functions of the indicator, its observations,
 * the as-of month and the plan's rules; nothing here is stored.
 *
 * <p>Percentages are rounded first and judged on the rounded value, so that what is printed
 * ("完成37.30%，时序进度50.00%") always agrees with the status next to it.
 */
public final class StatusCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final RuleSet rules;

    public StatusCalculator(RuleSet rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /**
     * @param observations all observations of the indicator (any order, any period)
     * @param planYear     the plan's year
     */
    public Standing evaluate(Indicator indicator, Collection<Observation> observations, int planYear, AsOf asOf) {
        int month = asOf.monthWithin(planYear);
        return switch (indicator.kind()) {
            case AMOUNT, COUNT -> progressive(indicator, latest(observations, planYear, month), month);
            case GROWTH_RATE, LEVEL -> rate(indicator, latest(observations, planYear, month));
            case MILESTONE -> milestone(indicator, observations, planYear, month, asOf);
        };
    }

    /** The latest observation of the plan's year whose period ends on or before the month. */
    static Observation latest(Collection<Observation> observations, int planYear, int month) {
        return observations.stream()
                .filter(o -> o.period().year() == planYear && o.period().endMonth() <= month)
                .max(Comparator.comparing(Observation::period))
                .orElse(null);
    }

    private Standing progressive(Indicator indicator, Observation observation, int month) {
        BigDecimal timeProgress = TimeProgress.at(month, indicator.phasing(), rules.scale());
        Target target = indicator.target();
        if (observation == null || observation.value() == null) {
            return new Standing(indicator, observation, null, null, timeProgress, null, null,
                    Status.NO_DATA, Light.GREY);
        }
        if (!target.hasValue() || target.value() == 0) {
            return new Standing(indicator, observation, null, null, timeProgress, null, null,
                    Status.NO_TARGET, Light.GREY);
        }
        BigDecimal actual = BigDecimal.valueOf(observation.value());
        BigDecimal completion = percent(actual, BigDecimal.valueOf(target.value()));
        BigDecimal stretch = target.stretch() == null || target.stretch() == 0
                ? null : percent(actual, BigDecimal.valueOf(target.stretch()));
        BigDecimal gap = completion.subtract(timeProgress);

        Status status;
        Light light;
        if (isCap(target)) {
            // A ceiling on a cumulative amount: using less than the pro-rata share is on track.
            boolean broken = completion.compareTo(HUNDRED) > 0;
            status = !broken && gap.signum() <= 0 ? Status.AHEAD : Status.BEHIND;
            light = broken ? Light.RED : lightForShortfall(gap, rules.amountYellowBand(), status);
        } else {
            // 突破 means beyond: reaching the mark exactly is neither completed nor on pace.
            boolean exceed = target.qualifier() == Qualifier.EXCEED;
            boolean completed = exceed ? completion.compareTo(HUNDRED) > 0 : completion.compareTo(HUNDRED) >= 0;
            if (completed) {
                status = Status.COMPLETED;
            } else {
                boolean onPace = exceed ? gap.signum() > 0 : gap.signum() >= 0;
                status = onPace ? Status.AHEAD : Status.BEHIND;
            }
            light = lightForShortfall(gap.negate(), rules.amountYellowBand(), status);
        }
        return new Standing(indicator, observation, completion, stretch, timeProgress, gap, null, status, light);
    }

    private Standing rate(Indicator indicator, Observation observation) {
        Target target = indicator.target();
        if (observation == null || observation.value() == null) {
            return new Standing(indicator, observation, null, null, null, null, null, Status.NO_DATA, Light.GREY);
        }
        if (!target.hasValue()) {
            return new Standing(indicator, observation, null, null, null, null, null, Status.NO_TARGET, Light.GREY);
        }
        BigDecimal deviation = BigDecimal.valueOf(observation.value())
                .subtract(BigDecimal.valueOf(target.value()))
                .setScale(rules.scale(), RoundingMode.HALF_UP);
        // "better" is the deviation turned so that positive is good, whatever the direction.
        BigDecimal better = isCap(target) || target.direction() == Direction.LOWER_BETTER
                ? deviation.negate() : deviation;
        BigDecimal shortfall = switch (target.qualifier()) {
            case ABOUT -> better.negate().subtract(rules.aboutTolerance());
            default -> better.negate();
        };
        boolean met = target.qualifier() == Qualifier.EXCEED ? shortfall.signum() < 0 : shortfall.signum() <= 0;
        Status status = met ? Status.MET : Status.MISSED;
        Light light = lightForShortfall(shortfall, rules.rateYellowBand(), status);
        return new Standing(indicator, observation, null, null, null, null, deviation, status, light);
    }

    private Standing milestone(Indicator indicator, Collection<Observation> observations, int planYear,
                               int month, AsOf asOf) {
        Optional<Observation> done = observations.stream()
                .filter(o -> o.period().year() == planYear && o.period().endMonth() <= month)
                .filter(o -> o.value() != null && o.value() >= 1)
                .min(Comparator.comparing(Observation::period));
        if (done.isPresent()) {
            return new Standing(indicator, done.get(), null, null, null, null, null, Status.DONE, Light.GREEN);
        }
        Observation last = latest(observations, planYear, month);
        var deadline = indicator.target().deadline();
        // Due on the last day of the as-of month and not reported done by then: overdue.
        boolean overdue = deadline != null && !deadline.isAfter(asOf.endDate());
        return overdue
                ? new Standing(indicator, last, null, null, null, null, null, Status.OVERDUE, Light.RED)
                : new Standing(indicator, last, null, null, null, null, null, Status.PENDING, Light.GREY);
    }

    /** 以内 is a ceiling whatever the direction; so is a plain lower-is-better target. */
    private static boolean isCap(Target target) {
        return target.qualifier() == Qualifier.AT_MOST || target.direction() == Direction.LOWER_BETTER;
    }

    /** Green when on track; yellow while the shortfall is within the band; red beyond it. */
    private static Light lightForShortfall(BigDecimal shortfall, BigDecimal band, Status status) {
        if (status == Status.COMPLETED || status == Status.AHEAD || status == Status.MET) {
            return Light.GREEN;
        }
        return shortfall.compareTo(band) <= 0 ? Light.YELLOW : Light.RED;
    }

    private BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, rules.scale(), RoundingMode.HALF_UP);
    }
}
