package com.targetmonitor.ui.charts;

import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.StatusTexts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/**
 * A bullet graph (Stephen Few): the indicator's name and unit on the left; grey bands for its
 * red / yellow / green ranges at this time of year (darker is worse, so it prints in grayscale); a
 * dark bar for the actual; a short thick line for the target and a thinner one for the 力争 level;
 * the scale underneath; the figures and the status in words on the right.
 */
public final class BulletGraph extends Region {

    static final double HEIGHT = 48;
    static final double BAND_HEIGHT = 18;
    static final double BAR_HEIGHT = 6;
    static final double VALUE_COLUMN = 0.27;

    private final BulletGraphData data;
    private final Label name = new Label();
    private final Label value = new Label();
    private final List<Rectangle> bands = new ArrayList<>();
    private final Rectangle bar = new Rectangle();
    private final Line targetMarker = new Line();
    private final Line stretchMarker = new Line();
    private final List<Label> ticks = new ArrayList<>();
    private final double step;
    private double plotX;
    private double plotWidth;
    private Consumer<Long> onIndicatorSelected = id -> { };

    public BulletGraph(BulletGraphData data) {
        this.data = data;
        getStyleClass().addAll("tm-chart", "tm-bullet-graph");
        setPadding(new Insets(4, 12, 4, 12));
        name.setText(data.unit().isEmpty() ? data.name() : I18n.get(ChartsMsg.CHARTS_NAME_WITH_UNIT, data.name(), data.unit()));
        name.getStyleClass().add("tm-chart-name");
        name.setTextOverrun(OverrunStyle.ELLIPSIS);
        name.setMinWidth(0);
        name.setTooltip(new Tooltip(name.getText()));
        value.setText(data.stretch() == null
                ? I18n.get(ChartsMsg.CHARTS_BULLET_VALUE, data.actualText(), data.targetText(), StatusTexts.word(data.status()))
                : I18n.get(ChartsMsg.CHARTS_BULLET_VALUE_STRETCH, data.actualText(), data.targetText(), data.stretchText(),
                        StatusTexts.word(data.status())));
        value.getStyleClass().add("tm-chart-value");
        value.setMinWidth(0);
        value.setTextOverrun(OverrunStyle.ELLIPSIS);
        for (BulletGraphData.Band band : data.bands()) {
            Rectangle r = new Rectangle();
            r.getStyleClass().addAll("tm-bullet-band", "tm-bullet-band-" + band.light().code());
            bands.add(r);
        }
        bar.getStyleClass().add("tm-bullet-bar");
        bar.setOnMouseClicked(e -> onIndicatorSelected.accept(data.indicatorId()));
        targetMarker.getStyleClass().add("tm-bullet-target");
        stretchMarker.getStyleClass().add("tm-bullet-stretch");
        stretchMarker.setVisible(data.stretch() != null);
        step = BarRowsChart.niceStep(data.scaleMax() - data.scaleMin());
        long first = (long) Math.ceil(data.scaleMin() / step - 1e-9);
        long last = (long) Math.floor(data.scaleMax() / step + 1e-9);
        for (long k = first; k <= last; k++) {
            double v = Math.round(k * step * 1e6) / 1e6;
            Label tick = new Label(BigDecimal.valueOf(v).stripTrailingZeros().toPlainString());
            tick.getStyleClass().add("tm-chart-tick");
            tick.setUserData(v);
            tick.setMinWidth(Region.USE_PREF_SIZE);
            ticks.add(tick);
        }
        getChildren().addAll(bands);
        getChildren().addAll(bar, targetMarker, stretchMarker, name, value);
        getChildren().addAll(ticks);
    }

    /** Bullet graphs stacked one under the other, names aligned. */
    public static VBox stack(List<BulletGraphData> graphs, Consumer<Long> onIndicatorSelected) {
        VBox box = new VBox();
        box.getStyleClass().add("tm-bullet-stack");
        for (BulletGraphData data : graphs) {
            BulletGraph graph = new BulletGraph(data);
            graph.setOnIndicatorSelected(onIndicatorSelected);
            box.getChildren().add(graph);
        }
        return box;
    }

    public void setOnIndicatorSelected(Consumer<Long> handler) {
        onIndicatorSelected = handler == null ? id -> { } : handler;
    }

    public BulletGraphData data() {
        return data;
    }

    public Rectangle bar() {
        return bar;
    }

    public List<Rectangle> bands() {
        return List.copyOf(bands);
    }

    public Line targetMarker() {
        return targetMarker;
    }

    public Line stretchMarker() {
        return stretchMarker;
    }

    public double xFor(double v) {
        double clamped = Math.max(data.scaleMin(), Math.min(data.scaleMax(), v));
        return plotX + (clamped - data.scaleMin()) / (data.scaleMax() - data.scaleMin()) * plotWidth;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 720;
    }

    @Override
    protected double computePrefHeight(double width) {
        return getInsets().getTop() + HEIGHT + getInsets().getBottom();
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
        double nameWidth = Math.min(width * 0.3, name.prefWidth(-1));
        double nameColumn = width * 0.3;
        // Fixed name and value columns, so the scales of stacked graphs line up (Few).
        double valueWidth = width * VALUE_COLUMN;
        plotX = left + nameColumn + BarRowsChart.GAP;
        plotWidth = Math.max(40, width - nameColumn - valueWidth - 2 * BarRowsChart.GAP);
        double bandTop = p.getTop() + 4;
        double mid = bandTop + BAND_HEIGHT / 2;
        double nh = name.prefHeight(nameWidth);
        name.resizeRelocate(left + nameColumn - nameWidth, mid - nh / 2, nameWidth, nh);
        for (int i = 0; i < bands.size(); i++) {
            BulletGraphData.Band band = data.bands().get(i);
            Rectangle r = bands.get(i);
            r.setX(xFor(band.from()));
            r.setY(bandTop);
            r.setWidth(Math.max(0, xFor(band.to()) - xFor(band.from())));
            r.setHeight(BAND_HEIGHT);
        }
        double zero = xFor(0);
        double end = xFor(data.actual());
        bar.setX(Math.min(zero, end));
        bar.setY(mid - BAR_HEIGHT / 2);
        bar.setWidth(Math.max(1, Math.abs(end - zero)));
        bar.setHeight(BAR_HEIGHT);
        double tx = xFor(data.target());
        setLine(targetMarker, tx, bandTop + 3, tx, bandTop + BAND_HEIGHT - 3);
        double sx = data.stretch() == null ? tx : xFor(data.stretch());
        setLine(stretchMarker, sx, bandTop + 1, sx, bandTop + BAND_HEIGHT - 1);
        double vh = value.prefHeight(-1);
        value.resizeRelocate(plotX + plotWidth + BarRowsChart.GAP, mid - vh / 2, valueWidth, vh);
        for (Label tick : ticks) {
            double x = xFor((Double) tick.getUserData());
            double w = tick.prefWidth(-1);
            tick.resizeRelocate(x - w / 2, bandTop + BAND_HEIGHT + 2, w, tick.prefHeight(w));
        }
    }

    private static void setLine(Line line, double x1, double y1, double x2, double y2) {
        line.setStartX(x1);
        line.setStartY(y1);
        line.setEndX(x2);
        line.setEndY(y2);
    }
}
