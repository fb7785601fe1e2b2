package com.targetmonitor.logic.excel.imports;

import static com.targetmonitor.logic.excel.LibreOfficeFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.excel.LibreOfficeFixtures;
import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Plan;
import com.targetmonitor.persistence.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Statistics workbooks in layouts made by LibreOffice (sources in src/test/resources/excel/src): every
 * row of the file is matched to the right indicator with the right figure, or listed as unmatched,
 * a question or skipped with its reason — nothing silently dropped.
 */
class StatisticsLayoutsFixtureTest {

    @TempDir
    Path dir;

    private ImportPreview preview(Workspace ws, String name) throws Exception {
        Path file = LibreOfficeFixtures.copy(name, dir);
        Plan plan = new PlanStatusService(ws).findPlan("金昌市2022");
        return StatisticsImporter.preview(ws, plan, ImportFiles.read(List.of(file), ImportOptions.NONE).statistics(),
                ImportOptions.NONE).preview();
    }

    /** Every name cell the preview mentions, as rows or skipped lines. */
    private static List<String> accounted(ImportPreview p) {
        List<String> cells = new ArrayList<>();
        p.rows().forEach(r -> cells.add(r.nameCell()));
        p.skipped().forEach(s -> cells.add(s.cell()));
        return cells;
    }

