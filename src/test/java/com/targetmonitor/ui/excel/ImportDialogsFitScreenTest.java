package com.targetmonitor.ui.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.ui.AppTheme;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.dialog.FitsScreen;
import com.targetmonitor.ui.dialog.RecordingDialogService;
import com.targetmonitor.ui.task.SyncTaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The import preview (a statistics file, a targets table) and the import history on the demo
 * workspace: inside the screen, 确认导入 / 取消 reachable, in Chinese and in English.
 */
@ExtendWith(ApplicationExtension.class)
class ImportDialogsFitScreenTest {

    private static final Path FIXTURES = Path.of("src/test/resources/excel");

    @TempDir
    Path dir;

    private ExcelTestWorkspace w;
    private Stage stage;

    @Start
    void start(Stage stage) {
        AppTheme.install();
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 800, 600));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
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
