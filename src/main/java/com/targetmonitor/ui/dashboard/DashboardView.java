package com.targetmonitor.ui.dashboard;

import com.targetmonitor.ui.state.FeatureTab;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.charts.BarRow;
import com.targetmonitor.ui.charts.BulletGraph;
import com.targetmonitor.ui.charts.BulletGraphData;
import com.targetmonitor.ui.charts.DeviationChart;
import com.targetmonitor.ui.charts.PaceChart;
import com.targetmonitor.ui.charts.TrendChart;
import com.targetmonitor.ui.charts.TrendChartData;
import com.targetmonitor.ui.charts.UnitLeagueChart;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/**
 * The dashboard tab (仪表盘): the plan at the as-of month in pictures. Top left the pace chart
 * (完成率 against 时序进度), top right the deviation of the rates; then the trend of the selected
 * indicator and the league of lead units; at the bottom a bullet graph per indicator. A click on a
 * bar selects its indicator; each chart has its own PNG export. Built in code from
 * {@link DashboardViewModel}, again after a language switch (the view model keeps the state).
 */
public final class DashboardView {

    /** Node ids, for tests and the stylesheet. */
    public static final String HEADING_ID = "dashboard-heading";
    public static final String PACE_ID = "dashboard-pace";
    public static final String DEVIATION_ID = "dashboard-deviation";
    public static final String TREND_ID = "dashboard-trend";
    public static final String LEAGUE_ID = "dashboard-league";
    public static final String BULLETS_ID = "dashboard-bullets";
    public static final String MORE_ID = "dashboard-more";

    static final String SELECTED_BAR = "tm-chart-bar-selected";
    private static final double TREND_HEIGHT = 300;
    private static final int BULLETS_IN_ONE_COLUMN = 6;

    private final DashboardViewModel vm;
    private final BorderPane root = new BorderPane();
    private final ChartSection pace;
    private final ChartSection deviation;
    private final ChartSection trend;
    private final ChartSection league;
    private final ChartSection bullets;
    private PaceChart paceChart;
    private DeviationChart deviationChart;
    /** Held here: the view model keeps only weak references, so an old view can be collected. */
    private final InvalidationListener contentListener = o -> showContent();
    private final InvalidationListener trendListener = o -> showTrend();
    private final InvalidationListener selectionListener = o -> markSelection();

    /** The charts as a tab of the main window (仪表盘). */
    public static FeatureTab tab(DashboardViewModel viewModel) {
        return new FeatureTab(DashboardViewModel.VIEW, DashboardView::tabTitle,
                () -> new DashboardView(viewModel).root());
    }

