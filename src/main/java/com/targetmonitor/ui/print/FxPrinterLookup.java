package com.targetmonitor.ui.print;

import com.targetmonitor.logic.report.PageOrientation;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.print.PageLayout;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.stage.Window;

/**
 * Printing through JavaFX: {@link PrinterJob#createPrinterJob()} is null when no printer is
 * installed; otherwise the user picks the printer in its dialog and each page, already laid out
 * and rendered from the PDF, is printed as a picture scaled to the paper. The PDF has its own 2 cm
 * margins, so the printer's hardware minimum is all the margin added.
 */
public final class FxPrinterLookup implements PrinterLookup {

    private final Supplier<Window> owner;

    /** @param owner the window the printer dialog belongs to (the focused window is preferred) */
    public FxPrinterLookup(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<ReportPrintJob> createJob() {
        PrinterJob job = PrinterJob.createPrinterJob();
        return job == null ? Optional.empty() : Optional.of(new FxReportPrintJob(job, this::dialogOwner));
    }

    /** The focused window (the print preview), else the one given. */
    private Window dialogOwner() {
        return Window.getWindows().stream().filter(Window::isFocused).findFirst().orElseGet(owner);
    }

    private static final class FxReportPrintJob implements ReportPrintJob {

        private final PrinterJob job;
        private final Supplier<Window> owner;

        FxReportPrintJob(PrinterJob job, Supplier<Window> owner) {
            this.job = job;
            this.owner = owner;
        }

        @Override
        public boolean showPrintDialog(PageOrientation orientation) {
            Printer printer = job.getPrinter();
            job.getJobSettings().setPageLayout(printer.createPageLayout(Paper.A4,
                    orientation == PageOrientation.LANDSCAPE ? javafx.print.PageOrientation.LANDSCAPE
                            : javafx.print.PageOrientation.PORTRAIT, Printer.MarginType.HARDWARE_MINIMUM));
            return job.showPrintDialog(owner.get());
        }

        @Override
        public String printerName() {
            return job.getPrinter().getName();
        }

        @Override
        public void printPage(BufferedImage page) throws IOException {
            PageLayout layout = job.getJobSettings().getPageLayout();
            ImageView view = new ImageView(SwingFXUtils.toFXImage(page, null));
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.setFitWidth(layout.getPrintableWidth());
            view.setFitHeight(layout.getPrintableHeight());
            if (!job.printPage(layout, view)) {
                throw new IOException(String.valueOf(job.getJobStatus()));
            }
        }

        @Override
        public void end() throws IOException {
            if (!job.endJob()) {
                throw new IOException(String.valueOf(job.getJobStatus()));
            }
        }

        @Override
        public void cancel() {
            job.cancelJob();
        }
    }
}
