package com.targetmonitor.logic.report;

import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The pages of a written report as pictures, for the print preview and for printing through a
 * printer driver: what is previewed and printed is then exactly the PDF.
 */
public final class ReportPages implements Closeable {

    private final PDDocument document;
    private final PDFRenderer renderer;

    private ReportPages(PDDocument document) {
        this.document = document;
        this.renderer = new PDFRenderer(document);
    }

    /** The PDF's bytes, as {@link PdfReportWriter#write(ReportModel, PageOrientation, java.io.OutputStream)} wrote them. */
    public static ReportPages open(byte[] pdf) throws IOException {
        return new ReportPages(Loader.loadPDF(pdf));
    }

    public int count() {
        return document.getNumberOfPages();
    }

    /** Page {@code index} (0-based) at the resolution given (72 = one pixel per point). */
    public BufferedImage render(int index, float dpi) throws IOException {
        return renderer.renderImageWithDPI(index, dpi, ImageType.RGB);
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
