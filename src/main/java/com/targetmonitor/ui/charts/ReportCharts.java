package com.targetmonitor.ui.charts;

import com.targetmonitor.logic.report.ReportChart;
import com.targetmonitor.logic.status.PlanStatus;
import com.targetmonitor.ui.I18n;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The charts of the printed progress report, as pictures for {@code ReportModel.withCharts}: the
 * pace chart and the deviation chart of the plan at its as-of month (a chart with nothing to show is
 * left out). Call on the JavaFX application thread; writing the PDF can then go to a background task.
 */
public final class ReportCharts {

    /** The width the charts are laid out at, in CSS pixels: about the text width of an A4 page. */
    public static final double WIDTH = 760;

    private ReportCharts() {
    }

    public static List<ReportChart> snapshot(PlanStatus status) throws IOException {
        List<ReportChart> charts = new ArrayList<>();
        PaceChartData pace = PaceChartData.from(status);
        if (!pace.rows().isEmpty()) {
            charts.add(new ReportChart(I18n.get(ChartsMsg.CHARTS_PACE_CAPTION),
                    ChartExporter.png(new PaceChart(pace), WIDTH, ChartExporter.PRINT_SCALE)));
        }
        DeviationChartData deviation = DeviationChartData.from(status);
        if (!deviation.rows().isEmpty()) {
            charts.add(new ReportChart(I18n.get(ChartsMsg.CHARTS_DEVIATION_CAPTION),
                    ChartExporter.png(new DeviationChart(deviation), WIDTH, ChartExporter.PRINT_SCALE)));
        }
        return charts;
    }
}
