package com.targetmonitor.ui.charts;

import com.targetmonitor.ui.I18n;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/**
 * The league of lead units as a bar chart, drawn in code: rank and unit on the left, a bar of the
 * share of its judged indicators on track (0–100%), then the share with its count and the change in
 * rank since last month as an arrow and in words ("↑2 上升2位"), so a black-and-white copy reads.
 * Best first, in the league's order. When there is no previous month to compare with, a note under
 * the axis says so once instead of every row saying nothing.
 */
public final class UnitLeagueChart extends Region {

    static final double ROW_HEIGHT = 24;
    static final double BAR_HEIGHT = 14;
    static final double TOP = 6;
    static final double AXIS_HEIGHT = 40;
    static final double NOTE_HEIGHT = 20;
    static final double GAP = 8;
    static final int STEP = 20;

    private final UnitLeagueChartData data;
    private final List<Label> ranks = new ArrayList<>();
    private final List<Label> names = new ArrayList<>();
    private final List<Rectangle> bars = new ArrayList<>();
    private final List<Label> values = new ArrayList<>();
    private final List<Label> changes = new ArrayList<>();
    private final List<Line> grid = new ArrayList<>();
    private final List<Label> ticks = new ArrayList<>();
    private final Line baseline = new Line();
    private final Label axisTitle = new Label(I18n.get(ChartsMsg.CHARTS_LEAGUE_AXIS));
    private final Label note = new Label(I18n.get(ChartsMsg.CHARTS_LEAGUE_NO_COMPARISON));
    private final Label empty = new Label(I18n.get(ChartsMsg.CHARTS_LEAGUE_EMPTY));
    private double plotX;
    private double plotWidth;

    public UnitLeagueChart(UnitLeagueChartData data) {
        this.data = data;
        getStyleClass().addAll("tm-chart", "tm-league-chart");
        setPadding(new Insets(8, 12, 8, 12));
        for (UnitLeagueChartData.Row row : data.rows()) {
            Label rank = new Label(String.valueOf(row.rank()));
            rank.getStyleClass().add("tm-league-rank");
            rank.setMinWidth(Region.USE_PREF_SIZE);
            Label name = new Label(row.unitName());
            name.getStyleClass().add("tm-chart-name");
            name.setTextOverrun(OverrunStyle.ELLIPSIS);
            name.setMinWidth(0);
            name.setTooltip(new Tooltip(row.unitName()));
            Rectangle bar = new Rectangle();
            bar.getStyleClass().add("tm-league-bar");
            Label value = new Label(I18n.get(ChartsMsg.CHARTS_LEAGUE_VALUE, row.shareText(), row.onTrack(), row.judged()));
            value.getStyleClass().add("tm-chart-value");
            value.setMinWidth(Region.USE_PREF_SIZE);
            Label change = new Label(changeText(row.rankChange(), data.compared()));
            change.getStyleClass().addAll("tm-chart-value", "tm-league-change", changeStyle(row.rankChange()));
            change.setMinWidth(Region.USE_PREF_SIZE);
            ranks.add(rank);
            names.add(name);
            bars.add(bar);
            values.add(value);
            changes.add(change);
        }
        for (int v = 0; v <= 100; v += STEP) {
            Line line = new Line();
            line.getStyleClass().add("tm-chart-grid");
            line.setUserData((double) v);
            Label tick = new Label(v + "%");
            tick.getStyleClass().add("tm-chart-tick");
            tick.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(line);
            ticks.add(tick);
        }
        baseline.getStyleClass().add("tm-chart-axis");
        axisTitle.getStyleClass().add("tm-chart-axis-title");
        note.getStyleClass().add("tm-chart-axis-title");
        note.setVisible(!data.compared() && !data.rows().isEmpty());
        empty.getStyleClass().add("tm-chart-empty");
        empty.setVisible(data.rows().isEmpty());
        getChildren().addAll(grid);
        getChildren().addAll(ticks);
        getChildren().addAll(bars);
        getChildren().addAll(ranks);
        getChildren().addAll(names);
        getChildren().addAll(values);
        getChildren().addAll(changes);
        getChildren().addAll(baseline, axisTitle, note, empty);
    }

    /** "↑2 上升2位", "↓1 下降1位", "— 名次不变"; for a unit not ranked last month "上月未排名"; empty when nothing compares. */
    static String changeText(Integer change, boolean compared) {
        if (change == null) {
            return compared ? I18n.get(ChartsMsg.CHARTS_LEAGUE_NEW) : "";
        }
        if (change > 0) {
            return I18n.get(ChartsMsg.CHARTS_LEAGUE_UP, change);
        }
        return change < 0 ? I18n.get(ChartsMsg.CHARTS_LEAGUE_DOWN, -change) : I18n.get(ChartsMsg.CHARTS_LEAGUE_SAME);
    }

