package com.targetmonitor.logic.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a document into sentences the way a reader would, whatever the file did to it:
 * <ul>
 *   <li>a sentence ends at 。！？； (full- or half-width) outside quotes and brackets;</li>
 *   <li>a line break inside a sentence, as PDFs and copied text produce it, is joined when the line before
 *       is a full line that does not end a sentence, or ends with a comma; even across a blank line,
 *       since page breaks leave one;</li>
 *   <li>a bullet (●, ◆, ■, ▲, •, ★) or an enumeration (一是, 二是, （一）, 1.) starts a new sentence;</li>
 *   <li>a heading (a short line without a sentence end) stays a sentence of its own.</li>
 * </ul>
 * Sentences keep the characters as written, so the officer sees the document's own text.
 */
public final class Sentences {

    private static final String ENDS = "。！？!?；;";
    private static final String SOFT_ENDS = "，,、";
    private static final Pattern BULLET_START = Pattern.compile(
            "^(?:[●◆■▲•★☆◇□○·▪‧➢\\-–—]|[（(][一二三四五六七八九十\\d]{1,3}[）)]|\\d{1,2}[.、．]|"
                    + "[一二三四五六七八九十]{1,3}[、是]|第[一二三四五六七八九十]{1,3}[，,、是])");
    private static final Pattern INLINE_BULLET = Pattern.compile("(?<=[^\\s])(?=[●◆■▲•★])");
    private static final Pattern INLINE_ENUM = Pattern.compile("(?<=[，,：:])(?=[一二三四五六七八九十]是)");

    private Sentences() {
    }

    public static List<Sentence> split(SourceDocument document) {
        List<String> paragraphs = paragraphs(document.text());
        List<Sentence> out = new ArrayList<>();
        for (String paragraph : paragraphs) {
            for (String piece : INLINE_BULLET.split(paragraph)) {
                for (String part : INLINE_ENUM.split(piece)) {
                    cut(part, document.name(), out);
                }
            }
        }
        return out;
    }

    /** Lines joined into paragraphs where a line break is only the width of the page. */
    static List<String> paragraphs(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            lines[i] = strip(lines[i]);
        }
        int full = fullLineLength(lines);
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int lastLength = 0;
        int blanks = 0;
        for (String line : lines) {
            if (line.isEmpty()) {
                blanks++;
                continue;
            }
            boolean join = current.length() > 0 && continues(current, lastLength, full, blanks) && !startsBlock(line);
            if (!join && current.length() > 0) {
                out.add(current.toString());
                current.setLength(0);
            }
            if (join && isAsciiWord(current.charAt(current.length() - 1)) && isAsciiWord(line.charAt(0))) {
                current.append(' ');
            }
            current.append(line);
            lastLength = line.length();
            blanks = 0;
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }

    private static boolean continues(StringBuilder current, int lastLength, int full, int blanks) {
        char last = current.charAt(current.length() - 1);
        if (ENDS.indexOf(last) >= 0 || last == '：' || last == ':') {
            return false;
        }
        if (SOFT_ENDS.indexOf(last) >= 0) {
            return blanks <= 2;
        }
        // A full line that stops mid-sentence was wrapped; a page break may leave blank lines between.
        boolean cjk = Character.UnicodeScript.of(last) == Character.UnicodeScript.HAN;
        return full > 0 && lastLength >= full * 0.8 && blanks <= 3 || cjk && lastLength >= 40 && blanks <= 2;
    }

    private static boolean startsBlock(String line) {
        return BULLET_START.matcher(line).find();
    }

    /** The length of a full line of a wrapped text (PDF), or 0 when lines are whole paragraphs. */
    private static int fullLineLength(String[] lines) {
        int[] lengths = Arrays.stream(lines).mapToInt(String::length).filter(n -> n >= 8).sorted().toArray();
        if (lengths.length < 3) {
            return lengths.length == 0 ? 0 : lengths[lengths.length - 1];
        }
        return lengths[(int) Math.floor(lengths.length * 0.9) - (lengths.length >= 10 ? 0 : 1)];
    }

    private static void cut(String paragraph, String document, List<Sentence> out) {
        int depth = 0;
        int start = 0;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if (c == '“' || c == '（' || c == '(' || c == '《' || c == '「' || c == '【') {
                depth++;
            } else if ((c == '”' || c == '）' || c == ')' || c == '》' || c == '」' || c == '】') && depth > 0) {
                depth--;
            } else if (ENDS.indexOf(c) >= 0 && depth == 0) {
                add(paragraph.substring(start, i + 1), document, out);
                start = i + 1;
            }
        }
        // An unbalanced quote must not swallow the rest of the paragraph: cut it at its sentence ends.
        String rest = paragraph.substring(start);
        if (depth > 0 && rest.length() > 200) {
            for (String s : rest.split("(?<=[。！？!?；;])")) {
                add(s, document, out);
            }
        } else {
            add(rest, document, out);
        }
    }

    private static void add(String text, String document, List<Sentence> out) {
        String t = strip(text);
        if (!t.isEmpty()) {
            out.add(new Sentence(t, document, out.size()));
        }
    }

    private static String strip(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isBlank(s.charAt(a))) {
            a++;
        }
        while (b > a && isBlank(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0' || c == '\uFEFF';
    }

    private static boolean isAsciiWord(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
