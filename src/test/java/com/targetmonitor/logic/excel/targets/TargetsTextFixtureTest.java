package com.targetmonitor.logic.excel.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetmonitor.logic.excel.imports.ImportFiles;
import com.targetmonitor.logic.excel.imports.ImportOptions;
import com.targetmonitor.logic.excel.read.SpreadsheetException;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.model.Direction;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Origin;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Qualifier;
import com.targetmonitor.model.RuleSet;
import com.targetmonitor.model.Standing;
import com.targetmonitor.model.StatusCalculator;
import com.targetmonitor.model.Target;
import com.targetmonitor.persistence.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The targets-text traps of a LibreOffice-made 目标任务分解表 (src/test/resources/excel/src/
 * targets-minghu-2024.html): every row becomes the right indicator, or is listed with its reason.
 */
class TargetsTextFixtureTest {

    @TempDir
    Path dir;

    private Path fixture(String name) throws Exception {
        return Files.copy(Path.of(getClass().getResource("/excel/" + name).toURI()), dir.resolve(name));
    }

    private record Want(IndicatorKind kind, Double value, Qualifier qualifier, String unit, String lead) {
    }

    private static Want want(IndicatorKind kind, Double value, Qualifier qualifier, String unit, String lead) {
        return new Want(kind, value, qualifier, unit, lead);
    }

