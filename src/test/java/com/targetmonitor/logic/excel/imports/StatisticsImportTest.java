package com.targetmonitor.logic.excel.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetmonitor.logic.excel.Workbooks;
import com.targetmonitor.logic.excel.read.SpreadsheetException;
import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.logic.task.CancelledException;
import com.targetmonitor.logic.task.ProgressListener;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.OriginKind;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.ImportBatch;
import com.targetmonitor.persistence.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Statistics imported into the seed plan 金昌市2022年, whose 1-6月 actuals come with the seeds. */
class StatisticsImportTest {

    @TempDir
    Path dir;
    Workspace ws;
    Plan plan;

    static final Object[][] REPORT = {
            {"金昌市2022年1-6月主要经济指标"},
            {"指标名称", "计量单位", "本月", null, "1-6月", null},
            {null, null, "绝对值", "增长%", "绝对值", "比上年同期增长%"},
            {"地区生产总值（亿元）", "亿元", null, null, "312.5", "8.1"},
            {"规模以上工业增加值", null, null, null, null, "下降2.1"},
            {"城镇新增就业", "人", 900, null, 5800, null},
            {"招商引资到位资金", "万元", null, null, "１２３４５６", null},
            {"一般公共预算收入", "亿元", null, null, "—", "17.33"},
            {"全社会固定资产投资", "亿元", null, null, "—", "11.7"},
            {"高新技术企业数", "家", null, null, 61, null},
            {"某个奇怪的指标", "个", null, null, 7, null},
            {"注：本表数据为快报数"}};

    @BeforeEach
    void open() {
        ws = WorkspaceOpener.openOrCreateWithSeeds(dir.resolve("w.tmdb"));
        plan = new PlanStatusService(ws).findPlan("金昌市2022");
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private ImportSession session(Object[][] rows, String name) throws Exception {
        Path file = Workbooks.xlsx(dir.resolve(name), "月报", rows);
        return StatisticsImporter.preview(ws, plan, StatisticsImporter.read(List.of(file), ImportOptions.NONE),
                ImportOptions.NONE);
    }

    private Indicator indicator(String name) {
        return ws.indicators().findByPlan(plan.id()).stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no indicator " + name));
    }

    private Double value(String name, Period period) {
        return ws.observations().find(indicator(name).id(), period).map(Observation::value).orElse(null);
    }

    private static PreviewRow row(ImportPreview p, String rawName) {
        return p.rows().stream().filter(r -> r.rawName().equals(rawName)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + rawName + " in " + p.rows()));
    }

    @Test
    void previewMapsRowsConvertsUnitsAndWritesNothing() throws Exception {
        Double before = value("城镇新增就业", Period.month(2022, 6));
        ImportPreview p = session(REPORT, "r.xlsx").preview();

        PreviewRow gdp = row(p, "地区生产总值（亿元）");
        assertThat(gdp.indicatorName()).isEqualTo("地区生产总值增速");
        assertThat(gdp.period()).as("GDP is quarterly").isEqualTo(Period.quarter(2022, 2));
        assertThat(gdp.newValue()).isEqualTo(8.1);
        assertThat(gdp.oldValue()).isEqualTo(11.7);
        assertThat(gdp.cell()).isEqualTo("月报!F4");
        assertThat(gdp.state()).isEqualTo(RowState.APPLY);

        PreviewRow industry = row(p, "规模以上工业增加值");
        assertThat(industry.indicatorName()).isEqualTo("规上工业增加值增速");
        assertThat(industry.newValue()).isEqualTo(-2.1);

        PreviewRow invest = row(p, "招商引资到位资金");
        assertThat(invest.newValue()).as("123456 万元 in 亿元").isEqualTo(12.3456);
        assertThat(invest.problems()).extracting(ImportProblem::code).contains(ImportProblem.Code.UNIT_CONVERTED);

        assertThat(row(p, "一般公共预算收入").state()).isEqualTo(RowState.UNCHANGED);
        assertThat(row(p, "高新技术企业数").indicatorName()).isEqualTo("高新技术企业数量");
        assertThat(row(p, "全社会固定资产投资").indicatorName()).isEqualTo("固定资产投资增速");

        PreviewRow odd = row(p, "某个奇怪的指标");
        assertThat(odd.state()).isEqualTo(RowState.UNMATCHED);
        assertThat(odd.cell()).isEqualTo("月报!E11");
        assertThat(p.skipped()).singleElement().satisfies(s -> assertThat(s.cell()).isEqualTo("月报!A12"));
        assertThat(value("城镇新增就业", Period.month(2022, 6))).isEqualTo(before);
    }

