package com.targetmonitor.logic.excel.read;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.CharBuffer;

/**
 * Decides how a CSV file is encoded. Excel on a Chinese Windows saves "CSV" in GBK; "CSV UTF-8"
 * and most other programs write UTF-8, often with a byte-order mark. Text that decodes as strict
 * UTF-8 is UTF-8 (GBK text almost never does); anything else is read as GB18030, the superset of GBK.
 */
public final class CharsetSniffer {

    public static final Charset GB18030 = Charset.forName("GB18030");

    private CharsetSniffer() {
    }

    /** The charset and the length of the byte-order mark to skip. */
    public record Sniffed(Charset charset, int bomLength) {
    }

    public static Sniffed sniff(byte[] head, boolean complete) {
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new Sniffed(StandardCharsets.UTF_8, 3);
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new Sniffed(StandardCharsets.UTF_16LE, 2);
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new Sniffed(StandardCharsets.UTF_16BE, 2);
        }
        return new Sniffed(isUtf8(head, complete) ? StandardCharsets.UTF_8 : GB18030, 0);
    }

    /** Strict UTF-8; when the sample is cut from a longer file, a character cut at its end is fine. */
    private static boolean isUtf8(byte[] bytes, boolean complete) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, complete);
        if (result.isError()) {
            return false;
        }
        if (complete) {
            try {
                return !decoder.flush(out).isError();
            } catch (IllegalStateException e) {
                return false;
            }
        }
        return true;
    }

    /** True when the bytes look like a binary file rather than text (NUL bytes outside UTF-16). */
    static boolean looksBinary(byte[] head, Charset charset) {
        if (charset == StandardCharsets.UTF_16LE || charset == StandardCharsets.UTF_16BE) {
            return false;
        }
        int controls = 0;
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
            if ((b & 0xFF) < 0x09 || ((b & 0xFF) > 0x0D && (b & 0xFF) < 0x20 && b != 0x1B)) {
                controls++;
            }
        }
        return head.length > 0 && controls * 20 > head.length;
    }
}
