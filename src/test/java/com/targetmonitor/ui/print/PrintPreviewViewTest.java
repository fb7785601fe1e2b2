package com.targetmonitor.ui.print;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.report.CjkFontLocator;
import com.targetmonitor.logic.status.PlanStatus;
import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.persistence.Workspace;
import com.targetmonitor.ui.AppTheme;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.charts.ReportCharts;
import com.targetmonitor.ui.dialog.RecordingDialogService;
import com.targetmonitor.ui.task.SyncTaskExecutor;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The print preview window (headless Monocle) with the window's charts in the report, and the 文件 menu items. */
@ExtendWith(ApplicationExtension.class)
class PrintPreviewViewTest {

    @TempDir
    static Path seeded;
    static PlanStatus june;

    @TempDir
    Path dir;

    private Stage owner;
    private RecordingDialogService dialogs;
    private PrintPreviewViewModel vm;

    @BeforeAll
    static void seed() {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        try (Workspace ws = WorkspaceOpener.openOrCreateWithSeeds(seeded.resolve("w.tmdb"))) {
            PlanStatusService service = new PlanStatusService(ws);
            june = service.status(service.findPlan("金昌市2022年"), AsOf.of(2022, 6));
        }
    }

    @Start
    void start(Stage stage) {
        AppTheme.install();
        owner = stage;
        dialogs = new RecordingDialogService();
        vm = new PrintPreviewViewModel(dialogs, new SyncTaskExecutor(), Optional::empty,
                () -> CjkFontLocator.system().locate(), ReportCharts::snapshot, () -> LocalDate.of(2022, 7, 5));
    }

    @Test
    void previewShowsThePagesWithTheChartsAndTurnsThem(FxRobot robot) throws IOException {
        Stage[] preview = new Stage[1];
        robot.interact(() -> preview[0] = PrintPreviewView.show(owner, vm, june));

        assertThat(preview[0].getTitle()).isEqualTo("打印预览 — 金昌市2022年目标任务进展情况（1-6月）");
        assertThat(vm.reportProperty().get().charts()).hasSize(2); // pace and deviation charts, as pictures
        int pages = vm.pageCountProperty().get();
        assertThat(robot.lookup(".tm-print-thumbnail").queryAll()).hasSize(pages);
        ImageView page = robot.lookup("#" + PrintPreviewView.PAGE_ID).queryAs(ImageView.class);
        assertThat(page.getImage()).isNotNull();
        assertThat(robot.lookup("#" + PrintPreviewView.PAGE_TEXT_ID).queryAs(Label.class).getText())
                .isEqualTo("第 1 页 共 " + pages + " 页");

        robot.clickOn(robot.lookup(".tm-print-thumbnail").nth(1).queryParent());
        assertThat(vm.currentPageProperty().get()).isEqualTo(1);
        assertThat(robot.lookup(".tm-print-thumbnail").nth(1).query().getStyleClass())
                .contains(PrintPreviewView.SELECTED_THUMBNAIL);
        robot.type(KeyCode.END);
        assertThat(vm.currentPageProperty().get()).isEqualTo(pages - 1);
        robot.type(KeyCode.HOME);
        assertThat(vm.currentPageProperty().get()).isZero();

        // Export from the preview: the charts are in the PDF (as pictures), the text as text.
        dialogs.answerFile(dir.resolve("report.pdf"));
        robot.clickOn("#" + PrintPreviewView.EXPORT_ID);
        try (PDDocument doc = Loader.loadPDF(dir.resolve("report.pdf").toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(pages);
            assertThat(new PDFTextStripper().getText(doc)).contains("图1").contains("第 1 页");
        }

        robot.clickOn("#" + PrintPreviewView.LANDSCAPE_ID);
        assertThat(vm.pages().get(0).getWidth()).isGreaterThan(vm.pages().get(0).getHeight());

        robot.interact(() -> preview[0].close());
        assertThat(vm.pages()).isEmpty();
    }

    @Test
    void fileMenuItemsOpenThePreviewWithCtrlPAndAreOffWithoutAStanding(FxRobot robot) {
        SimpleObjectProperty<PlanStatus> status = new SimpleObjectProperty<>();
        List<MenuItem> workspaceItems = List.of(new MenuItem("new"), new SeparatorMenuItem(), new MenuItem("exit"));
        List<MenuItem> items = PrintMenu.withPrintItems(workspaceItems, vm, status, () -> owner);

        assertThat(items).extracting(MenuItem::getId).containsExactly(null, null, PrintMenu.PREVIEW_ID,
                PrintMenu.EXPORT_PDF_ID, null, null);
        assertThat(items.get(items.size() - 1).getText()).isEqualTo("exit");
        MenuItem preview = items.get(2);
        assertThat(preview.getText()).isEqualTo("打印预览(_P)…");
        assertThat(preview.getAccelerator()).isEqualTo(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN));
        assertThat(preview.isDisable()).isTrue();
        assertThat(items.get(3).isDisable()).isTrue();
        status.set(june);
        assertThat(preview.isDisable()).isFalse();
        assertThat(items.get(3).isDisable()).isFalse();
    }
}
