package com.targetmonitor.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * A stylesheet's text cut into its rules, for {@link ThemeCompiler}: each rule's selectors and its
 * declarations' text, comments left out. JavaFX stylesheets do not nest rules; a brace or comma inside a
 * quoted string (an SVG path, a font name) is part of it. An at-rule ({@code @font-face}) is kept whole as
 * one "selector" that {@link ThemeCompiler#canMatch} does not drop.
 */
final class CssRules {

    /** One rule: its selectors as written (trimmed) and the text between its braces. */
    record Rule(List<String> selectors, String body) {
    }

    private CssRules() {
    }

    static List<Rule> of(String css) {
        String text = withoutComments(css);
        List<Rule> rules = new ArrayList<>();
        int at = 0;
        while (true) {
            int open = indexOutsideStrings(text, '{', at);
            if (open < 0) {
                return rules;
            }
            int close = indexOutsideStrings(text, '}', open);
            if (close < 0) {
                throw new IllegalArgumentException("a rule without its closing brace at " + open);
            }
            String head = text.substring(at, open).trim();
            List<String> selectors = head.startsWith("@") ? List.of(head) : splitOutsideStrings(head);
            rules.add(new Rule(selectors, text.substring(open + 1, close)));
            at = close + 1;
        }
    }

    private static String withoutComments(String css) {
        StringBuilder out = new StringBuilder(css.length());
        char quote = 0;
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (quote == 0 && c == '/' && i + 1 < css.length() && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                i = end < 0 ? css.length() : end + 1;
                continue;
            }
            quote = nextQuote(quote, c);
            out.append(c);
        }
        return out.toString();
    }

    private static int indexOutsideStrings(String text, char wanted, int from) {
        char quote = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote == 0 && c == wanted) {
                return i;
            }
            quote = nextQuote(quote, c);
        }
        return -1;
    }

    private static List<String> splitOutsideStrings(String head) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int comma = indexOutsideStrings(head, ',', 0); comma >= 0; comma = indexOutsideStrings(head, ',', start)) {
            parts.add(head.substring(start, comma).trim());
            start = comma + 1;
        }
        parts.add(head.substring(start).trim());
        parts.removeIf(String::isEmpty);
        return parts;
    }

    /** The quote a string is in after the character (0 outside strings). */
    private static char nextQuote(char quote, char c) {
        if (quote == 0) {
            return c == '"' || c == '\'' ? c : 0;
        }
        return c == quote ? 0 : quote;
    }
}
