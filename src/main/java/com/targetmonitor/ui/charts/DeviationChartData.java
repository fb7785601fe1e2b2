package com.targetmonitor.ui.charts;

import com.targetmonitor.logic.status.PlanStatus;
import com.targetmonitor.logic.status.StandingRow;
import com.targetmonitor.model.Standing;
import com.targetmonitor.ui.GapTexts;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * What the deviation chart shows: for every growth rate and every level in %, a bar of actual −
 * target in percentage points around zero, most below target first. Levels in other units (万千瓦)
 * are left out: their deviation is not in points.
 *
 * @param extent the axis runs from −extent to +extent points (at least 5, in whole points)
 */
public record DeviationChartData(double extent, List<BarRow> rows) {

    public DeviationChartData {
        rows = List.copyOf(rows);
    }

    public static DeviationChartData from(PlanStatus status) {
        List<StandingRow> rates = status.rows().stream()
                .filter(r -> r.standing().deviationPts() != null)
                .filter(r -> r.standing().indicator().kind().isRate())
                .filter(r -> "%".equals(r.standing().indicator().unitOfMeasure()))
                .sorted(Comparator.comparing(r -> r.standing().deviationPts()))
                .toList();
        double most = rates.stream().mapToDouble(r -> r.standing().deviationPts().abs().doubleValue()).max().orElse(0);
        double extent = Math.max(5, Math.ceil(most));
        return new DeviationChartData(extent, rates.stream().map(DeviationChartData::row).toList());
    }

    private static BarRow row(StandingRow row) {
        Standing s = row.standing();
        BigDecimal d = s.deviationPts();
        // The bar shows the sign; the words say what it means for this indicator ("高于控制目标0.9个百分点").
        return new BarRow(s.indicator().id(), s.indicator().name(), d.doubleValue(), GapTexts.of(s), s.status(),
                s.light());
    }
}
