package com.targetmonitor.ui.charts;

import com.targetmonitor.ui.I18n;
import java.math.BigDecimal;

/**
 * Growth rates and levels in %: a bar of actual − target in percentage points for each, to the right
 * of zero when above target and to the left when below, most below at the top.
 */
public final class DeviationChart extends BarRowsChart {

    private final DeviationChartData data;

    public DeviationChart(DeviationChartData data) {
        super(data.rows(), -data.extent(), data.extent(), 0, I18n.get(ChartsMsg.CHARTS_TARGET_LINE),
                I18n.get(ChartsMsg.CHARTS_DEVIATION_AXIS));
        this.data = data;
        getStyleClass().add("tm-deviation-chart");
    }

    public DeviationChartData data() {
        return data;
    }

    @Override
    String tickText(double value) {
        String text = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        return value > 0 ? "+" + text : text;
    }
}
