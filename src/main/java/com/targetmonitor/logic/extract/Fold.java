package com.targetmonitor.logic.extract;

/**
 * Folds the forms the grammar need not tell apart: full-width letters, digits and punctuation to ASCII
 * (，→, ％→% １２→12), the wave dash and full-width hyphen to ~ and -, whitespace dropped (PDFs space
 * out characters). Chinese quotes “” and the enumeration comma 、 stay: they mean something.
 */
final class Fold {

    private Fold() {
    }

    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0' || c == '\uFEFF') {
                continue;
            }
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '～' || c == '〜') {
                c = '~';
            } else if (c == '\u2212' || c == '\uFE63') {
                c = '-';
            } else if (c == '。' || c == '．' && i > 0 && !Character.isDigit(s.charAt(i - 1))) {
                c = '。';
            } else if (c == '．') {
                c = '.';
            }
            b.append(c);
        }
        return b.toString();
    }
}
