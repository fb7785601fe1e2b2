package com.targetmonitor.logic.excel.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * A window of UTF-8 bytes over a part being read by {@link LeanXmlParser}: {@code buf[pos..end)} is
 * read and not yet consumed. Reading more moves the unconsumed rest to the front (indices held by
 * the caller shift by the returned amount) and grows the window only when one token fills it. Bytes,
 * not characters: every byte XML's markup is made of is ASCII, and never part of a multi-byte
 * character, so tags are found in the bytes and only text is decoded ({@link Utf8}).
 */
final class ByteWindow {

    private static final int CHUNK = 1 << 16;

    private final InputStream in;
    byte[] buf = new byte[CHUNK];
    int pos;
    int end;
    private boolean eof;

    ByteWindow(InputStream in) {
        this.in = in;
    }

    /** Reads more: how far indices moved, or -1 at the end of the input. */
    int more() throws IOException {
        if (eof) {
            return -1;
        }
        int shift = pos;
        System.arraycopy(buf, pos, buf, 0, end - pos);
        end -= pos;
        pos = 0;
        if (end == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, end, buf.length - end);
        if (n < 0) {
            eof = true;
            return -1;
        }
        end += n;
        return shift;
    }

    /** At least n characters from pos, unless the input ends first. */
    boolean ensure(int n) throws IOException {
        while (end - pos < n) {
            if (more() < 0) {
                return false;
            }
        }
        return true;
    }

    boolean startsWith(String s) throws IOException {
        return ensure(s.length()) && equals(s, pos, s.length());
    }

    boolean equals(String s, int from, int len) {
        if (s.length() != len) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (s.charAt(k) != buf[from + k]) { // s is ASCII markup
                return false;
            }
        }
        return true;
    }

    int indexOf(byte c, int from) {
        for (int i = from; i < end; i++) {
            if (buf[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /** The index of s at or after from, reading more as needed; the end of the input there is an error. */
    int find(String s, int from) throws IOException {
        int offset = from - pos;
        while (true) {
            for (int i = pos + offset; i <= end - s.length(); i++) {
                if (equals(s, i, s.length())) {
                    return i;
                }
            }
            offset = Math.max(offset, end - pos - s.length() + 1);
            if (more() < 0) {
                throw unclosed();
            }
        }
    }

    /** The '>' closing the tag at pos (not one inside a quoted value), reading more as needed. */
    int tagEnd() throws IOException {
        int offset = 1;
        byte quote = 0;
        while (true) {
            for (; pos + offset < end; offset++) {
                byte c = buf[pos + offset];
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '>') {
                    return pos + offset;
                }
            }
            if (more() < 0) {
                throw unclosed();
            }
        }
    }

    /**
     * Where the text in the window can be cut before reading more: before a character whose bytes are
     * not all read yet, before a reference whose ';' is not read yet, and before a last carriage return
     * (its line feed may come next).
     */
    int safeTextEnd() {
        int safe = Utf8.completeEnd(buf, pos, end);
        for (int i = safe - 1; i >= pos && i >= safe - 12; i--) {
            if (buf[i] == ';') {
                break;
            }
            if (buf[i] == '&') {
                safe = i;
                break;
            }
        }
        if (safe > pos && buf[safe - 1] == '\r') {
            safe--;
        }
        return safe;
    }

    static IOException unclosed() {
        return new IOException("the XML ends inside a tag, comment or section");
    }
}
