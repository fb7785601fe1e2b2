package com.targetmonitor.logic.report;

import org.apache.fontbox.ttf.CmapLookup;

/** Text as the embedded font can draw it: a character without a glyph becomes "?", never an empty box. */
final class DrawableText {

    private final CmapLookup glyphs;
    /** Per char of the basic plane: 0 not asked yet, 1 the font has a glyph, -1 it has none. */
    private final byte[] glyphKnown = new byte[Character.MAX_VALUE + 1];

    DrawableText(CmapLookup glyphs) {
        this.glyphs = glyphs;
    }

    /** The text with every character the font cannot draw replaced by "?", never an empty box. */
    String drawable(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) != '\t' && hasGlyph(text.charAt(i))) {
            i++; // most text is drawable as it is: no copy
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length()).append(text, 0, i);
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t') {
                sb.append(' ');
            } else if (cp >= ' ' && glyphs.getGlyphId(cp) != 0 || cp == ' ') {
                sb.appendCodePoint(cp);
            } else if (!Character.isISOControl(cp)) {
                sb.append('?');
            }
        }
        return sb.toString();
    }

    /** Whether the font draws this (non-surrogate) char; the cmap is asked once per char. */
    private boolean hasGlyph(char c) {
        if (Character.isSurrogate(c)) {
            return false;
        }
        byte known = glyphKnown[c];
        if (known == 0) {
            known = c == ' ' || c > ' ' && glyphs.getGlyphId(c) != 0 ? (byte) 1 : (byte) -1;
            glyphKnown[c] = known;
        }
        return known > 0;
    }
}
