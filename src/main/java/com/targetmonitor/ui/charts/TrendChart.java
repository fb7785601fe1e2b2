package com.targetmonitor.ui.charts;

import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.MessageKey;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Line;
import javafx.util.StringConverter;

/**
 * One indicator month by month: the reported figures (solid, with points), the planned path to the
 * target (dashed), the target (a flat line) and last year's figures (dotted) when there are any.
 * Built on JavaFX's LineChart; the lines are told apart by their dash pattern as well as their
 * colour, and our own legend says which is which, so the chart reads in black and white.
 */
public final class TrendChart extends BorderPane {

    private final TrendChartData data;
    private final LineChart<Number, Number> chart;
    private final XYChart.Series<Number, Number> actual = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> planned = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> target = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> lastYear = new XYChart.Series<>();

    public TrendChart(TrendChartData data) {
        this.data = data;
        getStyleClass().addAll("tm-chart", "tm-trend-chart");
        NumberAxis months = new NumberAxis(1, 12, 1);
        months.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number month) {
                return I18n.get(ChartsMsg.CHARTS_MONTH, String.valueOf(month.intValue()));
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        months.setMinorTickVisible(false);
        NumberAxis values = new NumberAxis();
        values.setForceZeroInRange(data.cumulative());
        values.setLabel(data.unit());
        chart = new LineChart<>(months, values);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setTitle(data.name());
        chart.setCreateSymbols(true);

        fill(actual, data.actual());
        fill(planned, data.planned());
        if (data.target() != null) {
            target.getData().add(new XYChart.Data<>(1, data.target()));
            target.getData().add(new XYChart.Data<>(12, data.target()));
        }
        fill(lastYear, data.lastYear());
        HBox legend = new HBox(16);
        legend.getStyleClass().add("tm-chart-legend");
        legend.setAlignment(Pos.CENTER);
        var series = FXCollections.<XYChart.Series<Number, Number>>observableArrayList();
        addSeries(series, legend, actual, "tm-trend-actual", ChartsMsg.CHARTS_TREND_ACTUAL);
        addSeries(series, legend, planned, "tm-trend-planned", ChartsMsg.CHARTS_TREND_PLANNED);
        addSeries(series, legend, target, "tm-trend-target", ChartsMsg.CHARTS_TREND_TARGET);
        addSeries(series, legend, lastYear, "tm-trend-last-year", ChartsMsg.CHARTS_TREND_LAST_YEAR);
        chart.setData(series);
        // Series nodes exist once the series is in the chart: only then can they carry our classes.
        styleSeries(actual, "tm-trend-actual", true);
        styleSeries(planned, "tm-trend-planned", false);
        styleSeries(target, "tm-trend-target", false);
        styleSeries(lastYear, "tm-trend-last-year", true);
        setCenter(chart);
        setBottom(legend);
    }

    public TrendChartData data() {
        return data;
    }

    public LineChart<Number, Number> chart() {
        return chart;
    }

    /** The series shown, in order: actual, then planned, target and last year where there are any. */
    public List<XYChart.Series<Number, Number>> series() {
        return List.copyOf(chart.getData());
    }

    private static void fill(XYChart.Series<Number, Number> series, List<TrendChartData.Point> points) {
        for (TrendChartData.Point p : points) {
            series.getData().add(new XYChart.Data<>(p.month(), p.value()));
        }
    }

    private static void addSeries(List<XYChart.Series<Number, Number>> all, HBox legend,
                                  XYChart.Series<Number, Number> series, String styleClass, MessageKey name) {
        if (series.getData().isEmpty()) {
            return;
        }
        series.setName(I18n.get(name));
        all.add(series);
        Line sample = new Line(0, 0, 24, 0);
        sample.getStyleClass().addAll("tm-legend-line", styleClass);
        Label label = new Label(I18n.get(name), sample);
        label.getStyleClass().add("tm-chart-legend-item");
        legend.getChildren().add(label);
    }

    private static void styleSeries(XYChart.Series<Number, Number> series, String styleClass, boolean symbols) {
        if (series.getNode() != null) {
            series.getNode().getStyleClass().add(styleClass);
        }
        for (XYChart.Data<Number, Number> d : series.getData()) {
            if (d.getNode() != null) {
                d.getNode().getStyleClass().add(styleClass);
                d.getNode().setVisible(symbols);
            }
        }
    }
}
