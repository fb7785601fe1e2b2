package com.targetmonitor.ui.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.excel.imports.ImportHistory;
import com.targetmonitor.logic.excel.targets.PlanChoice;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.Unit;
import com.targetmonitor.persistence.Workspace;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.dialog.RecordingDialogService;
import com.targetmonitor.ui.task.SyncTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A targets table goes into the plan its file names, never into the plan the window happens to show
 * (LibreOffice-made tables, see src/test/resources/excel/README.md), and undo takes back all it made.
 */
class ImportPlanChoiceViewModelTest {

    @TempDir
    Path dir;
    ExcelTestWorkspace w;
    RecordingDialogService dialogs = new RecordingDialogService();

    @BeforeEach
    void open() {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        w = new ExcelTestWorkspace(dir);
    }

    @AfterEach
    void close() {
        w.close();
    }

    private Workspace ws() {
        return w.session.workspace();
    }

    private Path fixture(String name) throws Exception {
        return Files.copy(Path.of(getClass().getResource("/excel/" + name).toURI()), dir.resolve(name));
    }

    private ImportPreviewViewModel read(String fixture) throws Exception {
        ImportPreviewViewModel vm = new ImportPreviewViewModel(new com.targetmonitor.logic.excel.imports.ImportService(w.session), new SyncTaskExecutor(), dialogs,
                () -> w.plan, Runnable::run);
        vm.read(List.of(fixture(fixture)));
        assertThat(dialogs.errors()).isEmpty();
        assertThat(vm.phaseProperty().get()).isEqualTo(ImportPreviewViewModel.Phase.PREVIEW);
        return vm;
    }

    /** The shown plan's indicators with their targets, to compare before and after. */
    private Map<String, String> shownTargets() {
        return ws().indicators().findByPlan(w.plan.id()).stream()
                .collect(Collectors.toMap(i -> i.id() + i.name(), i -> String.valueOf(i.target())));
    }

    @Test
    void aTableOfAnotherCityAndYearGoesIntoANewPlanNamedFromItAndTheShownPlanIsUntouched() throws Exception {
        Map<String, String> before = shownTargets();
        int unitsBefore = ws().units().findAll().size();
        ImportPreviewViewModel vm = read("targets-minghu-2024.xlsx");

        assertThat(vm.targetTables()).singleElement().satisfies(t -> {
            assertThat(t.choice().kind()).isEqualTo(PlanChoice.Kind.NEW);
            assertThat(t.choice().plan().name()).isEqualTo("明湖市2024年");
            assertThat(t.choice().plan().id()).isNull();
        });
        assertThat(vm.planText(0)).isEqualTo("目标表“targets-minghu-2024.xlsx”写明明湖市2024年，工作区中没有地区和年份一致的计划；"
                + "将新建计划“明湖市2024年”，当前计划“金昌市2022年”不会改动。");
        assertThat(vm.targetRows()).as("every row is a new indicator of the new plan")
                .allSatisfy(r -> assertThat(r.existingId()).isNull());
        assertThat(vm.newUnitsProperty().get()).startsWith("将新建责任单位：明湖市 / 明湖市发改委");

        vm.apply();

        assertThat(shownTargets()).as("金昌市2022年 keeps every target").isEqualTo(before);
        Plan minghu = ws().plans().findByName("明湖市2024年").orElseThrow();
        assertThat(minghu.region()).isEqualTo("明湖市");
        assertThat(minghu.year()).isEqualTo(2024);
        Unit city = ws().units().findByName("明湖市").orElseThrow();
        List<Unit> created = ws().units().findAll().subList(unitsBefore, ws().units().findAll().size());
        assertThat(created).as("units the import made belong to 明湖市").isNotEmpty()
                .allSatisfy(u -> assertThat(u.id().equals(city.id()) || city.id().equals(u.parentId())).isTrue());
        assertThat(ws().units().findByName("市发改委")).as("no unit without its region").isEmpty();
        Indicator gdp = ws().indicators().findByPlan(minghu.id()).stream()
                .filter(i -> i.name().equals("地区生产总值增长")).findFirst().orElseThrow();
        assertThat(ws().units().find(gdp.responsibilities().get(0).unitId()).orElseThrow().name())
                .isEqualTo("明湖市发改委");

        long batch = ws().imports().findByPlan(minghu.id()).get(0).id();
        new ImportHistory(ws()).undo(batch);

        assertThat(ws().plans().findByName("明湖市2024年")).isEmpty();
        assertThat(ws().units().findAll()).as("undo removes the units the import created").hasSize(unitsBefore);
        assertThat(shownTargets()).isEqualTo(before);
    }

