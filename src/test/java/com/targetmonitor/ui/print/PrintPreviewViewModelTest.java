package com.targetmonitor.ui.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.targetmonitor.logic.report.CjkFontLocator;
import com.targetmonitor.logic.report.NoCjkFontException;
import com.targetmonitor.logic.report.PageOrientation;
import com.targetmonitor.logic.status.PlanStatus;
import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.persistence.Workspace;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.dialog.RecordingDialogService;
import com.targetmonitor.ui.task.QueuedTaskExecutor;
import com.targetmonitor.ui.task.SyncTaskExecutor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The print preview's state without a window: the report of 金昌市2022年 at June rendered, exported,
 * printed on a recording printer, and what happens with no printer and with no Chinese font.
 */
class PrintPreviewViewModelTest {

    static final String TITLE = "金昌市2022年目标任务进展情况（1-6月）";
    static final String NO_FONT = "未找到可嵌入的中文字体，无法生成报告（否则中文会印成空白方框）。"
            + "请安装微软雅黑/宋体（Windows）或 fonts-wqy-microhei（Linux）后重试。";

    @TempDir
    static Path seeded;
    static PlanStatus june;

    @TempDir
    Path dir;

    private RecordingDialogService dialogs;

    @BeforeAll
    static void seed() {
        try (Workspace ws = WorkspaceOpener.openOrCreateWithSeeds(seeded.resolve("w.tmdb"))) {
            PlanStatusService service = new PlanStatusService(ws);
            june = service.status(service.findPlan("金昌市2022年"), AsOf.of(2022, 6));
        }
    }

    @BeforeEach
    void texts() {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        dialogs = new RecordingDialogService();
    }

    private PrintPreviewViewModel preview(PrinterLookup printers) {
        return new PrintPreviewViewModel(dialogs, new SyncTaskExecutor(), printers,
                () -> CjkFontLocator.system().locate(), status -> List.of(), () -> LocalDate.of(2022, 7, 5));
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static int pageCount(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        }
    }

    @Test
    void previewShowsTheReportsPagesAsA4Pictures() throws IOException {
        PrintPreviewViewModel vm = preview(Optional::empty);
        vm.open(june);

        assertThat(vm.titleProperty().get()).isEqualTo(TITLE);
        int pages = vm.pageCountProperty().get();
        assertThat(pages).isGreaterThanOrEqualTo(3); // summary and 通报, then a table of 50 indicators
        assertThat(vm.pages()).hasSize(pages);
        assertThat(vm.readyProperty().get()).isTrue();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.pageTextProperty().get()).isEqualTo("第 1 页 共 " + pages + " 页");
        assertThat(vm.messageProperty().get()).isEqualTo("共 " + pages + " 页，A4。");
        BufferedImage first = vm.pages().get(0);
        // A4 at the preview's resolution: 210 × 297 mm.
        assertThat((double) first.getWidth()).isCloseTo(595.28 / 72 * PrintPreviewViewModel.PREVIEW_DPI, within(1.0));
        assertThat((double) first.getHeight() / first.getWidth()).isBetween(1.41, 1.42);

        // The preview is the PDF that is exported: same number of pages.
        dialogs.answerFile(dir.resolve("report.pdf"));
        vm.exportPdf();
        assertThat(pageCount(dir.resolve("report.pdf"))).isEqualTo(pages);

