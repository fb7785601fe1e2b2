package com.targetmonitor.logic.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Breaks Chinese (and mixed) text into lines of a given width. Chinese may break between any two
 * characters, except that closing punctuation (，。、）” …) never starts a line and opening
 * punctuation (（“ …) never ends one; a run of Latin letters and digits ("5732", "37.3%", "2+4")
 * is kept whole unless it alone is wider than the line.
 */
final class TextWrapper {

    private static final String NO_LINE_START = "，。、；：？！）》」』”’%％…—·,.;:!?)]}";
    private static final String NO_LINE_END = "（《「『“‘([{";

    private final ToDoubleFunction<String> width;
    /**
     * Widths of the characters measured so far (NaN: not yet). A line's width is the sum of its
     * characters' advances (PDFBox adds glyph advances without kerning), so each distinct character
     * is measured once for the whole document and wrapping walks the text once, making no string
     * per character: tokens are ranges of the text.
     */
    private final float[] charWidths = new float[Character.MAX_VALUE + 1];
    private final Map<Integer, Float> supplementaryWidths = new HashMap<>();

    /** @param width the printed width of a string (one character) at the size being wrapped */
    TextWrapper(ToDoubleFunction<String> width) {
        this.width = width;
        Arrays.fill(charWidths, Float.NaN);
    }

    /** The lines of the text; "\n" forces a break. An empty text gives one empty line. */
    List<String> wrap(String text, double lineWidth) {
        return wrap(text, lineWidth, lineWidth);
    }

    /** As {@link #wrap(String, double)}, with a narrower (indented) first line. */
    List<String> wrap(String text, double firstLineWidth, double lineWidth) {
        List<String> lines = new ArrayList<>(2);
        String all = text == null ? "" : text;
        int start = 0;
        while (true) {
            int end = all.indexOf('\n', start);
            wrapParagraph(all, start, end < 0 ? all.length() : end, lines.isEmpty() ? firstLineWidth : lineWidth,
                    lineWidth, lines);
            if (end < 0) {
                return lines;
            }
            start = end + 1;
        }
    }

    /** Wraps text[from, to) (one paragraph) into out. */
    private void wrapParagraph(String text, int from, int to, double firstWidth, double otherWidth, List<String> out) {
        int lineStart = from;
        double used = 0;
        double limit = firstWidth;
        int pos = from;
        while (pos < to) {
            int end = tokenEnd(text, pos, to);
            double w = width(text, pos, end);
            boolean lineEmpty = pos == lineStart;
            if (used + w <= limit || lineEmpty && w <= limit) {
                used += w;
                pos = end;
                continue;
            }
            if (!lineEmpty) {
                out.add(stripTrailing(text, lineStart, pos));
                used = 0;
                limit = otherWidth;
                while (pos < end && Character.isWhitespace(text.charAt(pos))) {
                    pos++; // a line never starts with the space it broke at
                }
                lineStart = pos;
                w = width(text, pos, end);
            }
            // A token wider than a whole line (a long code, a URL): cut it by characters.
            while (w > limit && text.codePointCount(pos, end) > 1) {
                int cut = fitting(text, pos, end, limit);
                out.add(text.substring(pos, cut));
                pos = cut;
                lineStart = pos;
                w = width(text, pos, end);
                limit = otherWidth;
            }
            used = w;
            pos = end;
        }
        out.add(stripTrailing(text, lineStart, to));
    }

    private static String stripTrailing(String text, int from, int to) {
        int end = to;
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(from, end);
    }

    /** The printed width of a line: the sum of its characters' widths, each measured once. */
    double width(String line) {
        return width(line, 0, line.length());
    }

    private double width(String text, int from, int to) {
        double sum = 0;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < to) {
                int cp = text.codePointAt(i);
                sum += supplementaryWidths.computeIfAbsent(cp, k -> (float) width.applyAsDouble(Character.toString(k)));
                i += 2;
                continue;
            }
            float w = charWidths[c];
            if (w != w) { // NaN: first time this character is seen
                w = (float) width.applyAsDouble(String.valueOf(c));
                charWidths[c] = w;
            }
            sum += w;
            i++;
        }
        return sum;
    }

    /** How far from pos the token fits in the limit (at least one code point), adding the code points' widths. */
    private int fitting(String text, int pos, int tokenEnd, double limit) {
        int end = text.offsetByCodePoints(pos, 1);
        double used = width(text, pos, end);
        while (end < tokenEnd) {
            int next = text.offsetByCodePoints(end, 1);
            used += width(text, end, next);
            if (used > limit) {
                break;
            }
            end = next;
        }
        return end;
    }

    /** Unbreakable pieces: one CJK char with its attached punctuation, or one Latin run, or one space. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            int end = tokenEnd(text, i, text.length());
            tokens.add(text.substring(i, end));
            i = end;
        }
        return tokens;
    }

    /**
     * Where the token starting at start ends: the opening punctuation before it, one piece (a char or
     * a Latin run), and the closing punctuation after it. Tokens are ranges that follow one another.
     */
    private static int tokenEnd(String text, int start, int to) {
        int i = start;
        while (i < to && NO_LINE_END.indexOf(text.codePointAt(i)) >= 0) {
            i += Character.charCount(text.codePointAt(i));
        }
        if (i == to) {
            return to;
        }
        i = pieceEnd(text, i, to);
        while (i < to && NO_LINE_START.indexOf(text.codePointAt(i)) >= 0) {
            i = pieceEnd(text, i, to);
        }
        return i;
    }

    /** One code point, or a whole Latin run starting there. */
    private static int pieceEnd(String text, int i, int to) {
        int cp = text.codePointAt(i);
        int end = i + Character.charCount(cp);
        if (isLatin(cp)) {
            while (end < to && isLatin(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
        }
        return end;
    }

    private static boolean isLatin(int cp) {
        return cp < 0x80 && (Character.isLetterOrDigit(cp) || "+-.%/_#&@".indexOf(cp) >= 0);
    }
}