    @Test
    void aTableOfTheSameCityForAnotherYearGoesIntoThatYearsPlan() throws Exception {
        Map<String, String> before = shownTargets();
        ImportPreviewViewModel vm = read("targets-jinchang-2023.xlsx");
        Plan y2023 = ws().plans().findByName("金昌市2023年").orElseThrow();
        assertThat(vm.targetTables().get(0).choice().kind()).isEqualTo(PlanChoice.Kind.EXISTING);
        assertThat(vm.targetTables().get(0).choice().plan().id()).isEqualTo(y2023.id());
        assertThat(vm.planText(0)).contains("与当前计划“金昌市2022年”不符").contains("已有计划“金昌市2023年”");

        vm.apply();

        assertThat(shownTargets()).isEqualTo(before);
        assertThat(ws().indicators().findByPlan(y2023.id())).anySatisfy(i -> {
            assertThat(i.name()).isEqualTo("新建充电桩");
            assertThat(i.target().value()).isEqualTo(700.0);
        });
    }

    @Test
    void theSameRegionInAYearNoPlanHasGetsANewPlanReusingTheRegionsUnitsAndUndoTakesAllBack() throws Exception {
        Map<String, String> before = shownTargets();
        Plan y2023 = ws().plans().findByName("金昌市2023年").orElseThrow();
        int indicators2023 = ws().indicators().findByPlan(y2023.id()).size();
        List<Unit> unitsBefore = ws().units().findAll();
        ImportPreviewViewModel vm = read("targets-jinchang-2024.xlsx");

        PlanChoice choice = vm.targetTables().get(0).choice();
        assertThat(choice.kind()).as("the region agrees, the year does not").isEqualTo(PlanChoice.Kind.NEW);
        assertThat(choice.plan().name()).isEqualTo("金昌市2024年");
        assertThat(vm.planText(0)).isEqualTo("目标表“targets-jinchang-2024.xlsx”写明金昌市2024年，工作区中没有地区和年份一致的计划；"
                + "将新建计划“金昌市2024年”，当前计划“金昌市2022年”不会改动。");
        assertThat(vm.summaryProperty().get()).as("the three new indicators are writes").startsWith("将写入 3 项");

        vm.apply();

        assertThat(shownTargets()).isEqualTo(before);
        assertThat(ws().indicators().findByPlan(y2023.id())).hasSize(indicators2023);
        Plan y2024 = ws().plans().findByName("金昌市2024年").orElseThrow();
        Map<String, String> leads = ws().indicators().findByPlan(y2024.id()).stream().collect(Collectors.toMap(
                Indicator::name, i -> ws().units().find(i.responsibilities().get(0).unitId()).orElseThrow().name()));
        assertThat(leads).containsEntry("城镇新增就业", "金昌市人社局").containsEntry("新增规上企业", "金昌市工信局")
                .containsEntry("数字经济核心产业增加值增长", "金昌市数据局");
        Unit city = ws().units().findByName("金昌市").orElseThrow();
        assertThat(ws().units().findAll()).as("only the unit 金昌市 lacked is created, under 金昌市")
                .hasSize(unitsBefore.size() + 1)
                .anySatisfy(u -> {
                    assertThat(u.name()).isEqualTo("金昌市数据局");
                    assertThat(u.parentId()).isEqualTo(city.id());
                });

        new ImportHistory(ws()).undo(ws().imports().findByPlan(y2024.id()).get(0).id());

        assertThat(ws().plans().findByName("金昌市2024年")).isEmpty();
        assertThat(ws().units().findAll()).as("undo removes the unit it created, keeps the reused ones")
                .isEqualTo(unitsBefore);
        assertThat(shownTargets()).isEqualTo(before);
    }

    @Test
    void aTableThatNamesNoPlanWaitsForTheOfficersChoiceAndIsSaidSo() throws Exception {
        Map<String, String> before = shownTargets();
        String fingerprint = w.fingerprint();
        ImportPreviewViewModel vm = read("targets-no-region.xlsx");

        assertThat(vm.targetTables().get(0).choice().decided()).isFalse();
        assertThat(vm.planText(0)).isEqualTo("目标表“targets-no-region.xlsx”没有写明地区和年份，无法确定应导入哪个计划。"
                + "请在右侧选择计划；选定之前不会写入任何目标。");
        assertThat(vm.canApplyProperty().get()).isFalse();
        vm.apply();
        assertThat(w.fingerprint()).as("nothing written without a choice").isEqualTo(fingerprint);

        vm.choosePlan(0, w.plan);

        assertThat(vm.planText(0)).isEqualTo("目标表“targets-no-region.xlsx”将导入到您选择的计划“金昌市2022年”。");
        assertThat(vm.canApplyProperty().get()).isTrue();
        vm.apply();
        assertThat(shownTargets()).isNotEqualTo(before);
        assertThat(w.indicator("城镇新增就业").target().value()).isEqualTo(10000.0);
    }
}