        vm.nextPage();
        assertThat(vm.pageTextProperty().get()).isEqualTo("第 2 页 共 " + pages + " 页");
        vm.goToPage(pages + 3);
        assertThat(vm.currentPageProperty().get()).isEqualTo(1);
    }

    @Test
    void theFirstPageIsShownBeforeTheOthersAreRendered() {
        QueuedTaskExecutor tasks = new QueuedTaskExecutor();
        PrintPreviewViewModel vm = new PrintPreviewViewModel(dialogs, tasks, Optional::empty,
                () -> CjkFontLocator.system().locate(), status -> List.of(), () -> LocalDate.of(2022, 7, 5));
        int[] renderedWhenFirstShown = {-1};
        vm.pages().addListener((javafx.collections.ListChangeListener<BufferedImage>) c -> {
            if (renderedWhenFirstShown[0] < 0 && !vm.pages().isEmpty()) {
                renderedWhenFirstShown[0] = vm.pagesRendered();
            }
        });
        vm.open(june);
        assertThat(vm.pages()).isEmpty();
        assertThat(vm.busyProperty().get()).isTrue();

        tasks.runNext(); // the PDF written and its first page rendered

        int pages = vm.pageCountProperty().get();
        assertThat(pages).isGreaterThanOrEqualTo(3);
        assertThat(renderedWhenFirstShown[0]).isEqualTo(1);
        assertThat(vm.pages()).hasSize(1);
        assertThat(vm.pagesRendered()).isEqualTo(1);
        assertThat(vm.pageTextProperty().get()).isEqualTo("第 1 页 共 " + pages + " 页");
        assertThat(vm.readyProperty().get()).as("print and export need no more pages").isTrue();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(tasks.queued()).as("one page at a time, the next one queued").isEqualTo(1);

        tasks.runNext();
        assertThat(vm.pages()).hasSize(2);
        tasks.runAll();
        assertThat(vm.pages()).hasSize(pages);
        assertThat(vm.pagesRendered()).isEqualTo(pages);
    }

    @Test
    void closingThePreviewStopsRenderingTheRest() {
        QueuedTaskExecutor tasks = new QueuedTaskExecutor();
        PrintPreviewViewModel vm = new PrintPreviewViewModel(dialogs, tasks, Optional::empty,
                () -> CjkFontLocator.system().locate(), status -> List.of(), () -> LocalDate.of(2022, 7, 5));
        vm.open(june);
        tasks.runNext();
        tasks.runNext();

        vm.close();
        tasks.runAll();

        assertThat(vm.pages()).isEmpty();
        assertThat(vm.pagesRendered()).as("no page rendered after it closed").isEqualTo(2);
    }

    @Test
    void landscapeRendersThePagesAgainOnTheirSide() {
        PrintPreviewViewModel vm = preview(Optional::empty);
        vm.open(june);
        int portraitPages = vm.pageCountProperty().get();

        vm.orientationProperty().set(PageOrientation.LANDSCAPE);

        assertThat(vm.pages()).isNotEmpty().allSatisfy(p -> assertThat(p.getWidth()).isGreaterThan(p.getHeight()));
        assertThat(vm.pageCountProperty().get()).isNotEqualTo(0);
        assertThat(vm.pageTextProperty().get()).startsWith("第 1 页 共 ");
        assertThat(portraitPages).isPositive();
    }

    @Test
    void exportWritesAPdfWithTheTitleAndPageNumbers() throws IOException {
        PrintPreviewViewModel vm = preview(Optional::empty);
        vm.open(june);
        dialogs.answerFile(dir.resolve("进展情况")); // no extension typed: .pdf is added

        vm.exportPdf();

        Path pdf = dir.resolve("进展情况.pdf");
        assertThat(pdf).exists();
        String text = text(pdf);
        assertThat(text).contains(TITLE).contains("第 1 页 共 " + pageCount(pdf) + " 页");
        assertThat(dialogs.shown()).extracting(RecordingDialogService.Shown::kind).containsExactly("chooser", "info");
        assertThat(vm.messageProperty().get()).contains(pdf.toString());
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(pdf); // no temporary file left beside it
        }
    }

    @Test
    void exportFromTheMenuNeedsNoPreview() throws IOException {
        PrintPreviewViewModel vm = preview(Optional::empty);
        dialogs.answerFile(dir.resolve("r.pdf"));
        vm.exportPdf(june);
        assertThat(text(dir.resolve("r.pdf"))).contains(TITLE);
        assertThat(ReportOutputs.suggestedFileName(TITLE)).isEqualTo(TITLE + ".pdf");
    }

    @Test
    void withoutAPrinterItSaysSoAndOffersThePdf() throws IOException {
        PrintPreviewViewModel vm = preview(Optional::empty);
        vm.open(june);
        dialogs.answerConfirm(true).answerFile(dir.resolve("instead.pdf"));

        vm.print();

        assertThat(dialogs.shown().get(0)).satisfies(s -> {
            assertThat(s.kind()).isEqualTo("confirm");
            assertThat(s.title()).isEqualTo("未安装打印机");
            assertThat(s.message()).contains("没有安装打印机").contains("导出为PDF");
        });
        assertThat(text(dir.resolve("instead.pdf"))).contains(TITLE);
    }

    @Test
    void withoutAPrinterTheUserMayDeclineThePdf() {
        PrintPreviewViewModel vm = preview(Optional::empty);
        vm.open(june);
        dialogs.answerConfirm(false);

        vm.print();

        assertThat(vm.messageProperty().get()).isEqualTo(
                "本机没有安装打印机，无法直接打印。可以把报告导出为PDF，在有打印机的电脑上打印。");
        assertThat(dialogs.shown()).extracting(RecordingDialogService.Shown::kind).containsExactly("confirm");
    }

    @Test
    void printsEveryPageOnThePrinterTheUserPicks() {
        RecordingPrinter printer = new RecordingPrinter(true);
        PrintPreviewViewModel vm = preview(() -> Optional.of(printer));
        vm.open(june);
        vm.orientationProperty().set(PageOrientation.LANDSCAPE);
        int pages = vm.pageCountProperty().get();

        vm.print();

        assertThat(printer.dialogOrientation).isEqualTo(PageOrientation.LANDSCAPE);
        assertThat(printer.pages).hasSize(pages);
        // Printed at the print resolution, not the preview's: A4 landscape is 297 mm wide.
        assertThat((double) printer.pages.get(0)).isCloseTo(841.89 / 72 * PrintPreviewViewModel.PRINT_DPI, within(1.0));
        assertThat(printer.ended).isTrue();
        assertThat(printer.cancelled).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("已把 " + pages + " 页发送到打印机“录音打印机”。");
        assertThat(dialogs.shown()).isEmpty();
    }

    @Test
    void cancellingThePrinterDialogPrintsNothing() {
        RecordingPrinter printer = new RecordingPrinter(false);
        PrintPreviewViewModel vm = preview(() -> Optional.of(printer));
        vm.open(june);

        vm.print();

        assertThat(printer.pages).isEmpty();
        assertThat(printer.cancelled).isTrue();
        assertThat(vm.messageProperty().get()).isEqualTo("已取消打印。");
    }

    @Test
    void withoutAChineseFontNothingIsWrittenAndTheUserIsToldWhatToInstall() throws IOException {
        PrintPreviewViewModel vm = new PrintPreviewViewModel(dialogs, new SyncTaskExecutor(), Optional::empty,
                () -> {
                    throw new NoCjkFontException("未找到可嵌入的中文字体 / no embeddable Chinese font found");
                }, status -> List.of(), () -> LocalDate.of(2022, 7, 5));
        vm.open(june);

        assertThat(vm.pages()).isEmpty();
        assertThat(vm.readyProperty().get()).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo(NO_FONT);

        // Export and print say it again, before asking for a file (none is queued: asking would fail).
        vm.exportPdf();
        vm.print();
        assertThat(dialogs.shown()).hasSize(2).allSatisfy(s -> {
            assertThat(s.kind()).isEqualTo("error");
            assertThat(s.title()).isEqualTo("缺少中文字体");
            assertThat(s.message()).startsWith(NO_FONT).contains("no embeddable Chinese font found");
        });
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void theFontIsMissedOnlyWhenWritingFromTheMenuAndThenNoFileIsLeft() throws IOException {
        PrintPreviewViewModel vm = new PrintPreviewViewModel(dialogs, new SyncTaskExecutor(), Optional::empty,
                () -> {
                    throw new NoCjkFontException("none");
                }, status -> List.of(), () -> LocalDate.of(2022, 7, 5));
        dialogs.answerFile(dir.resolve("r.pdf"));

        vm.exportPdf(june);

        assertThat(dialogs.errors()).singleElement().satisfies(e -> assertThat(e.message()).startsWith(NO_FONT));
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    /** A printer that keeps the width of every page it is given. */
    static final class RecordingPrinter implements ReportPrintJob {

        final boolean accept;
        final List<Integer> pages = new ArrayList<>();
        PageOrientation dialogOrientation;
        boolean ended;
        boolean cancelled;

        RecordingPrinter(boolean accept) {
            this.accept = accept;
        }

        @Override
        public boolean showPrintDialog(PageOrientation orientation) {
            dialogOrientation = orientation;
            return accept;
        }

        @Override
        public String printerName() {
            return "录音打印机";
        }

        @Override
        public void printPage(BufferedImage page) {
            pages.add(page.getWidth());
        }

        @Override
        public void end() {
            ended = true;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }
}
