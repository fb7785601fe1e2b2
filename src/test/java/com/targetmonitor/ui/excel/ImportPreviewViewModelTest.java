package com.targetmonitor.ui.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.excel.HostileFiles;
import com.targetmonitor.logic.excel.Workbooks;
import com.targetmonitor.logic.excel.imports.MatchKind;
import com.targetmonitor.logic.excel.imports.PreviewRow;
import com.targetmonitor.logic.excel.imports.RowState;
import com.targetmonitor.logic.excel.stats.SkippedRow;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.dialog.RecordingDialogService;
import com.targetmonitor.ui.task.CancellingTaskExecutor;
import com.targetmonitor.ui.task.SyncTaskExecutor;
import com.targetmonitor.ui.task.TaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import flow on a real seeded workspace and real workbooks, without windows. */
class ImportPreviewViewModelTest {

    @TempDir
    Path dir;
    ExcelTestWorkspace w;
    RecordingDialogService dialogs = new RecordingDialogService();
    AtomicInteger reloads = new AtomicInteger();

    @BeforeEach
    void open() {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        w = new ExcelTestWorkspace(dir);
    }

    @AfterEach
    void close() {
        w.close();
    }

    private ImportPreviewViewModel vm(TaskExecutor tasks) {
        ImportPreviewViewModel vm = new ImportPreviewViewModel(new com.targetmonitor.logic.excel.imports.ImportService(w.session), tasks, dialogs, () -> w.plan, Runnable::run);
        vm.setOnApplied(reloads::incrementAndGet);
        return vm;
    }

    private ImportPreviewViewModel previewed() throws Exception {
        ImportPreviewViewModel vm = vm(new SyncTaskExecutor());
        dialogs.answerFiles(List.of(w.report("月报.xlsx")));
        vm.chooseAndRead();
        assertThat(vm.phaseProperty().get()).isEqualTo(ImportPreviewViewModel.Phase.PREVIEW);
        return vm;
    }