    @ParameterizedTest
    @ValueSource(strings = {"statistics-monthly.xlsx", "statistics-monthly.xls"})
    void aMonthlyReportWithCoverDomainSheetsTwoTablesAndAHiddenColumnIsReadRowByRow(String name) throws Exception {
        try (Workspace ws = WorkspaceOpener.openOrCreateWithSeeds(dir.resolve("w.tmdb"))) {
            ImportPreview p = preview(ws, name);
            // 工业: growth as text "5.2%" feeds the growth indicator; the value "—" is no value, never zero.
            PreviewRow industry = row(p, "工业!D4");
            assertThat(industry.indicatorName()).isEqualTo("规上工业增加值增速");
            assertThat(industry.newValue()).isEqualTo(5.2);
            assertThat(industry.state()).isEqualTo(RowState.APPLY);
            // The hidden helper column B (999999) is never read: the figure comes from C.
            PreviewRow power = row(p, "工业!C5");
            assertThat(power.rawValue()).isEqualTo("1234560");
            assertThat(power.state()).as("全社会用电量 is not 规上工业增加值").isEqualTo(RowState.UNMATCHED);
            assertThat(p.rows()).noneMatch(r -> r.rawValue().equals("999999"));
            // 投资与消费: two tables, the second under its own title and header.
            assertThat(row(p, "投资与消费!D3").indicatorName()).isEqualTo("固定资产投资增速");
            PreviewRow retail = row(p, "投资与消费!D7");
            assertThat(retail.indicatorName()).isEqualTo("社会消费品零售总额增速");
            assertThat(retail.newValue()).as("growth as text \"-2.2%\"").isEqualTo(-2.2);
            assertThat(row(p, "投资与消费!C8").state()).as("限额以上零售额 is not 社会消费品零售总额")
                    .isEqualTo(RowState.UNMATCHED);
            // 就业: a zero-width space and the measure word 人数 make no difference; "5,800" is 5800.
            PreviewRow jobs = row(p, "就业!C3");
            assertThat(jobs.indicatorName()).isEqualTo("城镇新增就业");
            assertThat(jobs.newValue()).isEqualTo(5800.0);
            assertThat(jobs.state()).isEqualTo(RowState.APPLY);
            assertThat(jobs.period()).isEqualTo(Period.month(2022, 6));
            assertThat(row(p, "就业!C4").state()).as("失业人员再就业人数 is not 城镇新增就业").isEqualTo(RowState.UNMATCHED);
            assertThat(row(p, "就业!C5").newValue()).as("80400人 in 万人").isEqualTo(8.04);
            // Nothing silently dropped: every data row and the second table's title are accounted for.
            assertThat(accounted(p)).containsExactlyInAnyOrder("工业!A4", "工业!A5", "投资与消费!A3", "投资与消费!A5",
                    "投资与消费!A7", "投资与消费!A8", "就业!A3", "就业!A4", "就业!A5", "就业!A6");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"statistics-doubtful.xlsx", "statistics-doubtful.xls"})
    void implausibleFiguresAreQuestionsWithTheirReasonNotWrites(String name) throws Exception {
        try (Workspace ws = WorkspaceOpener.openOrCreateWithSeeds(dir.resolve("w.tmdb"))) {
            ImportPreview p = preview(ws, name);
            for (String[] c : new String[][] {{"Sheet1!C3", "TOO_LARGE"}, {"Sheet1!C4", "SHARE_OUT_OF_RANGE"},
                    {"Sheet1!C5", "FRACTIONAL_COUNT"}, {"Sheet1!C6", "SHARE_OUT_OF_RANGE"},
                    {"Sheet1!D7", "GROWTH_OUT_OF_RANGE"}}) {
                PreviewRow r = row(p, c[0]);
                assertThat(r.state()).as(c[0]).isEqualTo(RowState.QUESTION);
                assertThat(r.problems()).as(c[0]).anySatisfy(x -> {
                    assertThat(x.code()).isEqualTo(ImportProblem.Code.IMPLAUSIBLE);
                    assertThat(x.args().get(1)).isEqualTo(c[1]);
                    assertThat(x.message()).contains("implausible").doesNotContain("00000000000000000000");
                });
            }
            PreviewRow gdp = row(p, "Sheet1!D8");
            assertThat(gdp.indicatorName()).as("地区生产总值(GDP)'s growth column").isEqualTo("地区生产总值增速");
            assertThat(gdp.newValue()).isEqualTo(6.1);
            assertThat(gdp.state()).isEqualTo(RowState.APPLY);
            assertThat(row(p, "Sheet1!C9").indicatorName()).as("完成…面积 wording").isEqualTo("高标准农田");
            assertThat(p.writes()).as("only the plausible GDP growth is written").isEqualTo(1);
            assertThat(accounted(p)).containsExactlyInAnyOrder("Sheet1!A3", "Sheet1!A4", "Sheet1!A5", "Sheet1!A6",
                    "Sheet1!A7", "Sheet1!A8", "Sheet1!A9");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"statistics-yongchang.xlsx", "statistics-yongchang.xls"})
    void aCountysSheetUpdatesTheCountysRowAndListsItsOtherRowsAsNotApplying(String name) throws Exception {
        try (Workspace ws = WorkspaceOpener.openOrCreateWithSeeds(dir.resolve("w.tmdb"))) {
            ImportPreview p = preview(ws, name);
            PreviewRow gdp = row(p, "Sheet1!C4");
            assertThat(gdp.indicatorName()).as("the county's share, never the city total").isEqualTo("永昌县地区生产总值");
            assertThat(gdp.newValue()).isEqualTo(45.6);
            assertThat(gdp.state()).isEqualTo(RowState.APPLY);
            assertNoCityIndicatorIsFed(p);
            for (String cell : new String[] {"Sheet1!A5", "Sheet1!A6"}) {
                assertThat(notApplying(p, cell).message()).contains("永昌县").contains("does not apply to this plan");
            }
            assertThat(accounted(p)).containsExactlyInAnyOrder("Sheet1!A4", "Sheet1!A5", "Sheet1!A6");
            assertThat(p.writes()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"statistics-counties.xlsx", "statistics-counties.xls"})
    void aCountyNamedInTheTitleOrTheSheetNameUpdatesOnlyItsOwnShare(String name) throws Exception {
        try (Workspace ws = WorkspaceOpener.openOrCreateWithSeeds(dir.resolve("w.tmdb"))) {
            ImportPreview p = preview(ws, name);
            PreviewRow jinchuan = row(p, "Sheet1!C3");
            assertThat(jinchuan.indicatorName()).as("金川区 named in the title").isEqualTo("金川区地区生产总值");
            assertThat(jinchuan.newValue()).isEqualTo(120.5);
            assertThat(jinchuan.state()).isEqualTo(RowState.APPLY);
            PreviewRow yongchang = row(p, "永昌县!C3");
            assertThat(yongchang.indicatorName()).as("永昌县 named by the sheet").isEqualTo("永昌县地区生产总值");
            assertThat(yongchang.newValue()).as("456,000 万元 in 亿元").isEqualTo(45.6);
            assertNoCityIndicatorIsFed(p);
            assertThat(notApplying(p, "Sheet1!A4").message()).contains("金川区");
            assertThat(notApplying(p, "Sheet1!A5").message()).contains("金川区");
            assertThat(notApplying(p, "永昌县!A4").message()).contains("永昌县");
            assertThat(accounted(p)).containsExactlyInAnyOrder("Sheet1!A3", "Sheet1!A4", "Sheet1!A5", "永昌县!A3",
                    "永昌县!A4");
            assertThat(p.writes()).isEqualTo(2);
        }
    }

    /** A county's sheet never feeds the city's own figures. */
    private static void assertNoCityIndicatorIsFed(ImportPreview p) {
        assertThat(p.rows()).extracting(PreviewRow::indicatorName).as("never the city's own indicators")
                .doesNotContain("地区生产总值增速", "规上工业增加值增速", "固定资产投资增速", "城镇新增就业");
    }

    /** The row named at {@code nameCell}, listed as not applying to the plan; its one problem. */
    private static ImportProblem notApplying(ImportPreview p, String nameCell) {
        PreviewRow other = p.rows().stream().filter(r -> r.nameCell().equals(nameCell)).findFirst().orElseThrow();
        assertThat(other.state()).as(nameCell).isEqualTo(RowState.NOT_APPLYING);
        assertThat(other.problems()).as(nameCell).singleElement()
                .satisfies(x -> assertThat(x.code()).isEqualTo(ImportProblem.Code.OUT_OF_SCOPE));
        return other.problems().get(0);
    }
}
