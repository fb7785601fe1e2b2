package com.targetmonitor.ui.charts;

import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Phasing;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * What the trend chart of one indicator shows, month by month: the reported figures (cumulative
 * 1–N月 for amounts, the published rate for rates), the planned path to the target (the indicator's
 * phasing, or month ÷ 12 of the target; amounts only), the target, and last year's figures when
 * there are any.
 *
 * @param cumulative true for amounts and counts (the planned path applies)
 * @param target     the target, or null
 */
public record TrendChartData(Long indicatorId, String name, String unit, boolean cumulative, List<Point> actual,
                             List<Point> planned, Double target, List<Point> lastYear) {

    public TrendChartData {
        actual = List.copyOf(actual);
        planned = List.copyOf(planned);
        lastYear = List.copyOf(lastYear);
    }

    /** A figure at the end of a month (a quarter's figure stands at its last month). */
    public record Point(int month, double value) {
    }

    /**
     * @param observations the indicator's observations (any years; the plan's year is drawn)
     * @param lastYear     observations of the same indicator a year earlier, e.g. from last year's
     *                     plan; empty when there are none. The indicator's own figures of the year
     *                     before are used as well.
     */
    public static TrendChartData of(Indicator indicator, Collection<Observation> observations, int planYear,
                                    Collection<Observation> lastYear) {
        List<Observation> previous = new ArrayList<>(lastYear);
        previous.addAll(observations);
        Double target = indicator.target().value();
        boolean cumulative = indicator.kind().isProgressive();
        List<Point> planned = new ArrayList<>();
        if (cumulative && target != null) {
            Phasing phasing = indicator.phasing();
            for (int m = 1; m <= 12; m++) {
                double share = phasing == null ? m * 100.0 / 12 : phasing.at(m);
                planned.add(new Point(m, target * share / 100));
            }
        }
        return new TrendChartData(indicator.id(), indicator.name(), indicator.unitOfMeasure(), cumulative,
                points(observations, planYear), planned, target, points(previous, planYear - 1));
    }

    /** One point per month of the year (the later-stored wins when a month has a month and a quarter figure). */
    private static List<Point> points(Collection<Observation> observations, int year) {
        java.util.Map<Integer, Double> byMonth = new java.util.TreeMap<>();
        observations.stream()
                .filter(o -> o.period().year() == year && o.value() != null)
                .sorted(Comparator.comparing(Observation::period))
                .forEach(o -> byMonth.put(o.period().endMonth(), o.value()));
        return byMonth.entrySet().stream().map(e -> new Point(e.getKey(), e.getValue())).toList();
    }
}
