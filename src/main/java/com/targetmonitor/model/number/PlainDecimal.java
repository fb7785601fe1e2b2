package com.targetmonitor.model.number;

/**
 * Decimals as spreadsheets store numeric cells ("93.2", "-2.1", "5800"), read without the general
 * machinery: a 100,000-row statistics table holds half a million of them, and each was parsed, written
 * out and parsed again.
 */
public final class PlainDecimal {

    /** 2^53: every integer up to it is a double exactly. */
    private static final long EXACT_INTEGERS = 1L << 53;
    /** 10^0 … 10^22, each a double exactly. */
    private static final double[] POWERS_OF_TEN = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = p;
            p *= 10;
        }
    }

    private PlainDecimal() {
    }

    /**
     * Whether the text is how the shortest decimal of its own value is written (no leading zeros, no
     * trailing zeros after a point, no exponent, at most 15 significant digits, not "-0"). Such a text
     * is what a spreadsheet's number, written out as the importer writes numbers, reads again: it
     * need not be parsed to be written, nor kept beside its value. Checked by scanning.
     */
    public static boolean isCanonical(String text) {
        int n = text.length();
        int i = text.startsWith("-") ? 1 : 0;
        if (i == n || n > 17) {
            return false;
        }
        int dot = text.indexOf('.');
        int intEnd = dot < 0 ? n : dot;
        if (intEnd - i > 1 && text.charAt(i) == '0' || intEnd == i) {
            return false;
        }
        int digits = 0;
        for (int k = i; k < n; k++) {
            char c = text.charAt(k);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (k != dot) {
                return false;
            }
        }
        if (dot >= 0 && (dot == n - 1 || text.charAt(n - 1) == '0')) {
            return false;
        }
        return digits <= 15 && !(i == 1 && isZero(text));
    }

    /**
     * The value of an optional minus, digits and at most one point (the caller has checked that form),
     * exactly as {@link Double#parseDouble} gives it. When the digits make an integer below 2^53 and
     * there are at most 22 after the point, both that integer and the power of ten are doubles exactly,
     * and one division rounds correctly (Clinger's fast path); otherwise the JDK reads it.
     */
    public static double value(String s) {
        int i = s.charAt(0) == '-' ? 1 : 0;
        long digits = 0;
        int afterPoint = -1;
        for (int k = i; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '.') {
                afterPoint = 0;
                continue;
            }
            digits = digits * 10 + (c - '0');
            if (digits > EXACT_INTEGERS) {
                return Double.parseDouble(s);
            }
            if (afterPoint >= 0) {
                afterPoint++;
            }
        }
        int scale = Math.max(afterPoint, 0);
        if (scale >= POWERS_OF_TEN.length) {
            return Double.parseDouble(s);
        }
        double v = digits / POWERS_OF_TEN[scale];
        return i == 1 ? -v : v;
    }

    /** Only zeros, dots and minus signs: "-0" and "-0.0" are not how a zero is written. */
    private static boolean isZero(String text) {
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c != '0' && c != '.' && c != '-') {
                return false;
            }
        }
        return true;
    }
}
