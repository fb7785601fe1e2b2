package com.targetmonitor.logic.selftest;

import com.targetmonitor.logic.report.CjkFont;
import com.targetmonitor.logic.report.CjkFontLocator;
import com.targetmonitor.logic.report.PageOrientation;
import com.targetmonitor.logic.report.PdfReportWriter;
import com.targetmonitor.logic.report.ReportModel;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A Chinese TrueType font is found (or the one named by -Dtargetmonitor.font works) and the progress
 * report is written with it embedded; the PDF is read back and its Chinese title must come out as
 * text, which it only does when the font's glyphs and Unicode mapping made it into the file.
 */
final class PdfCheck implements SelfCheck {

    @Override
    public String name() {
        return "pdf";
    }

    @Override
    public CheckResult run(SelfTestContext context) throws IOException {
        CjkFont font = CjkFontLocator.system().locate(); // says what to install when there is none
        ReportModel report = ReportModel.of(context.demoStatus(), LocalDate.now());
        Path file = context.folder().resolve("selftest-report.pdf");
        int pages = new PdfReportWriter(font).write(report, PageOrientation.PORTRAIT, file);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            if (!text.contains(report.title())) {
                return CheckResult.fail("the report written with " + font + " does not read back as Chinese text");
            }
        }
        return CheckResult.ok("wrote and read back a " + pages + "-page report with the font " + font);
    }
}
