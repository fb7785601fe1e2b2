package com.targetmonitor.ui.charts;

import com.targetmonitor.logic.status.StatusColumns;
import com.targetmonitor.ui.I18n;
import java.math.BigDecimal;

/**
 * The picture of 完成率 against 时序进度: one bar per amount or count indicator showing how much of
 * its annual target is done, sorted by the gap (most behind at the top), shaded by its light, with a
 * dashed vertical line at time progress.
 */
public final class PaceChart extends BarRowsChart {

    private final PaceChartData data;

    public PaceChart(PaceChartData data) {
        super(data.rows(), 0, data.axisMax(), data.timeProgressPct(),
                I18n.get(ChartsMsg.CHARTS_TIME_PROGRESS, StatusColumns.number(data.timeProgressPct())),
                I18n.get(ChartsMsg.CHARTS_PACE_AXIS));
        this.data = data;
        getStyleClass().add("tm-pace-chart");
    }

    public PaceChartData data() {
        return data;
    }

    /** The time-progress line (the reference line of this chart). */
    public javafx.scene.shape.Line timeProgressLine() {
        return referenceLine();
    }

    @Override
    String tickText(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() + "%";
    }
}
