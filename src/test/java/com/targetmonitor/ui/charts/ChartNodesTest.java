package com.targetmonitor.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.targetmonitor.logic.report.ReportChart;
import com.targetmonitor.logic.status.PlanStatus;
import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Observation;
import com.targetmonitor.persistence.Workspace;
import com.targetmonitor.ui.AppTheme;
import com.targetmonitor.ui.I18n;
import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The chart nodes built from the demo data, laid out headless (Monocle) and inspected. */
@ExtendWith(ApplicationExtension.class)
class ChartNodesTest {

    @TempDir
    static Path dir;
    static PlanStatus june;
    static Indicator employment;
    static List<Observation> employmentObservations;

    @BeforeAll
    static void seed() {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        try (Workspace ws = WorkspaceOpener.openOrCreateWithSeeds(dir.resolve("w.tmdb"))) {
            PlanStatusService service = new PlanStatusService(ws);
            june = service.status(service.findPlan("金昌市2022"), AsOf.of(2022, 6));
            employment = june.rows().stream().map(r -> r.standing().indicator())
                    .filter(i -> i.name().equals("城镇新增就业")).findFirst().orElseThrow();
            employmentObservations = ws.observations().findByIndicator(employment.id());
        }
    }

    private Stage stage;

    @Start
    void start(Stage stage) {
        AppTheme.install();
        this.stage = stage;
    }

    /** Lays the chart out off screen, as the report does, and returns it. */
    private static <T extends javafx.scene.layout.Region> T laidOut(FxRobot robot, T chart) {
        robot.interact(() -> ChartExporter.snapshot(chart, 760, -1, 1));
        return chart;
    }

    @Test
    void paceChartHasABarPerAmountAndTheTimeProgressLineAtFiftyPercent(FxRobot robot) {
        PaceChart chart = laidOut(robot, new PaceChart(PaceChartData.from(june)));
        assertThat(chart.bars()).hasSize(8);
        assertThat(chart.lookupAll(".tm-chart-bar")).hasSize(8);
        double lineX = chart.timeProgressLine().getStartX();
        assertThat(chart.valueAt(lineX)).isCloseTo(50, within(0.6));
        assertThat(lineX).isCloseTo(chart.xFor(50), within(1.0));
        assertThat(chart.timeProgressLine().getStartX()).isEqualTo(chart.timeProgressLine().getEndX());
        assertThat(chart.referenceLabel().getText()).isEqualTo("时序进度 50%");

        // The bars end on the right side of the line: behind ones left of it, ahead ones right of it.
        List<String> names = chart.rows().stream().map(BarRow::name).toList();
        Rectangle investment = chart.bars().get(names.indexOf("重点项目年度计划投资"));
        Rectangle employmentBar = chart.bars().get(names.indexOf("城镇新增就业"));
        assertThat(investment.getX() + investment.getWidth()).isLessThan(lineX);
        assertThat(employmentBar.getX() + employmentBar.getWidth()).isGreaterThan(lineX);
        assertThat(investment.getStyleClass()).contains("tm-chart-bar-red");
        assertThat(chart.valueLabels().get(names.indexOf("重点项目年度计划投资")).getText()).isEqualTo("37.30%  欠进度");
        // Sorted by gap: each bar below ends no further left than the one above (no target passed 110%).
        for (int i = 1; i < chart.bars().size(); i++) {
            assertThat(chart.rows().get(i).value() - 50).isGreaterThanOrEqualTo(chart.rows().get(i - 1).value() - 50 - 1e-9);
            assertThat(chart.bars().get(i).getY()).isGreaterThan(chart.bars().get(i - 1).getY());
        }
    }

    @Test
    void clickingABarSelectsItsIndicator(FxRobot robot) {
        PaceChart chart = laidOut(robot, new PaceChart(PaceChartData.from(june)));
        AtomicReference<Long> selected = new AtomicReference<>();
        chart.setOnIndicatorSelected(selected::set);
        int index = chart.rows().stream().map(BarRow::name).toList().indexOf("城镇新增就业");
        robot.interact(() -> chart.bars().get(index).fireEvent(new javafx.scene.input.MouseEvent(
                javafx.scene.input.MouseEvent.MOUSE_CLICKED, 0, 0, 0, 0, javafx.scene.input.MouseButton.PRIMARY, 1,
                false, false, false, false, true, false, false, true, false, false, null)));
        assertThat(selected.get()).isEqualTo(employment.id());
    }