    private static String changeStyle(Integer change) {
        if (change == null || change == 0) {
            return "tm-league-change-same";
        }
        return change > 0 ? "tm-league-change-up" : "tm-league-change-down";
    }

    public UnitLeagueChartData data() {
        return data;
    }

    /** The bars, top (best) to bottom, in the order of the data. */
    public List<Rectangle> bars() {
        return List.copyOf(bars);
    }

    public List<Label> rankLabels() {
        return List.copyOf(ranks);
    }

    public List<Label> nameLabels() {
        return List.copyOf(names);
    }

    /** The share with its count, next to each bar: "66.67%（2/3项）". */
    public List<Label> valueLabels() {
        return List.copyOf(values);
    }

    /** The change in rank, as arrow and words. */
    public List<Label> changeLabels() {
        return List.copyOf(changes);
    }

    /** Says there is no previous month to compare with; visible only then. */
    public Label note() {
        return note;
    }

    /** The x of a share (0–100) in this chart's coordinates, after layout. */
    public double xFor(double share) {
        return plotX + Math.max(0, Math.min(100, share)) / 100 * plotWidth;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 640;
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets p = getInsets();
        return p.getTop() + TOP + Math.max(1, data.rows().size()) * ROW_HEIGHT + AXIS_HEIGHT
                + (note.isVisible() ? NOTE_HEIGHT : 0) + p.getBottom();
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
        double rankWidth = widest(ranks);
        double nameWidth = Math.min(width * 0.3, widest(names));
        double valueWidth = widest(values);
        double changeWidth = widest(changes);
        plotX = left + rankWidth + GAP + nameWidth + GAP;
        plotWidth = Math.max(40, width - (plotX - left) - valueWidth - changeWidth - 3 * GAP);
        double top = p.getTop() + TOP;
        double plotBottom = top + Math.max(1, data.rows().size()) * ROW_HEIGHT;
        for (int i = 0; i < grid.size(); i++) {
            double x = snap(xFor((Double) grid.get(i).getUserData()));
            setLine(grid.get(i), x, top, x, plotBottom);
            Label tick = ticks.get(i);
            double w = tick.prefWidth(-1);
            tick.resizeRelocate(x - w / 2, plotBottom + 3, w, tick.prefHeight(w));
        }
        double valueX = plotX + plotWidth + GAP;
        for (int i = 0; i < bars.size(); i++) {
            double rowTop = top + i * ROW_HEIGHT;
            place(ranks.get(i), left, rowTop, rankWidth);
            place(names.get(i), left + rankWidth + GAP, rowTop, nameWidth);
            Rectangle bar = bars.get(i);
            bar.setX(plotX);
            bar.setY(rowTop + (ROW_HEIGHT - BAR_HEIGHT) / 2);
            bar.setWidth(Math.max(1, xFor(data.rows().get(i).sharePct()) - plotX));
            bar.setHeight(BAR_HEIGHT);
            place(values.get(i), valueX, rowTop, valueWidth);
            place(changes.get(i), valueX + valueWidth + GAP, rowTop, changeWidth);
        }
        setLine(baseline, snap(plotX), top, snap(plotX), plotBottom);
        double aw = axisTitle.prefWidth(-1);
        axisTitle.resizeRelocate(plotX + (plotWidth - aw) / 2, plotBottom + 20, aw, axisTitle.prefHeight(aw));
        double nw = Math.min(width, note.prefWidth(-1));
        note.resizeRelocate(left, plotBottom + AXIS_HEIGHT, nw, note.prefHeight(nw));
        double ew = empty.prefWidth(-1);
        empty.resizeRelocate(left + (width - ew) / 2, top + 4, ew, empty.prefHeight(ew));
    }

    private static void place(Label label, double x, double rowTop, double width) {
        double h = label.prefHeight(width);
        label.resizeRelocate(x, rowTop + (ROW_HEIGHT - h) / 2, width, h);
    }

    private static double widest(List<Label> labels) {
        return labels.stream().mapToDouble(l -> l.prefWidth(-1)).max().orElse(0);
    }

    private static void setLine(Line line, double x1, double y1, double x2, double y2) {
        line.setStartX(x1);
        line.setStartY(y1);
        line.setEndX(x2);
        line.setEndY(y2);
    }

    private static double snap(double x) {
        return Math.floor(x) + 0.5;
    }
}
