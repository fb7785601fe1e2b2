package com.targetmonitor.logic.excel.read;

/**
 * The strings of short attribute values that repeat on every cell of a sheet (t="n", t="inlineStr",
 * s="3"), made once and handed out again for the same bytes: a new string per cell and attribute was a
 * tenth of what reading a 100,000-row sheet allocated. Only values of ASCII letters and digits are
 * kept (there is nothing to decode in them), and of those only all-letter ones or ones of at most
 * three characters: a cell reference (r="C1234") differs from cell to cell and is not worth keeping.
 */
final class RepeatedValues {

    private static final int SHORT = 3;
    /** Direct-mapped: a value that meets another's slot takes it. */
    private final String[] kept = new String[64];

    /** The string of these bytes, the same one as last time where it was kept; null for a value not of that kind. */
    String of(byte[] buf, int from, int to) {
        if (to < from) {
            return null; // no closing quote: the parser says what is wrong
        }
        int h = to - from;
        boolean digits = false;
        for (int i = from; i < to; i++) {
            byte c = buf[i];
            boolean digit = c >= '0' && c <= '9';
            if (!digit && !(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z')) {
                return null;
            }
            digits |= digit;
            h = 31 * h + c;
        }
        if (digits && to - from > SHORT) {
            return null;
        }
        int slot = (h ^ (h >>> 6)) & (kept.length - 1);
        String known = kept[slot];
        if (known != null && same(known, buf, from, to)) {
            return known;
        }
        String value = Utf8.string(buf, from, to);
        kept[slot] = value;
        return value;
    }

    private static boolean same(String known, byte[] buf, int from, int to) {
        if (known.length() != to - from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (known.charAt(i - from) != buf[i]) {
                return false;
            }
        }
        return true;
    }
}
