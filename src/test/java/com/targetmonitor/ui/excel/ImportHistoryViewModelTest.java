package com.targetmonitor.ui.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.dialog.RecordingDialogService;
import com.targetmonitor.ui.task.SyncTaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import history: list, undo, and why an import cannot be undone yet. */
class ImportHistoryViewModelTest {

    @TempDir
    Path dir;
    ExcelTestWorkspace w;
    RecordingDialogService dialogs = new RecordingDialogService();
    SyncTaskExecutor tasks = new SyncTaskExecutor();
    AtomicInteger reloads = new AtomicInteger();
    ImportHistoryViewModel history;

    @BeforeEach
    void open() {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        w = new ExcelTestWorkspace(dir);
        history = new ImportHistoryViewModel(new com.targetmonitor.logic.excel.imports.ImportService(w.session), tasks, dialogs, () -> w.plan);
        history.setOnUndone(reloads::incrementAndGet);
    }

    @AfterEach
    void close() {
        w.close();
    }

    private void importFile(Path file) {
        ImportPreviewViewModel vm = new ImportPreviewViewModel(new com.targetmonitor.logic.excel.imports.ImportService(w.session), tasks, dialogs, () -> w.plan, Runnable::run);
        vm.read(List.of(file));
        vm.apply();
    }

    @Test
    void undoPutsBackTheValuesTheImportReplaced() throws Exception {
        importFile(w.report("月报.xlsx"));
        assertThat(w.june("城镇新增就业")).isEqualTo(5800.0);
        history.load();
        assertThat(history.titleProperty().get()).isEqualTo("导入记录 — 金昌市2022年");
        assertThat(history.items()).singleElement().satisfies(i -> {
            assertThat(i.batch().fileName()).isEqualTo("月报.xlsx");
            assertThat(i.batch().rowCount()).isEqualTo(2);
            assertThat(i.period()).isEqualTo("2022年1-6月");
            assertThat(i.kind()).isEqualTo("统计数据");
            assertThat(i.state()).isEqualTo("有效");
            assertThat(i.undoable()).isTrue();
        });

        dialogs.answerConfirm(true);
        history.undo(history.items().get(0));

        assertThat(w.june("城镇新增就业")).isEqualTo(5732.0);
        assertThat(w.june("招商引资到位资金")).isEqualTo(93.2);
        assertThat(reloads).hasValue(1);
        assertThat(dialogs.shown()).last().satisfies(s -> assertThat(s.message()).isEqualTo("已恢复 2 项。"));
        assertThat(history.items()).singleElement().satisfies(i -> {
            assertThat(i.state()).startsWith("已于");
            assertThat(i.undoable()).isFalse();
            assertThat(i.whyNot()).isEqualTo("这次导入已经撤销。");
        });
    }

    @Test
    void answeringNoLeavesTheImportInForce() throws Exception {
        importFile(w.report("月报.xlsx"));
        history.load();
        dialogs.answerConfirm(false);
        history.undo(history.items().get(0));
        assertThat(w.june("城镇新增就业")).isEqualTo(5800.0);
        assertThat(reloads).hasValue(0);
    }

    @Test
    void anImportALaterOneOverwroteSaysWhichToUndoFirst() throws Exception {
        importFile(w.report("6月.xlsx"));
        Object[][] later = ExcelTestWorkspace.REPORT.clone();
        later[2] = new Object[] {"城镇新增就业", "人", 5900};
        importFile(w.report("6月更正.xlsx", later));
        history.load();

        assertThat(history.items()).extracting(i -> i.batch().fileName()).containsExactly("6月更正.xlsx", "6月.xlsx");
        ImportHistoryViewModel.Item first = history.items().get(1);
        assertThat(first.undoable()).isFalse();
        assertThat(first.whyNot()).startsWith("之后的导入“6月更正.xlsx”").endsWith("请先撤销它。");

        history.undo(first);
        assertThat(dialogs.shown()).last().satisfies(s -> assertThat(s.message()).isEqualTo(first.whyNot()));
        assertThat(w.june("城镇新增就业")).isEqualTo(5900.0);

        dialogs.answerConfirm(true).answerConfirm(true);
        history.undo(history.items().get(0));
        assertThat(w.june("城镇新增就业")).isEqualTo(5800.0);
        history.undo(history.items().get(1));
        assertThat(w.june("城镇新增就业")).isEqualTo(5732.0);
    }
}
