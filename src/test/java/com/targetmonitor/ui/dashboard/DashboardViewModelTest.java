package com.targetmonitor.ui.dashboard;

import com.targetmonitor.ui.state.TestStates;
import com.targetmonitor.ui.state.WindowState;
import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.edit.ObservationEdit;
import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Plan;
import com.targetmonitor.persistence.Workspace;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.charts.BarRow;
import com.targetmonitor.ui.charts.TrendChartData;
import com.targetmonitor.ui.charts.UnitLeagueChartData;
import com.targetmonitor.ui.dialog.RecordingDialogService;
import com.targetmonitor.ui.task.SyncTaskExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard's state on a real seeded workspace, without a window. */
class DashboardViewModelTest {

    @TempDir
    Path dir;

    private Session session;
    private RecordingDialogService dialogs;
    private DashboardViewModel vm;
    private Plan jinchang2022;

    @BeforeEach
    void open() {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        session = new Session(WorkspaceOpener.openOrCreateWithSeeds(dir.resolve("w.tmdb")));
        dialogs = new RecordingDialogService();
        vm = new DashboardViewModel(TestStates.showing(session, DashboardViewModel.VIEW), new SyncTaskExecutor(), dialogs);
        jinchang2022 = new PlanStatusService(session.workspace()).findPlan("金昌市2022年");
    }

    @AfterEach
    void close() {
        vm.dispose();
        session.close();
    }

    private Indicator indicator(Plan plan, String name) {
        return session.workspace().indicators().findByPlan(plan.id()).stream().filter(i -> i.name().equals(name))
                .findFirst().orElseThrow();
    }

    @Test
    void showsEveryChartOfThePlanAtTheMonth() {
        assertThat(vm.contentProperty().get()).isNull();
        assertThat(vm.headingProperty().get()).isEqualTo("请选择计划和截至月份。");

        vm.show(jinchang2022, AsOf.of(2022, 6));

        DashboardContent content = vm.contentProperty().get();
        assertThat(content).isNotNull();
        assertThat(vm.headingProperty().get()).isEqualTo("金昌市2022年（1-6月），时序进度 50%");
        assertThat(content.pace().timeProgressPct()).isEqualTo(50.0);
        assertThat(content.pace().rows()).hasSize(8);
        assertThat(content.deviation().rows()).hasSize(9);
        assertThat(content.bullets()).isNotEmpty();
        assertThat(content.league().rows()).extracting(UnitLeagueChartData.Row::unitName).hasSize(7)
                .startsWith("金昌市工信局").endsWith("金昌市自然资源局");
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(vm.trendProperty().get()).isNull();
        assertThat(vm.trendMessageProperty().get()).isEqualTo("点击图中任一指标，查看其逐月走势。");
    }

    @Test
    void askingAgainForWhatIsShownComputesNothing() {
        vm.show(jinchang2022, AsOf.of(2022, 6));
        DashboardContent first = vm.contentProperty().get();
        vm.show(jinchang2022, AsOf.of(2022, 6));
        assertThat(vm.contentProperty().get()).isSameAs(first);
        vm.show(jinchang2022, AsOf.of(2022, 9));
        assertThat(vm.contentProperty().get().pace().timeProgressPct()).isEqualTo(75.0);
    }

    @Test
    void selectingAnIndicatorShowsItsTrend() {
        vm.show(jinchang2022, AsOf.of(2022, 6));
        Indicator employment = indicator(jinchang2022, "城镇新增就业");
        SimpleObjectProperty<Long> windowSelection = new SimpleObjectProperty<>();
        vm.selectedIndicatorIdProperty().bindBidirectional(windowSelection);

        vm.selectIndicator(employment.id());

        assertThat(windowSelection.get()).isEqualTo(employment.id());
        TrendChartData trend = vm.trendProperty().get();
        assertThat(trend.name()).isEqualTo("城镇新增就业");
        assertThat(trend.actual()).containsExactly(new TrendChartData.Point(6, 5732));
        assertThat(trend.target()).isEqualTo(9500.0);
        assertThat(trend.lastYear()).isEmpty(); // no 金昌市 plan for 2021
        assertThat(vm.trendTitleProperty().get()).isEqualTo("月度走势：城镇新增就业");
        assertThat(vm.trendMessageProperty().get()).isEmpty();

        I18n.setLocale(Locale.ENGLISH);
        vm.refreshTexts();
        assertThat(vm.headingProperty().get()).isEqualTo("金昌市2022年 (Jan\u2013Jun), time progress 50%");
        assertThat(vm.trendTitleProperty().get()).isEqualTo("Month by month: 城镇新增就业");
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);

