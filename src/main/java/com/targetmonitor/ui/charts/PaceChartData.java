package com.targetmonitor.ui.charts;

import com.targetmonitor.logic.status.PlanStatus;
import com.targetmonitor.logic.status.StandingRow;
import com.targetmonitor.model.Standing;
import com.targetmonitor.model.TimeProgress;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * What the pace chart shows (完成率 against 时序进度): one bar per amount or count indicator that has
 * a completion, sorted by its gap to time progress, most behind first; the time-progress line at
 * month ÷ 12 of the as-of month. Built from a {@link PlanStatus}, testable without a window.
 *
 * @param timeProgressPct the time progress the line stands at (month ÷ 12, at the plan's rounding)
 * @param axisMax         the right end of the axis: 100%, or beyond it in steps of 10 when an
 *                        indicator is past its target (at most {@link #AXIS_LIMIT}; longer bars are clipped)
 */
public record PaceChartData(double timeProgressPct, double axisMax, List<BarRow> rows) {

    public static final double AXIS_LIMIT = 200;

    public PaceChartData {
        rows = List.copyOf(rows);
    }

    public static PaceChartData from(PlanStatus status) {
        int month = status.asOf().monthWithin(status.plan().year());
        BigDecimal timeProgress = TimeProgress.at(month, null, status.plan().rules().scale());
        List<StandingRow> progressive = status.rows().stream()
                .filter(r -> r.standing().indicator().kind().isProgressive() && r.standing().completionPct() != null)
                .sorted(Comparator.comparing(r -> r.standing().gapPts()))
                .toList();
        double most = progressive.stream().mapToDouble(r -> r.standing().completionPct().doubleValue()).max().orElse(0);
        double axisMax = Math.min(AXIS_LIMIT, Math.max(100, Math.ceil(most / 10) * 10));
        List<BarRow> rows = progressive.stream().map(PaceChartData::row).toList();
        return new PaceChartData(timeProgress.doubleValue(), axisMax, rows);
    }

    private static BarRow row(StandingRow row) {
        Standing s = row.standing();
        return new BarRow(s.indicator().id(), s.indicator().name(), s.completionPct().doubleValue(),
                s.completionPct().toPlainString() + "%", s.status(), s.light());
    }
}
