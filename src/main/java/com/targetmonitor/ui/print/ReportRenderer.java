package com.targetmonitor.ui.print;

import com.targetmonitor.logic.report.CjkFont;
import com.targetmonitor.logic.report.NoCjkFontException;
import com.targetmonitor.logic.report.PageOrientation;
import com.targetmonitor.logic.report.PdfReportWriter;
import com.targetmonitor.logic.report.ReportModel;
import com.targetmonitor.logic.report.ReportPages;
import com.targetmonitor.logic.task.Cancellation;
import com.targetmonitor.logic.task.ProgressListener;
import com.targetmonitor.ui.I18n;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The report as a document, for the print preview's background work: written as PDF with the
 * embedded Chinese font, rendered to page pictures, sent to a printer page by page, or saved. The
 * font is looked up once it is first needed (off the FX thread: it may read many font files) and
 * kept once found. Nothing here touches JavaFX.
 */
final class ReportRenderer {

    private final Supplier<CjkFont> fonts;
    private CjkFont font;
    private NoCjkFontException missingFont;

    /** @param fonts the font to embed; throws {@link NoCjkFontException} when there is none */
    ReportRenderer(Supplier<CjkFont> fonts) {
        this.fonts = Objects.requireNonNull(fonts, "fonts");
    }

    /** The report's PDF as bytes. */
    byte[] write(ReportModel model, PageOrientation orientation) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReportWriter(font()).write(model, orientation, out);
        return out.toByteArray();
    }

    /** Writes the report to a file (beside it first, then moved into place). @return the pages */
    int save(ReportModel model, PageOrientation orientation, Path file) throws IOException {
        return new PdfReportWriter(font()).write(model, orientation, file);
    }

    /**
     * Sends every page of the PDF to the job, one at a time (a page at print resolution is some
     * 15 MB as a picture), and ends the job. @return the pages sent
     */
    static int print(byte[] pdf, float dpi, ReportPrintJob job, ProgressListener progress, Cancellation cancel)
            throws IOException {
        try (ReportPages pages = ReportPages.open(pdf)) {
            int n = pages.count();
            for (int i = 0; i < n; i++) {
                cancel.check();
                progress.progress(i, n, I18n.get(PrintMsg.PRINT_PRINTING_PAGE, i + 1, n));
                job.printPage(pages.render(i, dpi));
            }
            job.end();
            return n;
        }
    }

    private synchronized CjkFont font() {
        if (font == null) {
            try {
                font = fonts.get();
                missingFont = null;
            } catch (NoCjkFontException e) {
                missingFont = e;
                throw e;
            }
        }
        return font;
    }

    /** Why the last lookup found no font, or null when a font was found or none was looked for yet. */
    synchronized NoCjkFontException missingFont() {
        return missingFont;
    }
}
