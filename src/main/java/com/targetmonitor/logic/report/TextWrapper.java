package com.targetmonitor.logic.report;

import java.util.ArrayList;
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
     * Widths of the tokens measured so far. A line's width is the sum of its tokens' widths (PDFBox
     * adds glyph advances without kerning), so each distinct token is measured once and wrapping is
     * linear in the text, not in the square of the line length.
     */
    private final Map<String, Double> widths = new HashMap<>();

    /** @param width the printed width of a string at the size being wrapped */
    TextWrapper(ToDoubleFunction<String> width) {
        this.width = width;
    }

    /** The lines of the text; "\n" forces a break. An empty text gives one empty line. */
    List<String> wrap(String text, double lineWidth) {
        return wrap(text, lineWidth, lineWidth);
    }

    /** As {@link #wrap(String, double)}, with a narrower (indented) first line. */
    List<String> wrap(String text, double firstLineWidth, double lineWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\n", -1)) {
            wrapParagraph(paragraph, lines.isEmpty() ? firstLineWidth : lineWidth, lineWidth, lines);
        }
        return lines;
    }

    private void wrapParagraph(String text, double firstWidth, double otherWidth, List<String> out) {
        StringBuilder line = new StringBuilder();
        double used = 0;
        double limit = firstWidth;
        for (String token : tokens(text)) {
            double w = measure(token);
            if (used + w <= limit || line.isEmpty() && w <= limit) {
                line.append(token);
                used += w;
                continue;
            }
            if (!line.isEmpty()) {
                out.add(line.toString().stripTrailing());
                line.setLength(0);
                used = 0;
                limit = otherWidth;
                token = token.stripLeading();
                w = measure(token);
            }
            // A token wider than a whole line (a long code, a URL): cut it by characters.
            while (w > limit && token.codePointCount(0, token.length()) > 1) {
                int cut = fitting(token, limit);
                out.add(token.substring(0, cut));
                token = token.substring(cut);
                w = measure(token);
                limit = otherWidth;
            }
            line.append(token);
            used = w;
        }
        out.add(line.toString().stripTrailing());
    }

    /** The printed width of a line: the sum of its tokens' widths, each measured once. */
    double width(String line) {
        double sum = 0;
        for (String token : tokens(line)) {
            sum += measure(token);
        }
        return sum;
    }

    /** The token's width, measured the first time it is seen. */
    private double measure(String token) {
        Double known = widths.get(token);
        if (known == null) {
            known = width.applyAsDouble(token);
            widths.put(token, known);
        }
        return known;
    }

    /** How many chars of the token fit (at least one code point), adding the code points' widths. */
    private int fitting(String token, double limit) {
        int end = token.offsetByCodePoints(0, 1);
        double used = measure(token.substring(0, end));
        while (end < token.length()) {
            int next = token.offsetByCodePoints(end, 1);
            used += measure(token.substring(end, next));
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
        StringBuilder pending = new StringBuilder(); // opening punctuation waiting for its token
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int end = i + Character.charCount(cp);
            if (isLatin(cp)) {
                while (end < text.length() && isLatin(text.codePointAt(end))) {
                    end += Character.charCount(text.codePointAt(end));
                }
            }
            String piece = text.substring(i, end);
            i = end;
            if (NO_LINE_END.indexOf(cp) >= 0) {
                pending.append(piece);
                continue;
            }
            if (NO_LINE_START.indexOf(cp) >= 0 && !tokens.isEmpty() && pending.isEmpty()) {
                tokens.set(tokens.size() - 1, tokens.get(tokens.size() - 1) + piece);
                continue;
            }
            tokens.add(pending + piece);
            pending.setLength(0);
        }
        if (!pending.isEmpty()) {
            tokens.add(pending.toString());
        }
        return tokens;
    }

    private static boolean isLatin(int cp) {
        return cp < 0x80 && (Character.isLetterOrDigit(cp) || "+-.%/_#&@".indexOf(cp) >= 0);
    }
}
