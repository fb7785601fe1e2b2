package com.targetmonitor.logic.excel.read;

import java.nio.charset.StandardCharsets;

/**
 * UTF-8 text of a part, decoded where {@link LeanXmlParser} hands it on and nowhere else: a sheet's
 * markup is most of its bytes and is read as bytes. Malformed bytes read as U+FFFD, as the JDK's
 * decoder reads them.
 */
final class Utf8 {

    private Utf8() {
    }

    /**
     * The characters of {@code bytes[from..to)} written into {@code out} (which holds at least
     * {@code to - from}: UTF-8 never has fewer bytes than UTF-16 has chars), their count returned.
     */
    static int decode(byte[] bytes, int from, int to, char[] out) {
        int n = 0;
        int i = from;
        while (i < to) {
            int b = bytes[i];
            if (b >= 0) {
                out[n++] = (char) b;
                i++;
                continue;
            }
            int len = sequenceLength(b);
            if (len == 0 || i + len > to) {
                return slow(bytes, from, to, out);
            }
            int c = b & (0xFF >> (len + 1));
            for (int k = 1; k < len; k++) {
                int next = bytes[i + k];
                if ((next & 0xC0) != 0x80) {
                    return slow(bytes, from, to, out);
                }
                c = c << 6 | next & 0x3F;
            }
            // Overlong forms, surrogates and code points past U+10FFFF are malformed: the JDK's way for those.
            if (len == 2 && c < 0x80 || len == 3 && (c < 0x800 || c >= 0xD800 && c <= 0xDFFF)
                    || len == 4 && (c < 0x10000 || c > 0x10FFFF)) {
                return slow(bytes, from, to, out);
            }
            n += Character.toChars(c, out, n);
            i += len;
        }
        return n;
    }

    /** The bytes as a string. */
    static String string(byte[] bytes, int from, int to) {
        return new String(bytes, from, to - from, StandardCharsets.UTF_8);
    }

    /**
     * Where the bytes can be cut without splitting a character: {@code end}, or the start of a last
     * character whose bytes are not all there yet.
     */
    static int completeEnd(byte[] bytes, int from, int end) {
        for (int i = end - 1; i >= from && i >= end - 3; i--) {
            int b = bytes[i];
            if ((b & 0xC0) != 0x80) {
                int len = b >= 0 ? 1 : sequenceLength(b);
                return len > end - i ? i : end;
            }
        }
        return end;
    }

    /** The length of the sequence a lead byte starts; 0 for a byte that cannot start one. */
    private static int sequenceLength(int b) {
        if ((b & 0xE0) == 0xC0) {
            return 2;
        }
        if ((b & 0xF0) == 0xE0) {
            return 3;
        }
        return (b & 0xF8) == 0xF0 ? 4 : 0;
    }

    private static int slow(byte[] bytes, int from, int to, char[] out) {
        String s = string(bytes, from, to);
        s.getChars(0, s.length(), out, 0);
        return s.length();
    }
}
