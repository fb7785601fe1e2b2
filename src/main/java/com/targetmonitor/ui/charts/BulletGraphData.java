package com.targetmonitor.ui.charts;

import com.targetmonitor.logic.status.PlanStatus;
import com.targetmonitor.logic.status.StatusColumns;
import com.targetmonitor.model.Direction;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Light;
import com.targetmonitor.model.Qualifier;
import com.targetmonitor.model.RuleSet;
import com.targetmonitor.model.Standing;
import com.targetmonitor.model.Status;
import com.targetmonitor.model.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One bullet graph after Stephen Few's specification: a scale from zero (or below, for a negative
 * growth rate), a bar for the actual, a short line for the target and a second for the 力争 level,
 * and three qualitative bands in shades of grey. The bands are the plan's own lights at this time of
 * year: for an amount, red below (time progress − yellow band) of the target, yellow up to time
 * progress, green beyond; for a rate, red below target − the rate band, yellow up to the target.
 * For ceilings (以内, lower is better) the order is reversed.
 *
 * @param scaleMin 0, or the lowest value when a value is negative
 * @param bands    from left to right, each with its light (the shade is chosen in the stylesheet)
 */
public record BulletGraphData(Long indicatorId, String name, String unit, double actual, String actualText,
                              double target, String targetText, Double stretch, String stretchText,
                              double scaleMin, double scaleMax, List<Band> bands, Status status, Light light) {

    public BulletGraphData {
        bands = List.copyOf(bands);
    }

    /** A qualitative range of the scale; {@code light} names what standing a bar ending in it has. */
    public record Band(double from, double to, Light light) {
    }

    /** A bullet graph for every indicator with an actual and a target, milestones aside, in plan order. */
    public static List<BulletGraphData> from(PlanStatus status) {
        List<BulletGraphData> graphs = new ArrayList<>();
        status.rows().forEach(r -> of(r.standing(), status.plan().rules()).ifPresent(graphs::add));
        return graphs;
    }

    public static Optional<BulletGraphData> of(Standing s, RuleSet rules) {
        Indicator indicator = s.indicator();
        Target target = indicator.target();
        if (indicator.kind() == IndicatorKind.MILESTONE || s.actual() == null || !target.hasValue()) {
            return Optional.empty();
        }
        double actual = s.actual();
        double goal = target.value();
        Double stretch = target.stretch();
        double high = Math.max(Math.max(actual, goal), stretch == null ? goal : stretch);
        double low = Math.min(Math.min(actual, goal), stretch == null ? goal : stretch);
        double scaleMax = high > 0 ? high * 1.1 : Math.abs(low) * 0.1 + 1;
        double scaleMin = low < 0 ? low - (scaleMax - low) * 0.05 : 0;
        boolean ceiling = target.qualifier() == Qualifier.AT_MOST || target.direction() == Direction.LOWER_BETTER;
        double poorEnd;
        double fairEnd;
        if (indicator.kind().isProgressive()) {
            double tp = s.timeProgressPct() == null ? 100 : s.timeProgressPct().doubleValue();
            double band = rules.amountYellowBand().doubleValue();
            poorEnd = goal * (ceiling ? tp + band : Math.max(0, tp - band)) / 100;
            fairEnd = goal * tp / 100;
        } else {
            double band = rules.rateYellowBand().doubleValue();
            poorEnd = ceiling ? goal + band : goal - band;
            fairEnd = goal;
        }
        List<Band> bands = ceiling
                ? bands(scaleMin, scaleMax, fairEnd, poorEnd, Light.GREEN, Light.YELLOW, Light.RED)
                : bands(scaleMin, scaleMax, poorEnd, fairEnd, Light.RED, Light.YELLOW, Light.GREEN);
        return Optional.of(new BulletGraphData(indicator.id(), indicator.name(), indicator.unitOfMeasure(), actual,
                StatusColumns.number(actual), goal, StatusColumns.number(goal), stretch,
                StatusColumns.number(stretch), scaleMin, scaleMax, bands, s.status(), s.light()));
    }

    private static List<Band> bands(double min, double max, double firstEnd, double secondEnd, Light first,
                                    Light second, Light third) {
        double a = clamp(firstEnd, min, max);
        double b = clamp(Math.max(secondEnd, firstEnd), min, max);
        List<Band> bands = new ArrayList<>();
        if (a > min) {
            bands.add(new Band(min, a, first));
        }
        if (b > a) {
            bands.add(new Band(a, b, second));
        }
        if (max > b) {
            bands.add(new Band(b, max, third));
        }
        return bands;
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