        windowSelection.set(null);
        assertThat(vm.trendProperty().get()).isNull();
    }

    @Test
    void theTrendOfNextYearsPlanHasLastYearsLine() {
        Plan jinchang2023 = new PlanStatusService(session.workspace()).findPlan("金昌市2023年");
        vm.show(jinchang2023, AsOf.of(2023, 12));
        vm.selectIndicator(indicator(jinchang2023, "城镇新增就业").id());
        // Last year's figures come from the indicator of the same name in 金昌市2022年 (same region).
        assertThat(vm.trendProperty().get().lastYear()).contains(new TrendChartData.Point(6, 5732));
    }

    @Test
    void anEditRefreshesTheCharts() {
        vm.show(jinchang2022, AsOf.of(2022, 6));
        Indicator employment = indicator(jinchang2022, "城镇新增就业");
        Workspace ws = session.workspace();
        Period june = Period.month(2022, 6);
        session.history().execute(ObservationEdit.replace(ws, "edit", employment.id(), june,
                Observation.of(employment.id(), june, 9500)));

        BarRow row = vm.contentProperty().get().pace().rows().stream()
                .filter(r -> r.indicatorId().equals(employment.id())).findFirst().orElseThrow();
        assertThat(row.valueText()).isEqualTo("100.00%");

        session.history().undo();
        row = vm.contentProperty().get().pace().rows().stream()
                .filter(r -> r.indicatorId().equals(employment.id())).findFirst().orElseThrow();
        assertThat(row.valueText()).isEqualTo("60.34%");
    }

    @Test
    void anotherWorkspaceShowsItsPlanAndItsEditsAreFollowed() throws IOException {
        vm.show(jinchang2022, AsOf.of(2022, 6));
        DashboardContent before = vm.contentProperty().get();
        Path other = dir.resolve("other");
        Files.createDirectories(other);
        session.replace(WorkspaceOpener.openOrCreateWithSeeds(other.resolve("w.tmdb")));
        // The window state picks a plan of the new file at once; the dashboard draws that one.
        assertThat(vm.contentProperty().get()).isNotNull().isNotSameAs(before);

        Plan plan = new PlanStatusService(session.workspace()).findPlan("金昌市2022年");
        vm.show(plan, AsOf.of(2022, 6));
        assertThat(vm.contentProperty().get()).isNotNull();
        Indicator employment = indicator(plan, "城镇新增就业");
        Period june = Period.month(2022, 6);
        session.history().execute(ObservationEdit.replace(session.workspace(), "edit", employment.id(), june, null));
        assertThat(vm.contentProperty().get().pace().rows()).hasSize(7);
    }

    @Test
    void exportsAChartToTheChosenFileAsPng() throws IOException {
        vm.show(jinchang2022, AsOf.of(2022, 6));
        List<Path> written = new ArrayList<>();
        dialogs.answerFile(dir.resolve("pace"));

        boolean done = vm.exportChart("完成率与时序进度", file -> {
            written.add(file);
            Files.write(file, new byte[] {1, 2, 3});
        });

        assertThat(done).isTrue();
        Path png = dir.resolve("pace.png");
        assertThat(png).exists().hasBinaryContent(new byte[] {1, 2, 3});
        assertThat(written).singleElement().isNotEqualTo(png); // written beside it first, then moved
        assertThat(written.get(0)).doesNotExist();
        assertThat(vm.messageProperty().get()).contains(png.toString());
        assertThat(vm.suggestedFileName("完成率与时序进度")).isEqualTo("金昌市2022年_1-6月_完成率与时序进度.png");
    }

    @Test
    void aFailedExportSaysWhatWentWrongAndLeavesNoFile() throws IOException {
        vm.show(jinchang2022, AsOf.of(2022, 6));
        dialogs.answerFile(dir.resolve("pace.png"));
        boolean done = vm.exportChart("完成率与时序进度", file -> {
            Files.write(file, new byte[] {1});
            throw new IOException("disk full");
        });
        assertThat(done).isFalse();
        assertThat(dialogs.errors()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("无法导出图表");
            assertThat(e.message()).contains("pace.png").contains("disk full");
        });
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("pace"));
        }

        dialogs.answerFile(null); // the user cancels the chooser
        assertThat(vm.exportChart("x", file -> { throw new AssertionError("nothing to write"); })).isFalse();
    }
}