    private static PreviewRow row(ImportPreviewViewModel vm, String rawName) {
        return vm.rows().stream().filter(r -> r.rawName().equals(rawName)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + rawName + " in " + vm.rows()));
    }

    @Test
    void thePreviewListsEveryRowWithItsCellMappingAndChangeAndWritesNothing() throws Exception {
        String before = w.fingerprint();
        ImportPreviewViewModel vm = previewed();

        PreviewRow employment = row(vm, "城镇新增就业");
        assertThat(employment.cell()).isEqualTo("月报!C3");
        assertThat(employment.indicatorName()).isEqualTo("城镇新增就业");
        assertThat(employment.state()).isEqualTo(RowState.APPLY);
        assertThat(employment.period().label()).isEqualTo("1-6月");
        assertThat(ImportTexts.change(employment)).isEqualTo("5732 → 5800");
        assertThat(ImportTexts.state(employment.state())).isEqualTo("写入");

        PreviewRow money = row(vm, "招商引资到位资金");
        assertThat(money.newValue()).as("123456 万元 in 亿元").isEqualTo(12.3456);
        assertThat(ImportTexts.problems(money)).startsWith("月报!C4：已将").contains("亿元");

        PreviewRow odd = row(vm, "某个奇怪的指标");
        assertThat(odd.state()).isEqualTo(RowState.UNMATCHED);
        assertThat(ImportTexts.problems(odd)).contains("月报!A6：计划中没有与此名称对应的指标");

        assertThat(vm.skipped()).singleElement().satisfies(s -> {
            assertThat(s.cell()).isEqualTo("月报!A7");
            assertThat(s.reason()).isEqualTo(SkippedRow.Reason.FOOTNOTE);
        });
        assertThat(vm.fileLines()).anySatisfy(l -> assertThat(l).startsWith("月报.xlsx：").contains("1-6月"));
        assertThat(vm.summaryProperty().get()).startsWith("将写入 2 项").contains("待确认 1 项").contains("未匹配 1 项");
        assertThat(vm.applyTextProperty().get()).isEqualTo("导入 2 项");
        assertThat(vm.canApplyProperty().get()).isTrue();

        vm.filterProperty().set(ImportPreviewViewModel.RowFilter.TO_CHECK);
        assertThat(vm.shownRows()).extracting(PreviewRow::rawName)
                .containsExactlyInAnyOrder("新认定高新技术企业数", "某个奇怪的指标");
        assertThat(w.fingerprint()).as("nothing written before the officer confirms").isEqualTo(before);
        assertThat(reloads).hasValue(0);
    }

    @Test
    void aWeakMatchIsAQuestionThatConfirmingTurnsIntoAWrite() throws Exception {
        ImportPreviewViewModel vm = previewed();
        PreviewRow q = row(vm, "新认定高新技术企业数");
        assertThat(q.isQuestion()).isTrue();
        assertThat(q.matchKind()).isEqualTo(MatchKind.WEAK);
        assertThat(q.indicatorName()).isEqualTo("高新技术企业新认定");
        assertThat(ImportTexts.problems(q)).isEqualTo("月报!A5：是否为“高新技术企业新认定”？相似度 82%，请确认");
        assertThat(ImportTexts.score(q)).isEqualTo("82%　相似度低");

        vm.accept(q.id());

        PreviewRow confirmed = vm.row(q.id());
        assertThat(confirmed.state()).isEqualTo(RowState.APPLY);
        assertThat(confirmed.matchKind()).isEqualTo(MatchKind.CONFIRMED);
        assertThat(vm.applyTextProperty().get()).isEqualTo("导入 3 项");
    }

    @Test
    void ignoringARowLeavesItOut() throws Exception {
        ImportPreviewViewModel vm = previewed();
        int id = row(vm, "城镇新增就业").id();
        vm.ignore(id);
        assertThat(vm.row(id).state()).isEqualTo(RowState.IGNORED);
        vm.apply();
        assertThat(w.june("城镇新增就业")).isEqualTo(5732.0);
        assertThat(w.june("招商引资到位资金")).isEqualTo(12.3456);
    }

    @Test
    void pickingAnIndicatorFixesTheMappingOfTheRow() throws Exception {
        ImportPreviewViewModel vm = previewed();
        PreviewRow odd = row(vm, "某个奇怪的指标");
        List<Indicator> candidates = vm.candidates(odd.id());
        Indicator pick = w.indicator("新增规上企业");
        assertThat(candidates).extracting(Indicator::id).contains(pick.id());

        vm.assign(odd.id(), pick.id());

        PreviewRow fixed = vm.row(odd.id());
        assertThat(fixed.indicatorName()).isEqualTo("新增规上企业");
        assertThat(fixed.matchKind()).isEqualTo(MatchKind.CONFIRMED);
        assertThat(fixed.state()).isEqualTo(RowState.APPLY);
        assertThat(fixed.newValue()).isEqualTo(7.0);
        vm.apply();
        assertThat(w.june("新增规上企业")).isEqualTo(7.0);
    }

    @Test
    void confirmingWritesTheValuesInOneImportAndTheWindowReloads() throws Exception {
        Double untouched = w.june("新增规上企业");
        ImportPreviewViewModel vm = previewed();
        vm.accept(row(vm, "新认定高新技术企业数").id());

        vm.apply();

        assertThat(vm.phaseProperty().get()).isEqualTo(ImportPreviewViewModel.Phase.IDLE);
        assertThat(w.june("城镇新增就业")).isEqualTo(5800.0);
        assertThat(w.june("招商引资到位资金")).isEqualTo(12.3456);
        assertThat(w.june("高新技术企业新认定")).isEqualTo(9.0);
        assertThat(w.june("新增规上企业")).as("the unmatched row is not written").isEqualTo(untouched);
        assertThat(w.session.workspace().imports().findByPlan(w.plan.id())).singleElement()
                .satisfies(b -> assertThat(b.rowCount()).isEqualTo(3));
        assertThat(reloads).hasValue(1);
        assertThat(dialogs.shown()).last().satisfies(s -> {
            assertThat(s.kind()).isEqualTo("info");
            assertThat(s.message()).contains("已写入 3 个数值（1 个文件）").contains("已记住 1 个名称");
        });
        assertThat(vm.rows()).isEmpty();
    }

    @Test
    void cancellingThePreviewWritesNothing() throws Exception {
        String before = w.fingerprint();
        ImportPreviewViewModel vm = previewed();
        vm.accept(row(vm, "新认定高新技术企业数").id());

        vm.discard();

        assertThat(vm.phaseProperty().get()).isEqualTo(ImportPreviewViewModel.Phase.IDLE);
        assertThat(vm.rows()).isEmpty();
        assertThat(w.fingerprint()).isEqualTo(before);
        assertThat(w.june("城镇新增就业")).isEqualTo(5732.0);
        assertThat(reloads).hasValue(0);
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void cancellingTheReadingShowsNothingAndWritesNothing() throws Exception {
        String before = w.fingerprint();
        CancellingTaskExecutor tasks = new CancellingTaskExecutor();
        ImportPreviewViewModel vm = vm(tasks);

        vm.read(List.of(w.report("月报.xlsx")));

        assertThat(tasks.cancelled()).isEqualTo(1);
        assertThat(vm.phaseProperty().get()).isEqualTo(ImportPreviewViewModel.Phase.IDLE);
        assertThat(vm.rows()).isEmpty();
        assertThat(dialogs.shown()).isEmpty();
        assertThat(w.fingerprint()).isEqualTo(before);
    }

    @Test
    void aWordDocumentNamedXlsxIsRefusedWithOneLineAndNothingChanges() throws Exception {
        Path good = w.report("good.xlsx");
        Path word = HostileFiles.wordRenamed(dir);
        String before = w.fingerprint();
        ImportPreviewViewModel vm = vm(new SyncTaskExecutor());
        dialogs.answerFiles(List.of(good, word));

        vm.chooseAndRead();

        assertThat(dialogs.errors()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo("error");
            assertThat(e.title()).isEqualTo("无法导入");
            assertThat(e.message()).startsWith("report.xlsx：不是 Excel 工作簿或 CSV 文件。")
                    .contains("工作区没有任何改动");
        });
        assertThat(vm.phaseProperty().get()).isEqualTo(ImportPreviewViewModel.Phase.IDLE);
        assertThat(vm.rows()).isEmpty();
        assertThat(w.fingerprint()).isEqualTo(before);
        assertThat(reloads).hasValue(0);
    }

    @Test
    void aFileWithoutAPeriodSaysSo() throws Exception {
        Path file = w.report("np.xlsx", new Object[][] {{"指标名称", "数值"}, {"城镇新增就业", 1500}});
        ImportPreviewViewModel vm = vm(new SyncTaskExecutor());
        vm.read(List.of(file));
        assertThat(dialogs.errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).startsWith("np.xlsx：看不出数据的期间"));
    }

    @Test
    void aTargetsTableIsPreviewedOnItsOwnAndWrittenWithTheStatistics() throws Exception {
        Path targets = Workbooks.xlsx(dir.resolve("分解表.xlsx"), "Sheet1", new Object[][] {
                {"金昌市2022年目标任务分解表"},
                {"序号", "指标名称", "单位", "目标", "牵头单位"},
                {"一、经济发展"},
                {1, "城镇新增就业", "人", "8000人以上", "市人社局"},
                {2, "新建充电桩", "个", "≥500", "市发改委"}});
        ImportPreviewViewModel vm = vm(new SyncTaskExecutor());
        vm.read(List.of(targets, w.report("月报.xlsx")));

        assertThat(vm.targetRows()).extracting(r -> r.line().name()).containsExactly("城镇新增就业", "新建充电桩");
        assertThat(vm.targetRows()).extracting(r -> ImportTexts.targetAction(r.action())).contains("新建指标");
        vm.apply();

        assertThat(w.indicator("新建充电桩").target().value()).isEqualTo(500.0);
        assertThat(w.june("城镇新增就业")).isEqualTo(5800.0);
        assertThat(dialogs.shown()).last().satisfies(s -> assertThat(s.message()).contains("目标表：新建 1 个指标"));
    }
}