    @Test
    void applyWritesInOneBatchAndUndoPutsEverythingBack() throws Exception {
        Period june = Period.month(2022, 6);
        ImportSession s = session(REPORT, "r.xlsx");
        long toWrite = s.preview().writes();
        ImportResult result = s.apply();
        assertThat(result.written()).isEqualTo(toWrite);
        ImportBatch batch = result.batches().get(0);
        assertThat(batch.fileName()).isEqualTo("r.xlsx");
        assertThat(batch.sha256()).hasSize(64);
        assertThat(batch.rowCount()).isEqualTo(toWrite);
        assertThat(batch.periodLabel()).isEqualTo("2022年1-6月");

        assertThat(value("城镇新增就业", june)).isEqualTo(5800.0);
        assertThat(value("招商引资到位资金", june)).isEqualTo(12.3456);
        Observation employment = ws.observations().find(indicator("城镇新增就业").id(), june).orElseThrow();
        assertThat(employment.origin().kind()).isEqualTo(OriginKind.IMPORT);
        assertThat(employment.sourceSentence()).contains("r.xlsx").contains("月报!E6");
        assertThat(value("高新技术企业数量", june)).as("a new observation").isEqualTo(61.0);

        ImportHistory history = new ImportHistory(ws);
        assertThat(history.batches(plan.id())).extracting(ImportBatch::id).containsExactly(batch.id());
        UndoResult undo = history.undo(batch.id());
        assertThat(undo.restored()).isEqualTo((int) toWrite);
        assertThat(value("城镇新增就业", june)).isEqualTo(5732.0);
        assertThat(ws.observations().find(indicator("城镇新增就业").id(), june).orElseThrow().origin())
                .isEqualTo(com.targetmonitor.model.Origin.SEED);
        assertThat(value("招商引资到位资金", june)).isEqualTo(93.2);
        assertThat(value("高新技术企业数量", june)).isNull();
        assertThat(history.batches(plan.id()).get(0).isUndone()).isTrue();
        assertThatThrownBy(() -> history.undo(batch.id())).hasMessageContaining("already undone");
    }

    @Test
    void aLaterImportOfTheSameCellsMustBeUndoneFirst() throws Exception {
        ImportResult first = session(REPORT, "r.xlsx").apply();
        Object[][] july = REPORT.clone();
        july[5] = new Object[] {"城镇新增就业", "人", 900, null, 5900, null};
        ImportResult second = session(july, "r2.xlsx").apply();
        ImportHistory history = new ImportHistory(ws);
        assertThat(history.whyNotUndoable(first.batches().get(0).id())).get().asString().contains("r2.xlsx");
        history.undo(second.batches().get(0).id());
        assertThat(value("城镇新增就业", Period.month(2022, 6))).isEqualTo(5800.0);
        history.undo(first.batches().get(0).id());
        assertThat(value("城镇新增就业", Period.month(2022, 6))).isEqualTo(5732.0);
    }

    @Test
    void aWeakMatchIsAQuestionUntilConfirmedAndThenRememberedAsAlias() throws Exception {
        Object[][] rows = {{"2022年1-6月"}, {"指标名称", "1-6月"}, {"新认定高新技术企业数", 9}};
        ImportSession s = session(rows, "q.xlsx");
        PreviewRow q = s.preview().rows().get(0);
        assertThat(q.state()).isIn(RowState.QUESTION, RowState.UNMATCHED);
        assertThat(s.apply().written()).as("questions are not written").isZero();

        ImportSession again = session(rows, "q2.xlsx");
        int id = again.preview().rows().get(0).id();
        assertThat(again.candidates(id).get(0).name()).startsWith("高新技术企业");
        ImportPreview after = again.assign(id, indicator("高新技术企业新认定").id());
        assertThat(after.row(id).state()).isEqualTo(RowState.APPLY);
        assertThat(after.row(id).matchKind()).isEqualTo(MatchKind.CONFIRMED);
        ImportResult r = again.apply();
        assertThat(r.aliases()).isEqualTo(1);
        assertThat(value("高新技术企业新认定", Period.month(2022, 6))).isEqualTo(9.0);

        Object[][] nextMonth = {{"2022年1-7月"}, {"指标名称", "1-7月"}, {"新认定高新技术企业数", 11}};
        PreviewRow mapped = session(nextMonth, "q3.xlsx").preview().rows().get(0);
        assertThat(mapped.matchKind()).isEqualTo(MatchKind.ALIAS);
        assertThat(mapped.state()).isEqualTo(RowState.APPLY);
        assertThat(mapped.period()).isEqualTo(Period.month(2022, 7));
    }

    @Test
    void twoDifferentValuesForOneCellAreAConflictAndNeitherIsWritten() throws Exception {
        Object[][] rows = {{"2022年1-6月"}, {"指标名称", "单位", "1-6月"}, {"城镇新增就业", "人", 5800},
                {"城镇新增就业", "万人", 0.59}};
        ImportPreview p = session(rows, "c.xlsx").preview();
        assertThat(p.rows()).extracting(PreviewRow::state).containsExactly(RowState.ERROR, RowState.ERROR);
        assertThat(p.rows().get(0).problems()).extracting(ImportProblem::message)
                .anySatisfy(m -> assertThat(m).contains("月报!C4"));
    }