    public DashboardView(DashboardViewModel viewModel) {
        this.vm = Objects.requireNonNull(viewModel, "viewModel");
        pace = new ChartSection(PACE_ID, I18n.get(DashboardMsg.DASHBOARD_PACE_TITLE), vm);
        deviation = new ChartSection(DEVIATION_ID, I18n.get(DashboardMsg.DASHBOARD_DEVIATION_TITLE), vm);
        trend = new ChartSection(TREND_ID, "", vm);
        trend.title().textProperty().bind(vm.trendTitleProperty());
        league = new ChartSection(LEAGUE_ID, I18n.get(DashboardMsg.DASHBOARD_LEAGUE_TITLE), vm);
        bullets = new ChartSection(BULLETS_ID, I18n.get(DashboardMsg.DASHBOARD_BULLETS_TITLE), vm);

        Label heading = new Label();
        heading.setId(HEADING_ID);
        heading.getStyleClass().add("tm-dashboard-heading");
        heading.textProperty().bind(vm.headingProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.getStyleClass().add("tm-dashboard-busy");
        busy.visibleProperty().bind(vm.loadingProperty());
        busy.setMaxSize(18, 18);
        Label message = new Label();
        message.getStyleClass().add("tm-dashboard-message");
        message.textProperty().bind(vm.messageProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, heading, busy, spacer, message);
        header.getStyleClass().add("tm-dashboard-header");

        GridPane grid = new GridPane();
        grid.getStyleClass().add("tm-dashboard-grid");
        for (int c = 0; c < 2; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            column.setHgrow(Priority.ALWAYS);
            column.setFillWidth(true);
            column.setHalignment(HPos.LEFT);
            grid.getColumnConstraints().add(column);
        }
        grid.add(pace.root(), 0, 0);
        grid.add(deviation.root(), 1, 0);
        grid.add(trend.root(), 0, 1);
        grid.add(league.root(), 1, 1);
        grid.add(bullets.root(), 0, 2, 2, 1);
        for (Node n : grid.getChildren()) {
            GridPane.setValignment(n, VPos.TOP);
        }
        // Large plans: each chart draws its first rows (most behind first); this draws more.
        Button more = new Button();
        more.setId(MORE_ID);
        more.textProperty().bind(vm.moreTextProperty());
        more.visibleProperty().bind(vm.moreProperty());
        more.managedProperty().bind(vm.moreProperty());
        more.setOnAction(e -> vm.showMore());
        ScrollPane scroll = new ScrollPane(new VBox(8, grid, more));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("tm-dashboard-scroll");
        root.setTop(header);
        root.setCenter(scroll);
        root.getStyleClass().add("tm-dashboard");
        // The view model holds this view's listeners only weakly and no node refers to the view:
        // the root keeps it alive exactly as long as it is on screen.
        root.getProperties().put(DashboardView.class, this);

        vm.contentProperty().addListener(new WeakInvalidationListener(contentListener));
        vm.trendProperty().addListener(new WeakInvalidationListener(trendListener));
        vm.trendMessageProperty().addListener(new WeakInvalidationListener(trendListener));
        vm.selectedIndicatorIdProperty().addListener(new WeakInvalidationListener(selectionListener));
        showContent();
        showTrend();
    }

    /** The tab's title: 仪表盘. */
    public static String tabTitle() {
        return I18n.get(DashboardMsg.DASHBOARD_TAB);
    }

    public Node root() {
        return root;
    }

    /** The pace chart shown, or null when there is none. */
    public PaceChart paceChart() {
        return paceChart;
    }

    public DeviationChart deviationChart() {
        return deviationChart;
    }

    private void showContent() {
        DashboardContent content = vm.contentProperty().get();
        paceChart = null;
        deviationChart = null;
        if (content == null) {
            String empty = I18n.get(DashboardMsg.DASHBOARD_EMPTY);
            for (ChartSection s : List.of(pace, deviation, league, bullets)) {
                s.setMessage(empty);
            }
            return;
        }
        paceChart = new PaceChart(content.pace());
        paceChart.setOnIndicatorSelected(vm::selectIndicator);
        pace.setChart(paceChart);
        deviationChart = new DeviationChart(content.deviation());
        deviationChart.setOnIndicatorSelected(vm::selectIndicator);
        deviation.setChart(deviationChart);
        league.setChart(new UnitLeagueChart(content.league()));
        bullets.setChart(bulletColumns(content.bullets()));
        markSelection();
    }

    /** Bullet graphs in two columns when there are many, names aligned within each column. */
    private Node bulletColumns(List<BulletGraphData> graphs) {
        if (graphs.size() <= BULLETS_IN_ONE_COLUMN) {
            return BulletGraph.stack(graphs, vm::selectIndicator);
        }
        int half = (graphs.size() + 1) / 2;
        VBox left = BulletGraph.stack(graphs.subList(0, half), vm::selectIndicator);
        VBox right = BulletGraph.stack(graphs.subList(half, graphs.size()), vm::selectIndicator);
        for (VBox column : List.of(left, right)) {
            HBox.setHgrow(column, Priority.ALWAYS);
            column.setPrefWidth(0);
            column.setMaxWidth(Double.MAX_VALUE);
        }
        HBox both = new HBox(16, left, right);
        both.getStyleClass().addAll("tm-chart", "tm-dashboard-bullets");
        return both;
    }

    private void showTrend() {
        TrendChartData data = vm.trendProperty().get();
        String text = vm.trendMessageProperty().get();
        if (data == null || !text.isEmpty()) {
            trend.setMessage(text);
            return;
        }
        TrendChart chart = new TrendChart(data);
        chart.setPrefHeight(TREND_HEIGHT);
        chart.setMinHeight(TREND_HEIGHT);
        trend.setChart(chart);
    }

    /** Outlines the selected indicator's bar in the pace and deviation charts. */
    private void markSelection() {
        Long id = vm.selectedIndicatorIdProperty().get();
        List<BarRowsOf> charts = new ArrayList<>();
        if (paceChart != null) {
            charts.add(new BarRowsOf(paceChart.rows(), paceChart.bars()));
        }
        if (deviationChart != null) {
            charts.add(new BarRowsOf(deviationChart.rows(), deviationChart.bars()));
        }
        for (BarRowsOf chart : charts) {
            for (int i = 0; i < chart.bars().size(); i++) {
                Rectangle bar = chart.bars().get(i);
                bar.getStyleClass().remove(SELECTED_BAR);
                if (id != null && id.equals(chart.rows().get(i).indicatorId())) {
                    bar.getStyleClass().add(SELECTED_BAR);
                }
            }
        }
    }

    private record BarRowsOf(List<BarRow> rows, List<Rectangle> bars) {
    }
}
