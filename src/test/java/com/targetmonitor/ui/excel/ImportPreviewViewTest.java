package com.targetmonitor.ui.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.excel.imports.PreviewRow;
import com.targetmonitor.ui.AppTheme;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.dialog.RecordingDialogService;
import com.targetmonitor.ui.task.SyncTaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The preview dialog as the officer sees it: every row listed, the import button, confirm writes. */
@ExtendWith(ApplicationExtension.class)
class ImportPreviewViewTest {

    @TempDir
    Path dir;

    private ExcelTestWorkspace w;
    private Stage stage;

    @Start
    void start(Stage stage) {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        AppTheme.install();
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 800, 600));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        if (w != null) {
            w.close();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePreviewShowsEveryRowAndImportWritesThem(FxRobot robot) throws Exception {
        w = new ExcelTestWorkspace(dir);
        Path file = w.report("月报.xlsx");
        RecordingDialogService dialogs = new RecordingDialogService();
        ImportPreviewViewModel vm = new ImportPreviewViewModel(new com.targetmonitor.logic.excel.imports.ImportService(w.session), new SyncTaskExecutor(), dialogs,
                () -> w.plan, Runnable::run);
        ImportPreviewView view = new ImportPreviewView(vm, () -> stage);
        WaitForAsyncUtils.asyncFx(() -> vm.read(List.of(file))).get();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.openPreview()).isNotNull();
        TableView<PreviewRow> table = robot.lookup("#" + ImportPreviewView.PREVIEW_TABLE_ID).queryAs(TableView.class);
        assertThat(table.getItems()).extracting(PreviewRow::rawName)
                .containsExactly("城镇新增就业", "招商引资到位资金", "新认定高新技术企业数", "某个奇怪的指标");
        assertThat(robot.lookup("月报!C3").tryQuery()).isPresent();
        assertThat(robot.lookup("5732 → 5800").tryQuery()).isPresent();
        assertThat(robot.lookup("#" + ImportPreviewView.SKIPPED_TABLE_ID).tryQuery())
                .as("the skipped rows have their own tab, built with the dialog").isPresent();
        Button apply = robot.lookup("#excelApply").queryButton();
        assertThat(apply.getText()).isEqualTo("导入 2 项");
        assertThat(apply.isDisabled()).isFalse();

        robot.clickOn("确认");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(apply.getText()).as("the weak match confirmed").isEqualTo("导入 3 项");

        robot.clickOn(apply);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.openPreview()).isNull();
        assertThat(w.june("城镇新增就业")).isEqualTo(5800.0);
        assertThat(w.june("高新技术企业新认定")).isEqualTo(9.0);
        assertThat(dialogs.shown()).last().satisfies(s -> assertThat(s.title()).isEqualTo("导入完成"));
    }
}
