package com.targetmonitor.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.status.PlanStatus;
import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Light;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Status;
import com.targetmonitor.persistence.Workspace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The charts' data from the seed plan, without any window. */
class ChartDataTest {

    @TempDir
    static Path dir;
    static PlanStatus june;
    static Indicator employment;
    static List<Observation> employmentObservations;

    @BeforeAll
    static void seed() {
        try (Workspace ws = WorkspaceOpener.openOrCreateWithSeeds(dir.resolve("w.tmdb"))) {
            PlanStatusService service = new PlanStatusService(ws);
            june = service.status(service.findPlan("金昌市2022"), AsOf.of(2022, 6));
            employment = june.rows().stream().map(r -> r.standing().indicator())
                    .filter(i -> i.name().equals("城镇新增就业")).findFirst().orElseThrow();
            employmentObservations = ws.observations().findByIndicator(employment.id());
        }
    }

    @Test
    void paceChartHasOneBarPerAmountWithACompletionMostBehindFirst() {
        PaceChartData pace = PaceChartData.from(june);
        assertThat(pace.timeProgressPct()).isEqualTo(50.0);
        assertThat(pace.rows()).extracting(BarRow::name).containsExactly("省市民生实事", "重点项目年度计划投资",
                "招商引资到位资金", "“2+4”产业链产值", "城镇新增就业", "涉粮巡视反馈问题整改", "输转城乡富余劳动力", "粮食播种面积");
        assertThat(pace.rows().get(1).valueText()).isEqualTo("37.30%");
        assertThat(pace.rows().get(1).light()).isEqualTo(Light.RED);
        assertThat(pace.axisMax()).isEqualTo(110);
        assertThat(PaceChartData.from(status("2022-09")).timeProgressPct()).isEqualTo(75.0);
    }

    @Test
    void deviationChartHasEveryRateInPercentMostBelowFirst() {
        DeviationChartData deviation = DeviationChartData.from(june);
        assertThat(deviation.rows()).hasSize(9);
        assertThat(deviation.rows().get(0).name()).isEqualTo("固定资产投资增速");
        assertThat(deviation.rows().get(0).valueText()).isEqualTo("低于目标4.30个百分点");
        assertThat(deviation.rows()).filteredOn(r -> r.name().equals("地区生产总值增速"))
                .singleElement().satisfies(r -> {
                    assertThat(r.valueText()).isEqualTo("高于目标3.70个百分点");
                    assertThat(r.status()).isEqualTo(Status.MET);
                });
        assertThat(deviation.extent()).isEqualTo(15); // 外贸进出口 27.2 against 13
    }

    @Test
    void bulletGraphBandsAreThePlansLightsAtThisTimeOfYear() {
        BulletGraphData graph = BulletGraphData.from(june).stream()
                .filter(g -> g.name().equals("城镇新增就业")).findFirst().orElseThrow();
        assertThat(graph.actual()).isEqualTo(5732);
        assertThat(graph.target()).isEqualTo(9500);
        assertThat(graph.scaleMin()).isZero();
        assertThat(graph.scaleMax()).isCloseTo(10450, org.assertj.core.data.Offset.offset(0.01));
        // red below 40% of the target (50% time progress − 10 points), yellow to 50%, green beyond.
        assertThat(graph.bands()).extracting(BulletGraphData.Band::light)
                .containsExactly(Light.RED, Light.YELLOW, Light.GREEN);
        assertThat(graph.bands().get(0).to()).isCloseTo(3800, org.assertj.core.data.Offset.offset(0.01));
        assertThat(graph.bands().get(1).to()).isCloseTo(4750, org.assertj.core.data.Offset.offset(0.01));

        BulletGraphData retail = BulletGraphData.from(june).stream()
                .filter(g -> g.name().equals("固定资产投资增速")).findFirst().orElseThrow();
        assertThat(retail.bands()).extracting(BulletGraphData.Band::to).startsWith(15.0, 16.0);
        assertThat(BulletGraphData.from(june)).noneMatch(g -> g.name().contains("开园运营"));
    }

    @Test
    void trendHasThePlannedPathToTheTarget() {
        TrendChartData trend = TrendChartData.of(employment, employmentObservations, 2022,
                List.of(Observation.of(99L, Period.month(2021, 6), 5100), Observation.of(99L, Period.month(2021, 12), 9800)));
        assertThat(trend.actual()).containsExactly(new TrendChartData.Point(6, 5732));
        assertThat(trend.planned()).hasSize(12);
        assertThat(trend.planned().get(5).value()).isCloseTo(4750, org.assertj.core.data.Offset.offset(0.001));
        assertThat(trend.planned().get(11).value()).isCloseTo(9500, org.assertj.core.data.Offset.offset(0.001));
        assertThat(trend.target()).isEqualTo(9500);
        assertThat(trend.lastYear()).extracting(TrendChartData.Point::month).containsExactly(6, 12);
        assertThat(trend.cumulative()).isTrue();
    }

    private static PlanStatus status(String asOf) {
        try (Workspace ws = Workspace.open(dir.resolve("w.tmdb"))) {
            PlanStatusService service = new PlanStatusService(ws);
            return service.status(service.findPlan("金昌市2022"), AsOf.parse(asOf));
        }
    }
}