    @ParameterizedTest
    @ValueSource(strings = {"targets-minghu-2024.xlsx", "targets-minghu-2024.xls"})
    void everyRowBecomesTheRightIndicatorOrIsListedWithItsReason(String name) throws Exception {
        TargetsTable table = ImportFiles.read(List.of(fixture(name)), ImportOptions.NONE).targets().get(0);
        Map<String, Want> expected = Map.ofEntries(
                Map.entry("地区生产总值增长", want(IndicatorKind.GROWTH_RATE, 6.0, Qualifier.ABOUT, "%", "市发改委")),
                Map.entry("重点项目年度计划投资", want(IndicatorKind.AMOUNT, 320.0, Qualifier.NONE, "亿元", "市发改委")),
                Map.entry("固定资产投资增长", want(IndicatorKind.GROWTH_RATE, 8.0, Qualifier.NONE, "%",
                        "市发改委")), // the merge over 牵头单位 carries down
                Map.entry("社会消费品零售总额", want(IndicatorKind.AMOUNT, 500.0, Qualifier.EXCEED, "亿元", "市商务局")),
                Map.entry("城镇新增就业人数", want(IndicatorKind.AMOUNT, 12000.0, Qualifier.AT_LEAST, "人", "市人社局")),
                Map.entry("高校毕业生就业", want(IndicatorKind.AMOUNT, 5000.0, Qualifier.NONE, "人", "市人社局")),
                Map.entry("细颗粒物（PM2.5）平均浓度", want(IndicatorKind.LEVEL, 32.0, Qualifier.AT_MOST, "微克/立方米",
                        "市生态环境局")),
                Map.entry("空气质量优良天数比例", want(IndicatorKind.LEVEL, 90.0, Qualifier.AT_LEAST, "%", "市生态环境局")),
                Map.entry("城市生活污水集中收集率", want(IndicatorKind.LEVEL, 95.0, Qualifier.AT_LEAST, "%", "市住建局")),
                Map.entry("城镇调查失业率", want(IndicatorKind.LEVEL, 5.5, Qualifier.AT_MOST, "%", "市人社局")),
                Map.entry("老旧小区改造", want(IndicatorKind.COUNT, 50.0, Qualifier.NONE, "个", "市住建局")),
                Map.entry("产业项目完成投资", want(IndicatorKind.AMOUNT, 200.0, Qualifier.AT_LEAST, "亿元", "市发改委")),
                Map.entry("明湖大桥建设", want(IndicatorKind.MILESTONE, null, Qualifier.NONE, "", "市交通运输局")),
                Map.entry("森林覆盖率", want(IndicatorKind.LEVEL, 35.0, Qualifier.AT_LEAST, "%", "市林草局")),
                Map.entry("完成营造林", want(IndicatorKind.AMOUNT, 15.0, Qualifier.NONE, "万亩", "市林草局")),
                Map.entry("实际利用外资", want(IndicatorKind.AMOUNT, 2.0, Qualifier.NONE, "亿美元", "市商务局")),
                Map.entry("接待游客", want(IndicatorKind.AMOUNT, 1500.0, Qualifier.NONE, "万人次", "市文旅局")),
                Map.entry("新增市场主体", want(IndicatorKind.COUNT, 8000.0, Qualifier.NONE, "户", "市市场监管局")),
                // A share and a rate with a floor are levels, although the first names two flows (增加值, 总值).
                Map.entry("第三产业增加值占地区生产总值比重", want(IndicatorKind.LEVEL, 50.0, Qualifier.AT_LEAST, "%",
                        "市发改委")),
                Map.entry("空气质量优良率", want(IndicatorKind.LEVEL, 88.0, Qualifier.AT_LEAST, "%", "市生态环境局")));

        try (Workspace ws = Workspace.create(dir.resolve("w.tmdb"))) {
            TargetsProposal proposal = TargetsProposal.propose(ws, null, table);
            assertThat(proposal.choice().plan().name()).isEqualTo("明湖市2024年");
            TargetsPreview preview = proposal.preview();
            assertThat(preview.rows()).as("no row is an error").noneMatch(r -> r.action() == TargetAction.ERROR);
            // Nothing silently dropped: 20 indicator rows, the footnote listed with its reason, nothing else.
            assertThat(preview.rows()).extracting(r -> r.line().name())
                    .containsExactlyInAnyOrderElementsOf(expected.keySet());
            assertThat(table.skipped()).singleElement().satisfies(s -> {
                assertThat(s.reason().name()).isEqualTo("FOOTNOTE");
                assertThat(s.address()).isEqualTo("Sheet1!A27");
            });
            TargetsResult result = TargetsImporter.apply(ws, preview);
            Map<String, Indicator> made = ws.indicators().findByPlan(result.plan().id()).stream()
                    .collect(Collectors.toMap(Indicator::name, Function.identity()));
            expected.forEach((indicator, w) -> {
                Indicator i = made.get(indicator);
                assertThat(i).as(indicator).isNotNull();
                assertThat(i.kind()).as(indicator).isEqualTo(w.kind());
                assertThat(i.target().value()).as(indicator).isEqualTo(w.value());
                assertThat(i.target().qualifier()).as(indicator).isEqualTo(w.qualifier());
                assertThat(i.unitOfMeasure()).as(indicator).isEqualTo(w.unit());
                assertThat(ws.units().find(i.responsibilities().get(0).unitId()).orElseThrow().name()).as(indicator)
                        .isEqualTo("明湖市" + w.lead().substring(1));
            });
            assertThat(made.get("固定资产投资增长").target().stretch()).as("力争 kept").isEqualTo(10.0);
            assertThat(made.get("产业项目完成投资").responsibilities()).as("two units in one cell").hasSize(2);
            assertThat(made.get("高校毕业生就业").parentId()).isEqualTo(made.get("城镇新增就业人数").id());
            assertThat(made.get("明湖大桥建设").target().deadline()).isEqualTo(LocalDate.of(2024, 6, 30));
            assertThat(made.get("城镇调查失业率").target().direction()).isEqualTo(Direction.LOWER_BETTER);

            // PM2.5 at 30 under a ceiling of 32 is judged by deviation: 2 points better, no completion %.
            Indicator pm = made.get("细颗粒物（PM2.5）平均浓度");
            Standing s = new StatusCalculator(RuleSet.DEFAULT).evaluate(pm, List.of(new Observation(null, pm.id(),
                    Period.month(2024, 6), 30.0, null, null, Origin.TYPED, "")), 2024, AsOf.of(2024, 6));
            assertThat(s.completionPct()).isNull();
            assertThat(s.deviationPts()).isEqualByComparingTo("-2");
            assertThat(s.status().name()).isNotIn("BEHIND", "MISSED");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"targets-prose.xlsx", "targets-prose.xls"})
    void aSheetOfProseIsRefusedAndCreatesNothing(String name) throws Exception {
        Path file = fixture(name);
        assertThatThrownBy(() -> ImportFiles.read(List.of(file), ImportOptions.NONE))
                .isInstanceOf(SpreadsheetException.class).hasMessageContaining("no header");
    }

    @ParameterizedTest
    @ValueSource(strings = {"6％左右", "增长6%左右"})
    void fullWidthPercentIsRead(String text) {
        var parsed = com.targetmonitor.logic.excel.text.TargetTextParser.parse(text, "", "地区生产总值增长", 2024);
        assertThat(parsed.target()).isEqualTo(new Target(6.0, Qualifier.ABOUT, Direction.HIGHER_BETTER, null, null));
        assertThat(parsed.kind()).isEqualTo(IndicatorKind.GROWTH_RATE);
    }
}
