package com.targetmonitor.ui.charts;

import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.StatusTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/**
 * A horizontal bar chart of indicators, drawn in code: the name on the left, a bar from zero to the
 * value, the figure and the status in words on the right, a vertical reference line (time progress,
 * or zero) with its label, and a value axis with grid lines underneath. Colours come from the
 * stylesheet (tm-chart-bar-green …); the words make it readable in black and white.
 */
abstract class BarRowsChart extends Region {

    static final double ROW_HEIGHT = 24;
    static final double BAR_HEIGHT = 14;
    static final double TOP = 22;
    static final double AXIS_HEIGHT = 40;
    static final double GAP = 8;

    private final List<BarRow> data;
    private final double axisMin;
    private final double axisMax;
    private final double reference;
    private final double step;
    private final List<Label> names = new ArrayList<>();
    private final List<Rectangle> bars = new ArrayList<>();
    private final List<Label> values = new ArrayList<>();
    private final List<Line> grid = new ArrayList<>();
    private final List<Label> ticks = new ArrayList<>();
    private final Line referenceLine = new Line();
    private final Label referenceLabel = new Label();
    private final Line baseline = new Line();
    private final Label axisTitle = new Label();
    private final Label empty = new Label(I18n.get(ChartsMsg.CHARTS_EMPTY));
    private Consumer<Long> onIndicatorSelected = id -> { };
    private double plotX;
    private double plotWidth;

    BarRowsChart(List<BarRow> rows, double axisMin, double axisMax, double reference, String referenceText,
                 String axisText) {
        this.data = List.copyOf(rows);
        this.axisMin = axisMin;
        this.axisMax = axisMax;
        this.reference = reference;
        this.step = niceStep(axisMax - axisMin);
        getStyleClass().addAll("tm-chart", "tm-bar-chart");
        setPadding(new Insets(8, 12, 8, 12));
        for (BarRow row : data) {
            Label name = new Label(row.name());
            name.getStyleClass().add("tm-chart-name");
            name.setTextOverrun(OverrunStyle.ELLIPSIS);
            name.setMinWidth(0);
            name.setTooltip(new Tooltip(row.name()));
            Rectangle bar = new Rectangle();
            bar.getStyleClass().addAll("tm-chart-bar", "tm-chart-bar-" + row.light().code());
            bar.setOnMouseClicked(e -> onIndicatorSelected.accept(row.indicatorId()));
            Label value = new Label(row.valueText() + "  " + StatusTexts.word(row.status()));
            value.getStyleClass().add("tm-chart-value");
            value.setMinWidth(Region.USE_PREF_SIZE);
            names.add(name);
            bars.add(bar);
            values.add(value);
        }
        long first = (long) Math.ceil(axisMin / step - 1e-9);
        long last = (long) Math.floor(axisMax / step + 1e-9);
        for (long k = first; k <= last; k++) {
            double v = Math.round(k * step * 1e6) / 1e6;
            Line line = new Line();
            line.getStyleClass().add("tm-chart-grid");
            line.setUserData(v);
            Label tick = new Label(tickText(v));
            tick.getStyleClass().add("tm-chart-tick");
            tick.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(line);
            ticks.add(tick);
        }
        baseline.getStyleClass().add("tm-chart-axis");
        referenceLine.getStyleClass().add("tm-chart-reference");
        referenceLabel.setText(referenceText);
        referenceLabel.getStyleClass().add("tm-chart-reference-label");
        referenceLabel.setMinWidth(Region.USE_PREF_SIZE);
        axisTitle.setText(axisText);
        axisTitle.getStyleClass().add("tm-chart-axis-title");
        empty.getStyleClass().add("tm-chart-empty");
        empty.setVisible(data.isEmpty());
        getChildren().addAll(grid);
        getChildren().addAll(ticks);
        getChildren().addAll(bars);
        getChildren().addAll(names);
        getChildren().addAll(values);
        getChildren().addAll(baseline, referenceLine, referenceLabel, axisTitle, empty);
    }

    /** Called with the indicator's id when its bar is clicked (the dashboard selects it). */
    public void setOnIndicatorSelected(Consumer<Long> handler) {
        onIndicatorSelected = handler == null ? id -> { } : handler;
    }

    /** The bars, top to bottom, in the order of the data. */
    public List<Rectangle> bars() {
        return List.copyOf(bars);
    }

    /** The labels next to the bars: the figure and the status in words. */
    public List<Label> valueLabels() {
        return List.copyOf(values);
    }

    public List<BarRow> rows() {
        return data;
    }

