package com.targetmonitor.ui.print;

import com.targetmonitor.logic.report.NoCjkFontException;
import com.targetmonitor.logic.report.PageOrientation;
import com.targetmonitor.logic.report.ReportModel;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.dialog.DialogService;
import com.targetmonitor.ui.dialog.FileType;
import com.targetmonitor.ui.task.BackgroundTask;
import com.targetmonitor.ui.task.TaskExecutor;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the previewed report goes: the printer the user picks (with none installed, a message and
 * the offer to export the PDF instead) and the PDF export; without a Chinese font that can be
 * embedded, the user is told what to install. The output half of {@link PrintPreviewViewModel},
 * reporting through its busy flag and message.
 */
final class ReportOutputs {

    private static final Logger LOG = LoggerFactory.getLogger(ReportOutputs.class);

    private final DialogService dialogs;
    private final TaskExecutor tasks;
    private final PrinterLookup printers;
    private final ReportRenderer renderer;
    private final ReadOnlyBooleanWrapper busy;
    private final ReadOnlyStringWrapper message;

    ReportOutputs(DialogService dialogs, TaskExecutor tasks, PrinterLookup printers, ReportRenderer renderer,
                  ReadOnlyBooleanWrapper busy, ReadOnlyStringWrapper message) {
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.printers = printers;
        this.renderer = renderer;
        this.busy = busy;
        this.message = message;
    }

    /**
     * Prints the rendered PDF (null when the pages are not ready: then only a missing font is
     * reported) on the printer the user picks, off the FX thread; with no printer installed, says so
     * and runs {@code exportInstead} when the user takes the offer.
     */
    void print(byte[] pdf, PageOrientation orientation, Runnable exportInstead) {
        if (pdf == null) {
            NoCjkFontException missing = renderer.missingFont();
            if (missing != null) {
                showMissingFont(missing);
            }
            return;
        }
        Optional<ReportPrintJob> created = printers.createJob();
        if (created.isEmpty()) {
            message.set(I18n.get(PrintMsg.PRINT_NO_PRINTER));
            if (dialogs.confirm(I18n.get(PrintMsg.PRINT_NO_PRINTER_TITLE), I18n.get(PrintMsg.PRINT_NO_PRINTER_OFFER))) {
                exportInstead.run();
            }
            return;
        }
        ReportPrintJob job = created.get();
        if (!job.showPrintDialog(orientation)) {
            job.cancel();
            message.set(I18n.get(PrintMsg.PRINT_CANCELLED));
            return;
        }
        String printer = job.printerName();
        busy.set(true);
        message.set(I18n.get(PrintMsg.PRINT_PRINTING, printer));
        tasks.execute(BackgroundTask.of(I18n.get(PrintMsg.PRINT_PRINTING, printer), (progress, cancel) ->
                ReportRenderer.print(pdf, PrintPreviewViewModel.PRINT_DPI, job, progress, cancel)).onSuccess(n -> {
            busy.set(false);
            message.set(I18n.get(PrintMsg.PRINT_SENT, n, printer));
        }).onFailure(error -> {
            busy.set(false);
            job.cancel();
            LOG.warn("printing on {} failed", printer, error);
            message.set(I18n.get(PrintMsg.PRINT_FAILED, printer, String.valueOf(error.getMessage())));
            dialogs.showError(I18n.get(PrintMsg.PRINT_FAILED_TITLE), message.get());
        }).onCancelled(() -> {
            busy.set(false);
            job.cancel();
            message.set(I18n.get(PrintMsg.PRINT_CANCELLED));
        }));
    }

    /** Asks where to save the report and writes it as PDF there, off the FX thread. */
    void exportPdf(ReportModel model, PageOrientation orientation) {
        NoCjkFontException missing = renderer.missingFont();
        if (missing != null) {
            showMissingFont(missing); // say so before asking for a file that could not be written
            return;
        }
        Optional<Path> chosen = dialogs.chooseFileToSave(I18n.get(PrintMsg.PRINT_EXPORT_TITLE),
                suggestedFileName(model.title()), FileType.of(I18n.get(PrintMsg.PRINT_PDF_FILE_TYPE), "pdf"));
        if (chosen.isEmpty()) {
            return;
        }
        Path file = withPdfExtension(chosen.get());
        busy.set(true);
        message.set(I18n.get(PrintMsg.PRINT_EXPORTING, file.getFileName()));
        tasks.execute(BackgroundTask.of(I18n.get(PrintMsg.PRINT_EXPORTING, file.getFileName()), (progress, cancel) ->
                renderer.save(model, orientation, file))
                .onSuccess(n -> {
                    busy.set(false);
                    message.set(I18n.get(PrintMsg.PRINT_EXPORTED, file, n));
                    dialogs.showInfo(I18n.get(PrintMsg.PRINT_EXPORT_TITLE), message.get());
                })
                .onFailure(error -> {
                    busy.set(false);
                    if (error instanceof NoCjkFontException e) {
                        showMissingFont(e);
                    } else {
                        LOG.warn("cannot write the report to {}", file, error);
                        message.set(I18n.get(PrintMsg.PRINT_EXPORT_FAILED, file, String.valueOf(error.getMessage())));
                        dialogs.showError(I18n.get(PrintMsg.PRINT_EXPORT_FAILED_TITLE), message.get());
                    }
                }));
    }

    private void showMissingFont(NoCjkFontException e) {
        message.set(I18n.get(PrintMsg.PRINT_NO_FONT));
        dialogs.showError(I18n.get(PrintMsg.PRINT_NO_FONT_TITLE),
                I18n.get(PrintMsg.PRINT_NO_FONT) + "\n\n" + I18n.get(PrintMsg.PRINT_NO_FONT_DETAIL, e.getMessage()));
    }

    /** "金昌市2022年目标任务进展情况（1-6月）.pdf", without characters file systems refuse. */
    static String suggestedFileName(String reportTitle) {
        return reportTitle.replaceAll("[\\\\/:*?\"<>|\\s]+", "_") + ".pdf";
    }

    private static Path withPdfExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? file : file.resolveSibling(name + ".pdf");
    }
}
