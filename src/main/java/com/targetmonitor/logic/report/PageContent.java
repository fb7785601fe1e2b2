package com.targetmonitor.logic.report;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * One page's content stream as the report writes it. An operator is written only when the state
 * changes (font size, colours, line width, rendering mode): the report draws tens of thousands of
 * text lines, and PDFBox writes and encodes every operator it is given. Consecutive texts share
 * one text object, and texts on one baseline in one style (the cells of a table row's line) are
 * one {@code TJ}: the strings, encoded by {@link GlyphCodes}, with the gaps between them as
 * positioning numbers. PDFBox's {@code showText} (and {@code showTextWithPositioning}, which calls
 * it per string) costs a regular-expression split, a glyph-substitution pass and a subset update on
 * every call, so the TJ is written as raw operator bytes; everything else goes through PDFBox.
 */
final class PageContent implements Closeable {

    private final PDPageContentStream stream;
    private final PDType0Font font;
    private final GlyphCodes glyphs;
    private boolean inText;
    private float lineX;
    private float lineY;
    private float fontSize = -1;
    private Color fill = Color.BLACK;
    private Color stroke = Color.BLACK;
    private float lineWidth = 1;
    private boolean fillStroke;
    /*
     * The open run: the TJ being assembled (nothing else is written while it is open: a change of
     * style or a shape ends it first), and the pen, where its last string left it, in thousandths
     * of an em from the run's start.
     */
    private final ByteArrayOutputStream run = new ByteArrayOutputStream(512);
    private final ByteArrayOutputStream codes = new ByteArrayOutputStream(128);
    private boolean inRun;
    private boolean runBold;
    private Color runColour;
    private double runPen;

    PageContent(PDDocument document, PDPage page, PDType0Font font, GlyphCodes glyphs) throws IOException {
        this.stream = new PDPageContentStream(document, page);
        this.font = font;
        this.glyphs = glyphs;
    }

    /**
     * Drawable text (see {@link DrawableText}) with its baseline at (x, baseline); bold is drawn as
     * fill + a thin stroke (one font file). It joins the open run when it continues that run's
     * baseline and style.
     */
    void text(float x, float baseline, String drawable, float size, boolean bold, Color colour) throws IOException {
        if (inRun && (baseline != lineY || size != fontSize || bold != runBold || !colour.equals(runColour))) {
            endRun();
        }
        if (!inRun) {
            startRun(x, baseline, size, bold, colour);
        } else {
            // TJ moves the pen left by n thousandths of an em: n is where the pen is less where the text goes.
            double target = (x - lineX) * 1000.0 / size;
            writeNumber(runPen - target);
            runPen = target;
        }
        codes.reset();
        runPen += glyphs.append(drawable, codes);
        COSWriter.writeString(codes.toByteArray(), run);
    }

    private void startRun(float x, float baseline, float size, boolean bold, Color colour) throws IOException {
        if (!inText) {
            stream.beginText();
            inText = true;
            lineX = 0;
            lineY = 0;
        }
        useFill(colour);
        if (bold) {
            useStroke(colour, size * 0.035f);
        }
        if (bold != fillStroke) {
            stream.setRenderingMode(bold ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
            fillStroke = bold;
        }
        if (size != fontSize) {
            stream.setFont(font, size);
            fontSize = size;
        }
        stream.newLineAtOffset(x - lineX, baseline - lineY);
        lineX = x;
        lineY = baseline;
        inRun = true;
        runBold = bold;
        runColour = colour;
        runPen = 0;
        run.reset();
        run.write('[');
    }

    /** A positioning number with two decimals (a hundred-thousandth of an em), none when zero. */
    private void writeNumber(double n) {
        long hundredths = Math.round(n * 100);
        if (hundredths == 0) {
            return;
        }
        StringBuilder s = new StringBuilder(12).append(' ');
        if (hundredths < 0) {
            s.append('-');
            hundredths = -hundredths;
        }
        s.append(hundredths / 100);
        long fraction = hundredths % 100;
        if (fraction != 0) {
            s.append('.').append(fraction / 10);
            if (fraction % 10 != 0) {
                s.append(fraction % 10);
            }
        }
        byte[] bytes = s.append(' ').toString().getBytes(StandardCharsets.US_ASCII);
        run.write(bytes, 0, bytes.length);
    }

    @SuppressWarnings("deprecation") // the one raw write: a TJ assembled from codes looked up once per character
    private void endRun() throws IOException {
        if (inRun) {
            run.write(']');
            run.write(' ');
            run.write('T');
            run.write('J');
            run.write('\n');
            stream.appendRawCommands(run.toByteArray());
            inRun = false;
        }
    }

    /** Ends the text object and returns the stream to draw shapes or pictures with. */
    PDPageContentStream forShapes() throws IOException {
        endRun();
        if (inText) {
            stream.endText();
            inText = false;
        }
        return stream;
    }

    void useFill(Color colour) throws IOException {
        if (!colour.equals(fill)) {
            stream.setNonStrokingColor(colour);
            fill = colour;
        }
    }

    void useStroke(Color colour, float width) throws IOException {
        if (!colour.equals(stroke)) {
            stream.setStrokingColor(colour);
            stroke = colour;
        }
        if (width != lineWidth) {
            stream.setLineWidth(width);
            lineWidth = width;
        }
    }

    @Override
    public void close() throws IOException {
        forShapes();
        stream.close();
    }
}