    @Test
    void wrongUnitsMonthOnlyValuesAndOtherYearsAreErrorsWithTheirCell() throws Exception {
        Object[][] rows = {{"2022年1-6月"}, {"指标名称", "单位", "本月", "1-6月"}, {"城镇新增就业", "万吨", null, 5800},
                {"招商引资到位资金", "亿元", 20, "—"}};
        ImportPreview p = session(rows, "u.xlsx").preview();
        assertThat(row(p, "城镇新增就业").problems()).extracting(ImportProblem::message)
                .anySatisfy(m -> assertThat(m).startsWith("月报!D3: ").contains("万吨"));
        assertThat(row(p, "招商引资到位资金").problems()).extracting(ImportProblem::code)
                .containsExactly(ImportProblem.Code.MONTH_VALUE_ONLY);
        Object[][] otherYear = {{"2024年1-6月"}, {"指标名称", "1-6月"}, {"城镇新增就业", 5800}};
        assertThat(session(otherYear, "y.xlsx").preview().rows().get(0).problems()).extracting(ImportProblem::code)
                .containsExactly(ImportProblem.Code.OUTSIDE_PLAN_YEAR);
    }

    /** The grid's reader and done-words (ADR 0014): an estimate is named, "×" is not done, "2" is no state. */
    @Test
    void estimatesAreNamedAndMilestonesTakeTheGridsWords() throws Exception {
        Object[][] rows = {{"2022年1-6月"}, {"指标名称", "单位", "1-6月"}, {"城镇新增就业", "人", "约5800"},
                {"兰张三四线金昌段开工", null, "×"}, {"嘉峪关路、西宁路、延安路、公园路新建和改造", null, "2"},
                {"2万吨高精电子铜带、25万只锂离子电池等重点项目建成投产", null, "已完成"}};
        ImportPreview p = session(rows, "m.xlsx").preview();
        assertThat(row(p, "城镇新增就业").problems()).extracting(ImportProblem::code)
                .containsExactly(ImportProblem.Code.APPROXIMATE);
        assertThat(row(p, "城镇新增就业").problems()).extracting(ImportProblem::message)
                .containsExactly("月报!C3: '约5800' is an estimate or a bound, not a figure");
        assertThat(row(p, "兰张三四线金昌段开工").newValue()).isEqualTo(0.0);
        assertThat(row(p, "嘉峪关路、西宁路、延安路、公园路新建和改造").problems()).extracting(ImportProblem::code)
                .containsExactly(ImportProblem.Code.NOT_A_MILESTONE_STATE);
        assertThat(row(p, "2万吨高精电子铜带、25万只锂离子电池等重点项目建成投产").newValue()).isEqualTo(1.0);
    }

    @Test
    void theYearAndPeriodCanBeGiven() throws Exception {
        Object[][] rows = {{"指标名称", "1-2月"}, {"城镇新增就业", 1500}};
        Path file = Workbooks.xlsx(dir.resolve("jan.xlsx"), "S", rows);
        PreviewRow r = StatisticsImporter.preview(ws, plan, StatisticsImporter.read(List.of(file),
                ImportOptions.NONE), ImportOptions.NONE).preview().rows().get(0);
        assertThat(r.period()).as("the plan's year by default").isEqualTo(Period.month(2022, 2));
        Path noPeriod = Workbooks.xlsx(dir.resolve("np.xlsx"), "S", new Object[][] {{"指标名称", "数值"},
                {"城镇新增就业", 1500}});
        assertThatThrownBy(() -> StatisticsImporter.read(List.of(noPeriod), ImportOptions.NONE))
                .isInstanceOfSatisfying(SpreadsheetException.class, e -> assertThat(e.reason())
                        .isEqualTo(SpreadsheetException.Reason.PERIOD_UNKNOWN));
        ImportOptions march = new ImportOptions(Period.month(2022, 3), null);
        PreviewRow given = StatisticsImporter.preview(ws, plan, StatisticsImporter.read(List.of(noPeriod), march),
                march).preview().rows().get(0);
        assertThat(given.period()).isEqualTo(Period.month(2022, 3));
    }

    @Test
    void aCancelledApplyWritesNothing() throws Exception {
        ImportSession s = session(REPORT, "r.xlsx");
        AtomicInteger checks = new AtomicInteger();
        assertThatThrownBy(() -> s.apply(ProgressListener.NONE, () -> checks.incrementAndGet() > 3))
                .isInstanceOf(CancelledException.class);
        assertThat(value("城镇新增就业", Period.month(2022, 6))).isEqualTo(5732.0);
        assertThat(value("招商引资到位资金", Period.month(2022, 6))).isEqualTo(93.2);
        assertThat(ws.imports().findByPlan(plan.id())).isEmpty();
    }
}
