package com.targetmonitor.logic.excel.imports;

import static com.targetmonitor.logic.excel.LibreOfficeFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.excel.LibreOfficeFixtures;
import com.targetmonitor.logic.excel.match.IndicatorMatcher;
import com.targetmonitor.logic.excel.stats.SkippedRow;
import com.targetmonitor.logic.status.PlanStatus;
import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.Standing;
import com.targetmonitor.model.Status;
import com.targetmonitor.persistence.Workspace;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The 1-6月 report for 明湖市2024年 (src/test/resources/excel/src/statistics-minghu-2024.fods.py), read into
 * the plan its own targets table made: a transposed sheet with a unit row, a sheet with only "单位：万元",
 * units in other scales, names in other words, distractors. Every cell lands on the right indicator
 * with the right figure, or is listed with its reason; the statuses are those an officer works out by hand.
 */
class StatisticsMinghuFixtureTest {

    @TempDir
    Path dir;

    private Path fixture(String name) {
        return LibreOfficeFixtures.copy(name, dir);
    }

    /** The plan 明湖市2024年 as its targets table makes it, in an empty workspace. */
    private Plan minghu(Workspace ws) {
        return LibreOfficeFixtures.minghu(ws, dir);
    }

    private static void lands(ImportPreview p, String cell, String indicator, Double value, Period period) {
        PreviewRow r = row(p, cell);
        assertThat(r.indicatorName()).as(cell + " " + r.rawName()).isEqualTo(indicator);
        assertThat(r.newValue()).as(cell + " " + r.rawName()).isEqualTo(value);
        assertThat(r.period()).as(cell).isEqualTo(period);
        assertThat(r.state()).as(cell + " " + r.problems()).isEqualTo(value == null ? RowState.NO_VALUE : RowState.APPLY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"statistics-minghu-2024.xlsx", "statistics-minghu-2024.xls"})
    void everyCellLandsOnItsIndicatorInItsUnitOrIsListedWithItsReason(String name) throws Exception {
        try (Workspace ws = Workspace.create(dir.resolve("w.tmdb"))) {
            Plan plan = minghu(ws);
            ImportSession session = StatisticsImporter.preview(ws, plan,
                    ImportFiles.read(List.of(fixture(name)), ImportOptions.NONE).statistics(), ImportOptions.NONE);
            ImportPreview p = session.preview();
            Period feb = Period.month(2024, 2);
            Period jun = Period.month(2024, 6);

            // Transposed: periods down, indicators across, units in the row under the names.
            lands(p, "月度进展!B4", "重点项目年度计划投资", 8.5, feb); // "85,000" 万元 in 亿元
            lands(p, "月度进展!B6", "重点项目年度计划投资", 37.3, jun);
            lands(p, "月度进展!C4", "城镇新增就业人数", 1900.0, feb);
            lands(p, "月度进展!C6", "城镇新增就业人数", 5800.0, jun);
            lands(p, "月度进展!D4", "细颗粒物（PM2.5）平均浓度", 36.0, feb);
            lands(p, "月度进展!D5", "细颗粒物（PM2.5）平均浓度", null, Period.month(2024, 3)); // "—"
            lands(p, "月度进展!D6", "细颗粒物（PM2.5）平均浓度", 31.0, jun);
            lands(p, "月度进展!E4", "地区生产总值增长", null, feb); // a lone "-": no value, never 0
            assertThat(row(p, "月度进展!E5").newValue()).as("the GDP(增速) column feeds the growth").isEqualTo(5.8);
            assertThat(row(p, "月度进展!E6").newValue()).isEqualTo(6.2);
            for (String cell : List.of("月度进展!F4", "月度进展!F5", "月度进展!F6")) {
                assertThat(row(p, cell).state()).as("全社会用电量 is no indicator of this plan").isEqualTo(RowState.UNMATCHED);
            }
            // "单位：万元" over a sheet without a unit column; units in the names win over it.
            lands(p, "开放与文旅!B4", "社会消费品零售总额", 126.532, jun);
            lands(p, "开放与文旅!B6", "实际利用外资", 1.2345, jun); // 万美元 → 亿美元
            lands(p, "开放与文旅!B7", "接待游客", 865.0, jun); // 人次 → 万人次
            lands(p, "开放与文旅!B8", "完成营造林", 5.2, jun); // 营造林面积, 亩 → 万亩
            lands(p, "开放与文旅!B9", "新增市场主体", 3200.0, jun); // 个 = 户
            // 1E+300 as an unemployment rate: a question with its reason, never a write.
            PreviewRow unemployment = row(p, "开放与文旅!B12");
            assertThat(unemployment.indicatorName()).isEqualTo("城镇调查失业率");
            assertThat(unemployment.state()).isEqualTo(RowState.QUESTION);
            assertThat(unemployment.problems()).anySatisfy(x -> {
                assertThat(x.code()).isEqualTo(ImportProblem.Code.IMPLAUSIBLE);
                assertThat(x.args().get(1)).isEqualTo("SHARE_OUT_OF_RANGE");
            });
            for (String cell : List.of("开放与文旅!B5", "开放与文旅!B10", "开放与文旅!B11")) {
                PreviewRow r = row(p, cell);
                assertThat(r.state()).as(cell + " " + r.rawName() + " must stay unmatched").isEqualTo(RowState.UNMATCHED);
                assertThat(r.problems()).as(cell).isNotEmpty();
            }
            // Only like the plan's name: a question with its similarity, not written unless confirmed.
            PreviewRow sewage = row(p, "开放与文旅!B13");
            assertThat(sewage.state()).isEqualTo(RowState.QUESTION);
            assertThat(sewage.indicatorName()).isEqualTo("城市生活污水集中收集率");
            assertThat(sewage.score()).isBetween(IndicatorMatcher.WEAK, IndicatorMatcher.STRONG);
            assertThat(p.count(RowState.QUESTION)).isEqualTo(2);
            assertThat(p.count(RowState.ERROR)).isZero();
            // Nothing silently dropped: 3 period rows × 5 columns, 10 department rows, the two notes.
            List<String> accounted = new ArrayList<>();
            p.rows().forEach(r -> accounted.add(r.cell()));
            assertThat(accounted).hasSize(15 + 10).doesNotHaveDuplicates();
            assertThat(p.skipped()).extracting(SkippedLine::reason)
                    .containsExactly(SkippedRow.Reason.FOOTNOTE, SkippedRow.Reason.FOOTNOTE);

            session.apply();
            PlanStatus status = new PlanStatusService(ws).status(plan, AsOf.of(2024, 6));
            // 时序进度 at 1-6月 is 50%: an amount behind it is 欠进度, ahead of it 超进度.
            expect(status, "重点项目年度计划投资", "11.66", Status.BEHIND); // 37.3 / 320
            expect(status, "城镇新增就业人数", "48.33", Status.BEHIND); // 5800 / 12000
            expect(status, "社会消费品零售总额", "25.31", Status.BEHIND); // 126.532 / 500
            expect(status, "实际利用外资", "61.73", Status.AHEAD); // 1.2345 / 2
            expect(status, "接待游客", "57.67", Status.AHEAD); // 865 / 1500
            expect(status, "完成营造林", "34.67", Status.BEHIND); // 5.2 / 15
            expect(status, "新增市场主体", "40.00", Status.BEHIND); // 3200 / 8000
            // PM2.5 31 under a ceiling of 32: a level, 1 point better than the ceiling, no completion %.
            Standing pm = standing(status, "细颗粒物（PM2.5）平均浓度");
            assertThat(pm.completionPct()).isNull();
            assertThat(pm.deviationPts()).isEqualByComparingTo("-1");
            assertThat(pm.status()).isEqualTo(Status.MET);
            // GDP growth 6.2 against "6%左右": met, 0.2 points above.
            Standing gdp = standing(status, "地区生产总值增长");
            assertThat(gdp.deviationPts()).isEqualByComparingTo("0.2");
            assertThat(gdp.status()).isEqualTo(Status.MET);
            assertThat(standing(status, "城市生活污水集中收集率").actual()).as("the question was not written").isNull();
            assertThat(standing(status, "城镇调查失业率").actual()).as("nor the implausible rate").isNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"statistics-minghu-2024.xlsx", "statistics-minghu-2024.xls"})
    void aConfirmedNameExtendsThePlansSynonymsAndNextMonthsFileMapsByItself(String name) throws Exception {
        try (Workspace ws = Workspace.create(dir.resolve("w.tmdb"))) {
            Plan plan = minghu(ws);
            List<com.targetmonitor.logic.excel.stats.StatFile> files =
                    ImportFiles.read(List.of(fixture(name)), ImportOptions.NONE).statistics();
            ImportSession first = StatisticsImporter.preview(ws, plan, files, ImportOptions.NONE);
            PreviewRow question = row(first.preview(), "开放与文旅!B13");
            assertThat(row(first.accept(question.id()), "开放与文旅!B13").state()).isEqualTo(RowState.APPLY);
            first.apply();

            PreviewRow again = row(StatisticsImporter.preview(ws, plan, files, ImportOptions.NONE).preview(),
                    "开放与文旅!B13");
            assertThat(again.matchKind()).isEqualTo(MatchKind.ALIAS);
            assertThat(again.indicatorName()).isEqualTo("城市生活污水集中收集率");
            assertThat(again.state()).as("written by the first import").isEqualTo(RowState.UNCHANGED);
            assertThat(again.newValue()).isEqualTo(96.5);
        }
    }

    private static Standing standing(PlanStatus status, String indicator) {
        return status.rows().stream().map(r -> r.standing()).filter(s -> s.indicator().name().equals(indicator))
                .findFirst().orElseThrow(() -> new AssertionError("no indicator " + indicator));
    }

    private static void expect(PlanStatus status, String indicator, String completion, Status expected) {
        Standing s = standing(status, indicator);
        assertThat(s.completionPct().setScale(2, RoundingMode.HALF_UP)).as(indicator)
                .isEqualByComparingTo(new BigDecimal(completion));
        assertThat(s.timeProgressPct()).as(indicator).isEqualByComparingTo("50");
        assertThat(s.status()).as(indicator).isEqualTo(expected);
    }
}
