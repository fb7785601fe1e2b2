package com.targetmonitor.logic.report;

import com.targetmonitor.logic.output.OutputFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Writes the progress report as an A4 PDF with the Chinese font embedded, so it prints the same on
 * any machine and its text can be searched and copied: title, 总体情况 with the count table, the
 * 通报 sentences by standing, the indicator table (header on every page, no row split across pages),
 * then the charts handed in as pictures. Every page is numbered "第 x 页 共 y 页".
 */
public final class PdfReportWriter {

    private final CjkFont font;

    public PdfReportWriter(CjkFont font) {
        this.font = Objects.requireNonNull(font, "font");
    }

    /** The writer with the font {@link CjkFontLocator#system()} finds; throws {@link NoCjkFontException} without one. */
    public static PdfReportWriter withSystemFont() {
        return new PdfReportWriter(CjkFontLocator.system().locate());
    }

    /**
     * Writes the PDF to a file. It is written next to the target first and moved into place when
     * complete, so a failure never leaves half a report (or destroys the previous one).
     *
     * @return the number of pages
     */
    public int write(ReportModel report, PageOrientation orientation, Path file) throws IOException {
        return write(report, orientation, file, null);
    }

    /** As {@link #write(ReportModel, PageOrientation, Path)}, refusing to write onto the open workspace. */
    public int write(ReportModel report, PageOrientation orientation, Path file, Path workspace) throws IOException {
        return OutputFiles.write(file, workspace, temp -> {
            try (OutputStream out = Files.newOutputStream(temp)) {
                return write(report, orientation, out);
            }
        });
    }

    /** Writes the PDF to a stream (left open). @return the number of pages */
    public int write(ReportModel report, PageOrientation orientation, OutputStream out) throws IOException {
        try (CjkFont.Opened opened = font.open(); PDDocument document = new PDDocument()) {
            PDType0Font pdfFont = PDType0Font.load(document, opened.font(), true);
            try (PdfCanvas canvas = new PdfCanvas(document, pdfFont, opened.font().getUnicodeCmapLookup(false),
                    orientation)) {
                canvas.newPage();
                writeBody(canvas, report, orientation);
                canvas.numberPages(ReportModel::pageNumber, PdfStyle.FOOTER, PdfStyle.MUTED);
            }
            describe(document, report);
            document.save(out);
            return document.getNumberOfPages();
        }
    }

    private void writeBody(PdfCanvas canvas, ReportModel report, PageOrientation orientation) throws IOException {
        centred(canvas, report.title(), PdfStyle.TITLE, true, PdfStyle.INK, 1.5f);
        centred(canvas, report.subtitle(), PdfStyle.SUBTITLE, false, PdfStyle.MUTED, 1.6f);
        canvas.moveDown(PdfStyle.BODY);
        List<String> headings = report.sectionHeadings();
        float tableSize = orientation == PageOrientation.LANDSCAPE ? PdfStyle.TABLE_LANDSCAPE : PdfStyle.TABLE_PORTRAIT;

        heading(canvas, headings.get(0), PdfStyle.SECTION);
        for (String paragraph : report.summary()) {
            paragraph(canvas, paragraph);
        }
        canvas.moveDown(PdfStyle.BODY * 0.5f);
        new PdfTableWriter(canvas, report.counts(), tableSize).write();
        canvas.moveDown(PdfStyle.BODY);

        heading(canvas, headings.get(1), PdfStyle.SECTION);
        for (int i = 0; i < report.bulletin().size(); i++) {
            heading(canvas, report.groupHeading(i), PdfStyle.GROUP);
            for (String sentence : report.bulletin().get(i).sentences()) {
                paragraph(canvas, sentence);
            }
        }
        canvas.moveDown(PdfStyle.BODY * 0.5f);

        heading(canvas, headings.get(2), PdfStyle.SECTION);
        new PdfTableWriter(canvas, report.indicators(), tableSize).write();

        if (!report.charts().isEmpty()) {
            canvas.moveDown(PdfStyle.BODY);
            heading(canvas, headings.get(3), PdfStyle.SECTION);
            for (int i = 0; i < report.charts().size(); i++) {
                chart(canvas, report.charts().get(i), report.figureCaption(i));
            }
        }
    }

    private static void centred(PdfCanvas canvas, String text, float size, boolean bold, java.awt.Color colour,
                                float leading) throws IOException {
        for (String line : canvas.wrapper(size).wrap(text, canvas.width())) {
            canvas.ensure(size * leading);
            float w = canvas.textWidth(line, size);
            canvas.text(canvas.left() + (canvas.width() - w) / 2, canvas.y() - size, line, size, bold, colour);
            canvas.moveDown(size * leading);
        }
    }

    /** A heading kept with the two lines that follow it. */
    private static void heading(PdfCanvas canvas, String text, float size) throws IOException {
        float before = canvas.atPageTop() ? 0 : size * 0.5f;
        float height = size * 1.6f;
        if (!canvas.ensure(before + height + 2 * PdfStyle.BODY * PdfStyle.BODY_LEADING)) {
            canvas.moveDown(before);
        }
        canvas.text(canvas.left(), canvas.y() - size, text, size, true, PdfStyle.INK);
        canvas.moveDown(height);
    }

    /** A paragraph with the first line indented two characters, as Chinese documents are set. */
    private static void paragraph(PdfCanvas canvas, String text) throws IOException {
        float size = PdfStyle.BODY;
        float leading = size * PdfStyle.BODY_LEADING;
        float indent = 2 * size;
        List<String> lines = canvas.wrapper(size).wrap(text, canvas.width() - indent, canvas.width());
        for (int i = 0; i < lines.size(); i++) {
            canvas.ensure(leading);
            canvas.text(canvas.left() + (i == 0 ? indent : 0), canvas.y() - size, lines.get(i), size, false,
                    PdfStyle.INK);
            canvas.moveDown(leading);
        }
    }

    /** A chart as wide as the text, never taller than 60% of a page, with its caption under it. */
    private static void chart(PdfCanvas canvas, ReportChart chart, String caption) throws IOException {
        PDImageXObject image = PDImageXObject.createFromByteArray(canvas.document(), chart.png(), caption);
        float scale = Math.min(canvas.width() / image.getWidth(), canvas.bodyHeight() * 0.6f / image.getHeight());
        float w = image.getWidth() * scale;
        float h = image.getHeight() * scale;
        float captionHeight = PdfStyle.CAPTION * 2.2f;
        canvas.ensure(h + captionHeight + PdfStyle.BODY);
        canvas.moveDown(PdfStyle.BODY * 0.5f);
        canvas.image(image, canvas.left() + (canvas.width() - w) / 2, canvas.y() - h, w, h);
        canvas.moveDown(h + PdfStyle.CAPTION * 0.6f);
        centred(canvas, caption, PdfStyle.CAPTION, false, PdfStyle.INK, 1.6f);
    }

    private static void describe(PDDocument document, ReportModel report) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(report.title());
        info.setCreator("目标进度监测 Target Monitor");
        info.setProducer("Apache PDFBox");
        info.setCreationDate(Calendar.getInstance());
    }
}
