package com.targetmonitor.logic.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The embedded font's code and advance of each character, looked up once per document. PDFBox's
 * {@code showText} does this work on every call (and splits the text on spaces with a regular
 * expression for its glyph-substitution pass, and adds every character to the subset again): a
 * report of 10,000 indicators draws some 150,000 texts from a few hundred distinct characters.
 * Codes are the font's own ({@link PDType0Font#encode(String)}: the glyph id under Identity-H);
 * advances are the font's widths rounded to thousandths of an em, as PDFBox writes them into the
 * PDF's width array when it subsets the font, so a position computed from them is where a viewer
 * puts the next glyph.
 */
final class GlyphCodes {

    private final PDType0Font font;
    /** Per char of the basic plane: its code in the font, null until first drawn. */
    private final byte[][] codes = new byte[Character.MAX_VALUE + 1][];
    private final int[] advances = new int[Character.MAX_VALUE + 1];

    GlyphCodes(PDType0Font font) {
        this.font = font;
    }

    /**
     * Appends the codes of drawable text (every character has a glyph: see {@link DrawableText}) and
     * returns its advance in thousandths of an em.
     */
    int append(String text, ByteArrayOutputStream out) throws IOException {
        int advance = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp <= Character.MAX_VALUE) {
                byte[] code = codes[cp];
                if (code == null) {
                    code = learn(cp);
                }
                out.write(code);
                advance += advances[cp];
            } else { // beyond the basic plane (rare): looked up each time
                byte[] code = font.encode(Character.toString(cp));
                if (font.willBeSubset()) {
                    font.addToSubset(cp);
                }
                out.write(code);
                advance += Math.round(font.getWidthFromFont(codeOf(code)));
            }
        }
        return advance;
    }

    /** The first time a character is drawn: its code and advance, and its glyph kept in the subset. */
    private byte[] learn(int cp) throws IOException {
        byte[] code = font.encode(Character.toString(cp));
        advances[cp] = Math.round(font.getWidthFromFont(codeOf(code)));
        if (font.willBeSubset()) {
            font.addToSubset(cp);
        }
        codes[cp] = code;
        return code;
    }

    private static int codeOf(byte[] bytes) {
        int code = 0;
        for (byte b : bytes) {
            code = code << 8 | (b & 0xff);
        }
        return code;
    }
}
