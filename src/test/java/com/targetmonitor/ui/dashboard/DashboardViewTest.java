package com.targetmonitor.ui.dashboard;

import com.targetmonitor.ui.state.TestStates;
import com.targetmonitor.ui.state.WindowState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.targetmonitor.logic.status.PlanStatus;
import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.model.Plan;
import com.targetmonitor.ui.AppTheme;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.charts.BarRow;
import com.targetmonitor.ui.charts.PaceChart;
import com.targetmonitor.ui.charts.TrendChart;
import com.targetmonitor.ui.charts.UnitLeagueChart;
import com.targetmonitor.ui.dialog.RecordingDialogService;
import com.targetmonitor.ui.task.SyncTaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The dashboard tab on screen (headless Monocle) for 金昌市2022年 at June. */
@ExtendWith(ApplicationExtension.class)
class DashboardViewTest {

    @TempDir
    Path dir;

    private Session session;
    private DashboardViewModel vm;
    private DashboardView view;
    private PlanStatus june;
    private final SimpleObjectProperty<Long> windowSelection = new SimpleObjectProperty<>();

    @Start
    void start(Stage stage) {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        AppTheme.install();
        session = new Session(WorkspaceOpener.openOrCreateWithSeeds(dir.resolve("w.tmdb")));
        Plan plan = new PlanStatusService(session.workspace()).findPlan("金昌市2022年");
        june = new PlanStatusService(session.workspace()).status(plan, AsOf.of(2022, 6));
        vm = new DashboardViewModel(TestStates.showing(session, DashboardViewModel.VIEW), new SyncTaskExecutor(),
                new RecordingDialogService());
        // As the main window does: its selected indicator and the dashboard's are one.
        vm.selectedIndicatorIdProperty().bindBidirectional(windowSelection);
        vm.show(plan, AsOf.of(2022, 6));
        view = new DashboardView(vm);
        Scene scene = new Scene((javafx.scene.Parent) view.root(), 1240, 780);
        AppTheme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        vm.dispose();
        session.close();
    }

    @Test
    void paceChartHasABarPerAmountWithDataAndTheTimeProgressLineAtHalf(FxRobot robot) {
        long amountsWithData = june.rows().stream()
                .filter(r -> r.standing().indicator().kind().isProgressive() && r.standing().completionPct() != null)
                .count();
        assertThat(amountsWithData).isEqualTo(8);
        Node section = robot.lookup("#" + DashboardView.PACE_ID).query();
        PaceChart pace = (PaceChart) section.lookup(".tm-pace-chart");
        assertThat(pace).isSameAs(view.paceChart());
        assertThat(pace.bars()).hasSize((int) amountsWithData);
        assertThat(pace.getWidth()).isGreaterThan(400);
        double line = pace.timeProgressLine().getStartX();
        assertThat(pace.valueAt(line)).isCloseTo(50, within(0.6));
        assertThat(pace.referenceLabel().getText()).isEqualTo("时序进度 50%");
        assertThat(robot.lookup("#" + DashboardView.HEADING_ID).queryAs(Label.class).getText())
                .isEqualTo("金昌市2022年（1-6月），时序进度 50%");
    }

    @Test
    void everyChartIsThereWithItsExportButton(FxRobot robot) {
        for (String id : List.of(DashboardView.PACE_ID, DashboardView.DEVIATION_ID, DashboardView.LEAGUE_ID,
                DashboardView.BULLETS_ID)) {
            Node section = robot.lookup("#" + id).query();
            Button export = (Button) section.lookup(".tm-dashboard-export");
            assertThat(export.getText()).isEqualTo("导出PNG…");
            assertThat(export.isDisabled()).as(id).isFalse();
        }
        assertThat(robot.lookup(".tm-league-chart").queryAs(UnitLeagueChart.class).bars()).hasSize(7);
        assertThat(robot.lookup(".tm-bullet-graph").queryAll()).hasSize(vm.contentProperty().get().bullets().size());
        // No indicator chosen yet: the trend says how to choose one and cannot be exported.
        Node trend = robot.lookup("#" + DashboardView.TREND_ID).query();
        assertThat(((Button) trend.lookup(".tm-dashboard-export")).isDisabled()).isTrue();
        assertThat(((Label) trend.lookup(".tm-dashboard-placeholder")).getText()).contains("点击图中任一指标");
    }

    @Test
    void clickingABarSelectsItsIndicator(FxRobot robot) {
        PaceChart pace = view.paceChart();
        List<String> names = pace.rows().stream().map(BarRow::name).toList();
        int index = names.indexOf("城镇新增就业");
        Rectangle bar = pace.bars().get(index);

        robot.clickOn(bar);

        Long employment = pace.rows().get(index).indicatorId();
        assertThat(vm.selectedIndicatorIdProperty().get()).isEqualTo(employment);
        assertThat(windowSelection.get()).isEqualTo(employment);
        assertThat(bar.getStyleClass()).contains(DashboardView.SELECTED_BAR);
        TrendChart trend = robot.lookup(".tm-trend-chart").queryAs(TrendChart.class);
        assertThat(trend.data().name()).isEqualTo("城镇新增就业");
        assertThat(robot.lookup("#" + DashboardView.TREND_ID).query().lookup(".tm-dashboard-section-title"))
                .satisfies(n -> assertThat(((Label) n).getText()).isEqualTo("月度走势：城镇新增就业"));

        // And the other way: the window selects an indicator, the dashboard follows.
        int other = names.indexOf("重点项目年度计划投资");
        robot.interact(() -> windowSelection.set(pace.rows().get(other).indicatorId()));
        assertThat(pace.bars().get(other).getStyleClass()).contains(DashboardView.SELECTED_BAR);
        assertThat(bar.getStyleClass()).doesNotContain(DashboardView.SELECTED_BAR);
    }

    @Test
    void aViewThatOnlyItsNodesReferToKeepsFollowing(FxRobot robot) {
        Node[] root = new Node[1];
        robot.interact(() -> {
            root[0] = new DashboardView(vm).root();
            Stage second = new Stage();
            second.setScene(new Scene((javafx.scene.Parent) root[0], 900, 600));
            second.show();
        });
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Long employment = view.paceChart().rows().stream().filter(r -> r.name().equals("城镇新增就业"))
                .findFirst().orElseThrow().indicatorId();
        robot.interact(() -> vm.selectIndicator(employment));
        assertThat(root[0].lookup(".tm-trend-chart")).isInstanceOf(TrendChart.class);
    }
}
