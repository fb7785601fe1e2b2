package com.targetmonitor.logic.excel.imports;

import static com.targetmonitor.logic.excel.LibreOfficeFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.excel.LibreOfficeFixtures;
import com.targetmonitor.logic.excel.export.TemplateWriter;
import com.targetmonitor.logic.excel.stats.SkippedRow;
import com.targetmonitor.logic.excel.stats.StatisticsReader;
import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.Standing;
import com.targetmonitor.model.Status;
import com.targetmonitor.persistence.Workspace;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A department's fill-in template as LibreOffice saves it after filling (src/test/resources/excel/src/
 * template-jinchang-filled.fods.py): the keys map the rows back, and the same reading rules as for any
 * statistics file apply — text numbers and growth, "—" as no value, a unit typed into the cell.
 */
class FilledTemplateFixtureTest {

    @TempDir
    Path dir;

    private Path fixture(String name) {
        return LibreOfficeFixtures.copy(name, dir);
    }

    @ParameterizedTest
    @ValueSource(strings = {"template-jinchang-filled.xlsx", "template-jinchang-filled.xls"})
    void aFilledTemplateMapsByItsKeysAndReadsLikeAnyReport(String name) throws Exception {
        try (Workspace ws = WorkspaceOpener.openOrCreateWithSeeds(dir.resolve("w.tmdb"))) {
            Plan plan = new PlanStatusService(ws).findPlan("金昌市2022");
            Path file = fixture(name);
            assertThat(keys(file)).as("the fixture's keys are those the template writer gives 金昌市商务局")
                    .isEqualTo(keys(written(ws, plan)));

            ImportSession session = StatisticsImporter.preview(ws, plan,
                    ImportFiles.read(List.of(file), ImportOptions.NONE).statistics(), ImportOptions.NONE);
            ImportPreview p = session.preview();
            PreviewRow tertiary = row(p, "填报表!G4");
            assertThat(tertiary.matchKind()).isEqualTo(MatchKind.KEY);
            assertThat(tertiary.indicatorName()).isEqualTo("第三产业增加值增速");
            assertThat(tertiary.newValue()).as("\"5.2%\" typed as text").isEqualTo(5.2);
            assertThat(tertiary.period()).as("1-9月 of a quarterly indicator").isEqualTo(Period.quarter(2022, 3));
            assertThat(tertiary.state()).isEqualTo(RowState.APPLY);
            assertThat(row(p, "填报表!G5").newValue()).as("\"-2.2%\"").isEqualTo(-2.2);
            assertThat(row(p, "填报表!G5").period()).as("the period of the 填报期间 line").isEqualTo(Period.month(2022, 9));
            PreviewRow trade = row(p, "填报表!G6");
            assertThat(trade.indicatorName()).isEqualTo("外贸进出口总值增速");
            assertThat(trade.state()).as("\"—\" is no value, never 0").isEqualTo(RowState.NO_VALUE);
            assertThat(trade.newValue()).isNull();
            PreviewRow investment = row(p, "填报表!G7");
            assertThat(investment.indicatorName()).isEqualTo("招商引资到位资金");
            assertThat(investment.newValue()).as("1,265,320万元 typed into a 亿元 row").isEqualTo(126.532);
            assertThat(investment.yoyGrowth()).isEqualTo(21.5);
            assertThat(investment.problems()).anySatisfy(x -> assertThat(x.code()).isEqualTo(ImportProblem.Code.UNIT_CONVERTED));
            assertThat(investment.state()).isEqualTo(RowState.APPLY);
            PreviewRow added = row(p, "填报表!G8");
            assertThat(added.state()).as("a row the department added, no key, no like name").isEqualTo(RowState.UNMATCHED);
            assertThat(p.rows()).hasSize(5);
            assertThat(p.skipped()).extracting(SkippedLine::reason).containsExactly(SkippedRow.Reason.FOOTNOTE);

            session.apply();
            // 1-9月: 时序进度 75%; 126.532 / 165 = 76.69% is 超进度.
            Standing s = new PlanStatusService(ws).status(plan, AsOf.of(2022, 9)).rows().stream()
                    .map(r -> r.standing()).filter(x -> x.indicator().name().equals("招商引资到位资金")).findFirst()
                    .orElseThrow();
            assertThat(s.completionPct().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("76.69");
            assertThat(s.timeProgressPct()).isEqualByComparingTo("75");
            assertThat(s.status()).isEqualTo(Status.AHEAD);
        }
    }

    /** The template the writer makes for 金昌市商务局 for 1-9月. */
    private Path written(Workspace ws, Plan plan) {
        return TemplateWriter.write(ws, plan, Period.month(2022, 9), dir.resolve("out")).files().stream()
                .filter(f -> f.getFileName().toString().contains("_金昌市商务局_")).findFirst().orElseThrow();
    }

    /** Name and key of each keyed row. */
    private static List<String> keys(Path file) {
        return StatisticsReader.read(file).sheets().get(0).rows().stream().filter(r -> !r.key().isEmpty())
                .map(r -> r.name() + "=" + r.key()).toList();
    }
}
