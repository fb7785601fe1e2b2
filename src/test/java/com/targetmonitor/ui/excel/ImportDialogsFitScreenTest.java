package com.targetmonitor.ui.excel;

import com.targetmonitor.ui.dialog.ScreenFitCase;
import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.dialog.FitsScreen;
import com.targetmonitor.ui.dialog.RecordingDialogService;
import com.targetmonitor.ui.task.SyncTaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The import preview (a statistics file, a targets table) and the import history on the demo
 * workspace: inside the screen, 确认导入 / 取消 reachable, in Chinese and in English.
 */
class ImportDialogsFitScreenTest extends ScreenFitCase {

    private static final Path FIXTURES = Path.of("src/test/resources/excel");

    @TempDir
    Path dir;

    private ExcelTestWorkspace w;

    @AfterEach
    void tearDown() {
        if (w != null) {
            w.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void thePreviewOfAStatisticsFileAndOfATargetsTableFitTheScreen(String language) throws Exception {
        I18n.setLocale(Locale.forLanguageTag(language));
        w = new ExcelTestWorkspace(dir);
        for (String file : List.of("statistics-monthly.xlsx", "targets-jinchang-2023.xlsx")) {
            ImportPreviewViewModel vm = new ImportPreviewViewModel(new com.targetmonitor.logic.excel.imports.ImportService(w.session), new SyncTaskExecutor(),
                    new RecordingDialogService(), () -> w.plan, Runnable::run);
            ImportPreviewView view = new ImportPreviewView(vm, () -> stage);
            WaitForAsyncUtils.asyncFx(() -> vm.read(List.of(FIXTURES.resolve(file)))).get();
            FitsScreen.settle();
            assertThat(view.openPreview()).as("the preview of %s", file).isNotNull();
            FitsScreen.assertFits(view.openPreview());
            WaitForAsyncUtils.asyncFx(vm::discard).get();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void theImportHistoryFitsTheScreen(String language) throws Exception {
        I18n.setLocale(Locale.forLanguageTag(language));
        w = new ExcelTestWorkspace(dir);
        ImportHistoryViewModel history = new ImportHistoryViewModel(new com.targetmonitor.logic.excel.imports.ImportService(w.session), new SyncTaskExecutor(),
                new RecordingDialogService(), () -> w.plan);
        FitsScreen.assertFits(WaitForAsyncUtils.asyncFx(() -> new ImportHistoryView(history).dialog(stage)).get());
    }
}
