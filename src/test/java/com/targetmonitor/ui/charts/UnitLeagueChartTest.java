package com.targetmonitor.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.targetmonitor.logic.league.LeagueRow;
import com.targetmonitor.logic.league.UnitLeague;
import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.model.Unit;
import com.targetmonitor.model.UnitKind;
import com.targetmonitor.persistence.Workspace;
import com.targetmonitor.ui.AppTheme;
import com.targetmonitor.ui.I18n;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The unit league chart from the seed plan's league at June, and from hand-made rank changes. */
@ExtendWith(ApplicationExtension.class)
class UnitLeagueChartTest {

    @TempDir
    static Path dir;
    static List<LeagueRow> june;

    @BeforeAll
    static void seed() {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        try (Workspace ws = WorkspaceOpener.openOrCreateWithSeeds(dir.resolve("w.tmdb"))) {
            june = new UnitLeague(ws).table(new PlanStatusService(ws).findPlan("金昌市2022"), AsOf.of(2022, 6));
        }
    }

    @Start
    void start(Stage stage) {
        AppTheme.install();
    }

    private static UnitLeagueChart laidOut(FxRobot robot, UnitLeagueChart chart) {
        robot.interact(() -> ChartExporter.snapshot(chart, 640, -1, 1));
        return chart;
    }

    @Test
    void dataKeepsTheLeaguesOrderBestFirst() {
        UnitLeagueChartData data = UnitLeagueChartData.from(june);
        assertThat(data.rows()).extracting(UnitLeagueChartData.Row::unitName).containsExactly("金昌市工信局",
                "金昌市农业农村局", "金昌市人社局", "金昌市财政局", "金昌市商务局", "金昌市发展改革委", "金昌市自然资源局");
        assertThat(data.rows()).extracting(UnitLeagueChartData.Row::rank).containsExactly(1, 1, 1, 1, 5, 6, 7);
        assertThat(data.rows()).extracting(UnitLeagueChartData.Row::shareText)
                .containsExactly("100", "100", "100", "100", "66.67", "33.33", "0");
        // May had nothing judged: no unit was ranked, so there is nothing to compare with.
        assertThat(data.compared()).isFalse();
    }

    @Test
    void oneBarPerRankedUnitInLeagueOrderWithLengthsByShare(FxRobot robot) {
        UnitLeagueChart chart = laidOut(robot, new UnitLeagueChart(UnitLeagueChartData.from(june)));
        List<Rectangle> bars = chart.bars();
        assertThat(bars).hasSize(7);
        assertThat(chart.lookupAll(".tm-league-bar")).hasSize(7);
        assertThat(chart.nameLabels()).extracting(Label::getText).startsWith("金昌市工信局", "金昌市农业农村局")
                .endsWith("金昌市发展改革委", "金昌市自然资源局");
        assertThat(chart.rankLabels()).extracting(Label::getText).containsExactly("1", "1", "1", "1", "5", "6", "7");
        for (int i = 1; i < bars.size(); i++) {
            assertThat(bars.get(i).getY()).isGreaterThan(bars.get(i - 1).getY());
            assertThat(bars.get(i).getWidth()).isLessThanOrEqualTo(bars.get(i - 1).getWidth());
        }
        double full = chart.xFor(100) - chart.xFor(0);
        assertThat(bars.get(0).getWidth()).isCloseTo(full, within(0.01));
        assertThat(bars.get(4).getWidth()).isCloseTo(full * 0.6667, within(0.01));
        assertThat(chart.valueLabels().get(4).getText()).isEqualTo("66.67%（2/3项）");
        assertThat(chart.changeLabels()).extracting(Label::getText).containsOnly("");
        assertThat(chart.note().isVisible()).isTrue();
        assertThat(chart.note().getText()).contains("上月没有可比的排名");
    }

    @Test
    void rankChangesReadAsArrowsAndWords(FxRobot robot) {
        List<LeagueRow> rows = List.of(row(1, "甲局", 1, 2), row(2, "乙局", 2, -1), row(3, "丙局", 3, 0),
                row(4, "丁局", 4, null));
        UnitLeagueChart chart = laidOut(robot, new UnitLeagueChart(UnitLeagueChartData.from(rows)));
        assertThat(chart.changeLabels()).extracting(Label::getText)
                .containsExactly("↑2 上升2位", "↓1 下降1位", "— 名次不变", "上月未排名");
        assertThat(chart.changeLabels().get(0).getStyleClass()).contains("tm-league-change-up");
        assertThat(chart.changeLabels().get(1).getStyleClass()).contains("tm-league-change-down");
        assertThat(chart.note().isVisible()).isFalse();
    }

    @Test
    void anEmptyLeagueSaysSo(FxRobot robot) {
        UnitLeagueChart chart = laidOut(robot, new UnitLeagueChart(UnitLeagueChartData.from(List.of())));
        assertThat(chart.bars()).isEmpty();
        assertThat(chart.lookupAll(".tm-chart-empty")).singleElement()
                .satisfies(n -> assertThat(n.isVisible()).isTrue());
    }

    private static LeagueRow row(long id, String name, int rank, Integer change) {
        return new LeagueRow(new Unit(id, name, UnitKind.DEPARTMENT, null, ""), 4, 4, 5 - rank,
                BigDecimal.valueOf((5 - rank) * 25L).setScale(2), rank, change);
    }
}
