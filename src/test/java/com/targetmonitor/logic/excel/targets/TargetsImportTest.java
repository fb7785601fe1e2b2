package com.targetmonitor.logic.excel.targets;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.excel.Workbooks;
import com.targetmonitor.logic.excel.imports.ImportFiles;
import com.targetmonitor.logic.excel.imports.ImportHistory;
import com.targetmonitor.logic.excel.imports.ImportOptions;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.Category;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.Qualifier;
import com.targetmonitor.model.ResponsibilityRole;
import com.targetmonitor.persistence.Workspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetsImportTest {

    @TempDir
    Path dir;
    Workspace ws;

    /** A 目标任务分解表 with a merged title, columns in an unusual order, sections and 其中 rows. */
    static final Object[][] TABLE = {
            {"2024年金昌市主要目标任务分解表"},
            {"指标名称", "序号", "目标", "单位", "牵头单位", "配合单位", "指标属性"},
            {"经济发展", "一", null, null, null, null, null},
            {"地区生产总值增速", 1, "6%左右", "%", "金昌市发展改革委", "金昌市统计局", "预期性"},
            {"城镇新增就业", 2, "≥9500", "人", "金昌市人社局", null, "预期性"},
            {"招商引资到位资金", 3, "突破165", "亿元", "金昌市商务局", "金川区、永昌县", "预期性"},
            {"其中：有色金属新材料产业链", null, "60以上", "亿元", "有色金属新材料产业链", null, null},
            {"　　新能源产业链", null, "40", "亿元", "新能源和新能源电池产业链", null, null},
            {"民生保障", "二", null, null, null, null, null},
            {"城镇调查失业率", 4, "控制在5.5%以内", "%", "金昌市人社局", null, "预期性"},
            {"单位地区生产总值能耗", 5, "下降3%", "%", "金昌市生态环境局", null, "约束性"},
            {"兰张三四线金昌段开工", 6, "年底前完成", null, "市交通运输局", null, null},
            {"注：牵头单位列第一位。"}};

    @BeforeEach
    void open() {
        ws = WorkspaceOpener.openOrCreateWithSeeds(dir.resolve("w.tmdb"));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private TargetsTable read() throws Exception {
        Path file = Workbooks.xlsx(dir.resolve("分解表.xlsx"), "Sheet1", TABLE,
                s -> s.addMergedRegion(new CellRangeAddress(0, 0, 0, 6)));
        ImportFiles files = ImportFiles.read(List.of(file), ImportOptions.NONE);
        assertThat(files.statistics()).isEmpty();
        return files.targets().get(0);
    }

    @Test
    void readsSectionsPartsAndTargetsWhateverTheColumnOrder() throws Exception {
        TargetsTable table = read();
        assertThat(table.year()).isEqualTo(2024);
        assertThat(table.lines()).extracting(TargetLine::name).containsExactly("地区生产总值增速", "城镇新增就业",
                "招商引资到位资金", "有色金属新材料产业链", "新能源产业链", "城镇调查失业率", "单位地区生产总值能耗", "兰张三四线金昌段开工");
        assertThat(table.lines()).extracting(TargetLine::category).startsWith("一、经济发展").endsWith("二、民生保障");
        assertThat(table.lines().get(3).parent()).isEqualTo(2);
        assertThat(table.lines().get(4).parent()).as("the indented row under 其中").isEqualTo(2);
        assertThat(table.lines().get(5).parent()).isEqualTo(-1);
        assertThat(table.lines().get(0).nameCell()).isEqualTo("Sheet1!A4");
        assertThat(table.skipped()).extracting(s -> s.reason().name()).containsExactly("FOOTNOTE");
    }

    @Test
    void createsThePlanWithCategoriesUnitsAndDecompositionAndUndoRemovesIt() throws Exception {
        TargetsTable table = read();
        Plan plan = TargetsImporter.newPlan("金昌市2024年", 2024, table);
        TargetsPreview preview = TargetsImporter.preview(ws, plan, table);
        assertThat(preview.createsPlan()).isTrue();
        assertThat(preview.newUnits()).as("市交通运输局 of this plan's region, named as the seeds name theirs")
                .contains("金昌市交通运输局").doesNotContain("金昌市人社局", "市交通运输局");
        TargetsResult result = TargetsImporter.apply(ws, preview);
        assertThat(result.created()).isEqualTo(8);
        Plan saved = ws.plans().findByName("金昌市2024年").orElseThrow();
        assertThat(saved.year()).isEqualTo(2024);
        assertThat(saved.region()).isEqualTo("金昌市");
        assertThat(ws.plans().categories(saved.id())).extracting(Category::name).containsExactly("一、经济发展", "二、民生保障");
        Map<String, Indicator> byName = ws.indicators().findByPlan(saved.id()).stream()
                .collect(Collectors.toMap(Indicator::name, Function.identity()));
        Indicator attract = byName.get("招商引资到位资金");
        assertThat(attract.target().qualifier()).isEqualTo(Qualifier.EXCEED);
        assertThat(attract.responsibilities()).extracting(r -> r.role()).containsExactly(ResponsibilityRole.LEAD,
                ResponsibilityRole.SUPPORT, ResponsibilityRole.SUPPORT);
        assertThat(byName.get("有色金属新材料产业链").parentId()).isEqualTo(attract.id());
        assertThat(byName.get("新能源产业链").parentId()).isEqualTo(attract.id());
        assertThat(byName.get("单位地区生产总值能耗").target().value()).isEqualTo(-3.0);
        assertThat(byName.get("单位地区生产总值能耗").source().note()).isEqualTo("指标属性：约束性");
        assertThat(byName.get("兰张三四线金昌段开工").kind()).isEqualTo(IndicatorKind.MILESTONE);
        assertThat(byName.get("兰张三四线金昌段开工").target().deadline()).isEqualTo(LocalDate.of(2024, 12, 31));
        long city = ws.units().findByName("金昌市").orElseThrow().id();
        assertThat(ws.units().findByName("金昌市交通运输局").orElseThrow().parentId()).isEqualTo(city);

        new ImportHistory(ws).undo(result.batch().id());
        assertThat(ws.plans().findByName("金昌市2024年")).isEmpty();
        assertThat(ws.units().findByName("金昌市交通运输局")).as("undo removes the units it created").isEmpty();
        assertThat(ws.units().findByName("金昌市人社局")).as("units it only used stay").isPresent();
    }

    @Test
    void intoAnExistingPlanItUpdatesTargetsAndUndoPutsThemBack() throws Exception {
        Plan plan = ws.plans().findByName("金昌市2022年").orElseThrow();
        Object[][] table = {{"指标名称", "单位", "目标"}, {"城镇新增就业", "人", "10000以上"}, {"新增指标", "个", "3"}};
        Path file = Workbooks.xlsx(dir.resolve("t.xlsx"), "目标任务分解", table);
        TargetsTable read = ImportFiles.read(List.of(file), ImportOptions.NONE).targets().get(0);
        TargetsPreview preview = TargetsImporter.preview(ws, plan, read);
        assertThat(preview.rows()).extracting(TargetPreviewRow::action).containsExactly(TargetAction.UPDATE,
                TargetAction.CREATE);
        TargetsResult result = TargetsImporter.apply(ws, preview);
        Indicator employment = ws.indicators().findByPlan(plan.id()).stream()
                .filter(i -> i.name().equals("城镇新增就业")).findFirst().orElseThrow();
        assertThat(employment.target().value()).isEqualTo(10000.0);
        new ImportHistory(ws).undo(result.batch().id());
        assertThat(ws.indicators().find(employment.id()).orElseThrow().target().value()).isEqualTo(9500.0);
        assertThat(ws.indicators().findByPlan(plan.id())).noneMatch(i -> i.name().equals("新增指标"));
    }
}
