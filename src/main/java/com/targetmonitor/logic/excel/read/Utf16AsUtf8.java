package com.targetmonitor.logic.excel.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A UTF-16 part re-encoded as UTF-8 as it is read, so that {@link LeanXmlParser} reads one encoding.
 * No writer we know saves a workbook's parts in UTF-16 (XML allows it); this costs those few a copy.
 */
final class Utf16AsUtf8 extends InputStream {

    private final Reader in;
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final CharBuffer chars = CharBuffer.allocate(8192);
    private final ByteBuffer bytes = ByteBuffer.allocate(3 * 8192 + 16);
    private boolean eof;
    private boolean flushed;

    Utf16AsUtf8(InputStream utf16) {
        in = new InputStreamReader(utf16, StandardCharsets.UTF_16);
        bytes.flip();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!bytes.hasRemaining()) {
            if (flushed) {
                return -1;
            }
            fill();
        }
        int n = Math.min(len, bytes.remaining());
        bytes.get(b, off, n);
        return n;
    }

    private void fill() throws IOException {
        bytes.clear();
        if (!eof && in.read(chars) < 0) {
            eof = true;
        }
        chars.flip();
        encoder.encode(chars, bytes, eof);
        if (eof) {
            encoder.flush(bytes);
            flushed = !chars.hasRemaining();
        }
        chars.compact();
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