    /** The reference line: time progress for the pace chart, zero for the deviation chart. */
    public Line referenceLine() {
        return referenceLine;
    }

    public Label referenceLabel() {
        return referenceLabel;
    }

    /** The x of an axis value in this chart's coordinates, after layout. */
    public double xFor(double value) {
        double clamped = Math.max(axisMin, Math.min(axisMax, value));
        return plotX + (clamped - axisMin) / (axisMax - axisMin) * plotWidth;
    }

    /** The axis value at an x, after layout: the inverse of {@link #xFor(double)}. */
    public double valueAt(double x) {
        return axisMin + (x - plotX) / plotWidth * (axisMax - axisMin);
    }

    abstract String tickText(double value);

    @Override
    protected double computePrefWidth(double height) {
        return 720;
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets p = getInsets();
        return p.getTop() + TOP + Math.max(1, data.size()) * ROW_HEIGHT + AXIS_HEIGHT + p.getBottom();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        Insets p = getInsets();
        double left = p.getLeft();
        double width = getWidth() - p.getLeft() - p.getRight();
        double nameWidth = Math.min(width * 0.34, names.stream().mapToDouble(l -> l.prefWidth(-1)).max().orElse(0));
        double valueWidth = values.stream().mapToDouble(l -> l.prefWidth(-1)).max().orElse(0);
        plotX = left + nameWidth + GAP;
        plotWidth = Math.max(40, width - nameWidth - valueWidth - 3 * GAP);
        double top = p.getTop() + TOP;
        double plotBottom = top + Math.max(1, data.size()) * ROW_HEIGHT;
        double zero = xFor(Math.max(axisMin, Math.min(axisMax, 0)));

        for (int i = 0; i < grid.size(); i++) {
            double x = snap(xFor((Double) grid.get(i).getUserData()));
            setLine(grid.get(i), x, top, x, plotBottom);
            Label tick = ticks.get(i);
            double w = tick.prefWidth(-1);
            tick.resizeRelocate(x - w / 2, plotBottom + 3, w, tick.prefHeight(w));
        }
        for (int i = 0; i < data.size(); i++) {
            double rowTop = top + i * ROW_HEIGHT;
            double barY = rowTop + (ROW_HEIGHT - BAR_HEIGHT) / 2;
            Label name = names.get(i);
            double nh = name.prefHeight(nameWidth);
            name.resizeRelocate(left, rowTop + (ROW_HEIGHT - nh) / 2, nameWidth, nh);
            double end = xFor(data.get(i).value());
            Rectangle bar = bars.get(i);
            bar.setX(Math.min(zero, end));
            bar.setY(barY);
            bar.setWidth(Math.max(1, Math.abs(end - zero)));
            bar.setHeight(BAR_HEIGHT);
            Label value = values.get(i);
            double vw = value.prefWidth(-1);
            double vh = value.prefHeight(vw);
            value.resizeRelocate(Math.max(zero, end) + GAP / 2, rowTop + (ROW_HEIGHT - vh) / 2, vw, vh);
        }
        setLine(baseline, snap(zero), top, snap(zero), plotBottom);
        double rx = snap(xFor(reference));
        setLine(referenceLine, rx, top - 4, rx, plotBottom + 2);
        double rw = referenceLabel.prefWidth(-1);
        referenceLabel.resizeRelocate(rx - rw / 2, p.getTop(), rw, referenceLabel.prefHeight(rw));
        double aw = axisTitle.prefWidth(-1);
        axisTitle.resizeRelocate(plotX + (plotWidth - aw) / 2, plotBottom + 20, aw, axisTitle.prefHeight(aw));
        double ew = empty.prefWidth(-1);
        empty.resizeRelocate(left + (width - ew) / 2, top + 4, ew, empty.prefHeight(ew));
    }

    private static void setLine(Line line, double x1, double y1, double x2, double y2) {
        line.setStartX(x1);
        line.setStartY(y1);
        line.setEndX(x2);
        line.setEndY(y2);
    }

    /** Lines on half pixels, so a one-pixel line is crisp. */
    private static double snap(double x) {
        return Math.floor(x) + 0.5;
    }

    /** A step of 1, 2, 2.5 or 5 × 10^k giving four to ten ticks over the range. */
    static double niceStep(double range) {
        if (range <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(range / 5)));
        for (double f : new double[] {1, 2, 2.5, 5, 10}) {
            if (range / (f * magnitude) <= 10) {
                return f * magnitude;
            }
        }
        return 10 * magnitude;
    }
}