    @Test
    void deviationChartPutsBarsEitherSideOfZero(FxRobot robot) {
        DeviationChart chart = laidOut(robot, new DeviationChart(DeviationChartData.from(june)));
        assertThat(chart.bars()).hasSize(9);
        double zero = chart.referenceLine().getStartX();
        assertThat(chart.valueAt(zero)).isCloseTo(0, within(0.2));
        List<String> names = chart.rows().stream().map(BarRow::name).toList();
        Rectangle gdp = chart.bars().get(names.indexOf("地区生产总值增速"));
        Rectangle tertiary = chart.bars().get(names.indexOf("第三产业增加值增速"));
        assertThat(gdp.getX()).isCloseTo(chart.xFor(0), within(0.01));
        assertThat(gdp.getX() + gdp.getWidth()).isCloseTo(chart.xFor(3.7), within(0.01));
        assertThat(tertiary.getX()).isCloseTo(chart.xFor(-3.7), within(0.01));
        assertThat(chart.valueLabels().get(names.indexOf("地区生产总值增速")).getText()).isEqualTo("高于目标3.70个百分点  达到目标");
    }

    @Test
    void bulletGraphHasBandsBarAndTargetMarker(FxRobot robot) {
        BulletGraphData data = BulletGraphData.from(june).stream()
                .filter(g -> g.name().equals("城镇新增就业")).findFirst().orElseThrow();
        BulletGraph graph = laidOut(robot, new BulletGraph(data));
        assertThat(graph.bands()).hasSize(3);
        assertThat(graph.bands().get(0).getStyleClass()).contains("tm-bullet-band-red");
        assertThat(graph.bar().getX()).isCloseTo(graph.xFor(0), within(0.01));
        assertThat(graph.bar().getWidth()).isCloseTo(graph.xFor(5732) - graph.xFor(0), within(0.01));
        assertThat(graph.targetMarker().getStartX()).isCloseTo(graph.xFor(9500), within(0.01));
        assertThat(graph.stretchMarker().isVisible()).isFalse();
        assertThat(graph.lookupAll(".tm-chart-value")).singleElement()
                .satisfies(n -> assertThat(((Label) n).getText()).isEqualTo("5732 / 目标 9500  超(达)进度"));
    }

    @Test
    void trendChartDrawsTheActualsThePlannedPathAndTheTarget(FxRobot robot) {
        TrendChart chart = laidOut(robot, new TrendChart(TrendChartData.of(employment, employmentObservations, 2022,
                List.of())));
        assertThat(chart.series()).extracting(s -> s.getData().size()).containsExactly(1, 12, 2);
        assertThat(chart.series().get(0).getNode().getStyleClass()).contains("tm-trend-actual");
        assertThat(chart.series().get(1).getNode().getStyleClass()).contains("tm-trend-planned");
        assertThat(chart.lookupAll(".tm-chart-legend-item")).hasSize(3);
    }

    @Test
    void aChartOnScreenIsTakenAsItIsNotResized(FxRobot robot) {
        PaceChart chart = new PaceChart(PaceChartData.from(june));
        AtomicReference<javafx.scene.image.WritableImage> image = new AtomicReference<>();
        robot.interact(() -> {
            javafx.scene.Scene scene = new javafx.scene.Scene(new javafx.scene.layout.StackPane(chart), 500, 400);
            AppTheme.style(scene);
            stage.setScene(scene);
            stage.show();
        });
        robot.interact(() -> image.set(ChartExporter.snapshot(chart, 760, -1, 1)));
        assertThat(image.get().getWidth()).isEqualTo(500);
        assertThat(chart.getWidth()).isEqualTo(500);
    }

    @Test
    void chartsExportToPngForTheReport(FxRobot robot) throws Exception {
        List<ReportChart> charts = new ArrayList<>();
        robot.interact(() -> {
            try {
                charts.addAll(ReportCharts.snapshot(june));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(charts).extracting(ReportChart::caption).hasSize(2);
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(charts.get(0).png()));
        assertThat(png.getWidth()).isEqualTo((int) (ReportCharts.WIDTH * ChartExporter.PRINT_SCALE));
        assertThat(png.getHeight()).isGreaterThan(8 * (int) BarRowsChart.ROW_HEIGHT * 2);
        Path file = dir.resolve("pace.png");
        PaceChart chart = laidOut(robot, new PaceChart(PaceChartData.from(june)));
        robot.interact(() -> {
            try {
                ChartExporter.writePng(chart, file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(ImageIO.read(file.toFile()).getWidth()).isEqualTo(760 * 2);
    }
}
