package com.targetmonitor.logic.report;

import java.awt.Color;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The pages of one PDF being written, top to bottom: the current page, the position on it, and the
 * drawing the report needs (text in the embedded Chinese font, rules, boxes, pictures). Coordinates
 * passed in are PDF points from the page's bottom left; {@link #y()} is the top of the free space.
 */
final class PdfCanvas implements Closeable {

    /** Called after a page break, before anything else is drawn on the new page (repeats a table header). */
    interface PageStart {
        void pageStarted() throws IOException;
    }

    static final float MARGIN = 56; // ≈ 2 cm

    private final PDDocument document;
    private final PDType0Font font;
    private final DrawableText glyphs;
    private final GlyphCodes codes;
    private final PDRectangle size;
    private final List<PageStart> pageStarts = new ArrayList<>();
    private final Map<Float, TextWrapper> wrappers = new HashMap<>();
    private PageContent content;
    private float y;

    PdfCanvas(PDDocument document, PDType0Font font, CmapLookup glyphs, PageOrientation orientation) {
        this.document = document;
        this.font = font;
        this.glyphs = new DrawableText(glyphs);
        this.codes = new GlyphCodes(font);
        this.size = orientation == PageOrientation.LANDSCAPE
                ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()) : PDRectangle.A4;
    }

    float left() {
        return MARGIN;
    }

    float width() {
        return size.getWidth() - 2 * MARGIN;
    }

    float top() {
        return size.getHeight() - MARGIN;
    }

    float bottom() {
        return MARGIN;
    }

    /** The height of an empty page's free space. */
    float bodyHeight() {
        return top() - bottom();
    }

    float y() {
        return y;
    }

    void moveDown(float points) {
        y -= points;
    }

    /** Starts a new page; page-start listeners draw their part (a repeated table header) first. */
    void newPage() throws IOException {
        closePage();
        PDPage page = new PDPage(size);
        document.addPage(page);
        content = new PageContent(document, page, font, codes);
        y = top();
        for (PageStart listener : List.copyOf(pageStarts)) {
            listener.pageStarted();
        }
    }

    /** Makes room for a block of the given height: a new page when it does not fit on this one. */
    boolean ensure(float height) throws IOException {
        if (content == null || y - height < bottom()) {
            newPage();
            return true;
        }
        return false;
    }

    /** Whether a block of the given height fits below y on this page. */
    boolean fits(float height) {
        return content != null && y - height >= bottom();
    }

    boolean atPageTop() {
        return y == top();
    }

    void onPageStart(PageStart listener) {
        pageStarts.add(listener);
    }

    void removePageStart(PageStart listener) {
        pageStarts.remove(listener);
    }

    /** The text with every character the font cannot draw replaced by "?", never an empty box. */
    String drawable(String text) {
        return glyphs.drawable(text);
    }

    float textWidth(String text, float fontSize) {
        try {
            return font.getStringWidth(drawable(text)) / 1000f * fontSize;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One wrapper per size, so a token's width is measured once for the whole document. */
    TextWrapper wrapper(float fontSize) {
        return wrappers.computeIfAbsent(fontSize, size -> new TextWrapper(s -> textWidth(s, size)));
    }

    /**
     * Text with its baseline at (x, baseline). Bold is drawn as fill + a thin stroke (one font file).
     * Consecutive texts share one text object, texts on one baseline in one style one TJ (the cells
     * of a table row's line); drawing a shape closes it.
     */
    void text(float x, float baseline, String text, float fontSize, boolean bold, Color colour) throws IOException {
        String safe = drawable(text);
        if (!safe.isEmpty()) {
            content.text(x, baseline, safe, fontSize, bold, colour);
        }
    }

    void fillRect(float x, float yBottom, float w, float h, Color colour) throws IOException {
        PDPageContentStream shapes = content.forShapes();
        content.useFill(colour);
        shapes.addRect(x, yBottom, w, h);
        shapes.fill();
    }

    void strokeRect(float x, float yBottom, float w, float h, float lineWidth, Color colour) throws IOException {
        PDPageContentStream shapes = content.forShapes();
        content.useStroke(colour, lineWidth);
        shapes.addRect(x, yBottom, w, h);
        shapes.stroke();
    }

    /**
     * A table's grid on this page as one path: a rule across at each y (top to bottom) from the first
     * x to the last, and one down at each x from the first y to the last. Each rule runs half a line
     * width past its ends, so the corners close as a rectangle's do.
     */
    void grid(float[] xs, float[] ys, int yCount, float lineWidth, Color colour) throws IOException {
        if (yCount < 2) {
            return;
        }
        PDPageContentStream shapes = content.forShapes();
        content.useStroke(colour, lineWidth);
        float half = lineWidth / 2;
        float left = xs[0] - half;
        float right = xs[xs.length - 1] + half;
        for (int i = 0; i < yCount; i++) {
            shapes.moveTo(left, ys[i]);
            shapes.lineTo(right, ys[i]);
        }
        float top = ys[0] + half;
        float bottom = ys[yCount - 1] - half;
        for (float x : xs) {
            shapes.moveTo(x, top);
            shapes.lineTo(x, bottom);
        }
        shapes.stroke();
    }

    void dot(float cx, float cy, float r, Color colour) throws IOException {
        // A circle from four Bézier arcs (k = 0.5523 approximates a quarter circle).
        PDPageContentStream shapes = content.forShapes();
        float k = 0.5523f * r;
        content.useFill(colour);
        shapes.moveTo(cx + r, cy);
        shapes.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        shapes.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        shapes.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        shapes.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        shapes.fill();
    }

    private void closePage() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    void image(PDImageXObject image, float x, float yBottom, float w, float h) throws IOException {
        PDPageContentStream shapes = content.forShapes();
        shapes.drawImage(image, x, yBottom, w, h);
    }

    PDDocument document() {
        return document;
    }

    /**
     * Writes "第 x 页 共 y 页" at the foot of every page, once the count is known: a small stream
     * appended to each page (uncompressed: a deflater per page costs more than the bytes it saves).
     */
    void numberPages(java.util.function.BiFunction<Integer, Integer, String> label, float fontSize, Color colour)
            throws IOException {
        closePage();
        int pages = document.getNumberOfPages();
        int number = 0;
        for (PDPage page : document.getPages()) { // walks the page tree once; getPage(i) searches it each time
            number++;
            try (PDPageContentStream footer = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, false, true)) {
                String text = drawable(label.apply(number, pages));
                float w = font.getStringWidth(text) / 1000f * fontSize;
                footer.beginText();
                footer.setNonStrokingColor(colour);
                footer.setFont(font, fontSize);
                footer.newLineAtOffset((size.getWidth() - w) / 2, MARGIN / 2);
                footer.showText(text);
                footer.endText();
            }
        }
    }

    @Override
    public void close() throws IOException {
        closePage();
    }
}
