package com.targetmonitor.logic.excel.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** A part inflated ahead on its own thread reads as the part, fails where the part fails, and stops when closed. */
class ReadAheadTest {

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        new Random(7).nextBytes(b);
        return b;
    }

    @Test
    void readsEveryByteInOrder() throws IOException {
        byte[] part = bytes(1_000_003);
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        try (InputStream in = new ReadAhead(new ByteArrayInputStream(part), "xl/worksheets/sheet1.xml")) {
            byte[] b = new byte[7_919];
            int n;
            while ((n = in.read(b, 0, b.length)) >= 0) {
                read.write(b, 0, n);
            }
            assertThat(in.read()).isEqualTo(-1);
        }
        assertThat(read.toByteArray()).isEqualTo(part);
    }

    @Test
    void aFailureWhileInflatingReachesTheReaderAfterTheBytesBeforeIt() throws IOException {
        IOException bomb = new IOException("Zip bomb detected! The file would exceed the max size");
        InputStream failing = new FilterInputStream(new ByteArrayInputStream(bytes(300_000))) {
            private int given;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (given >= 200_000) {
                    throw bomb;
                }
                int n = super.read(b, off, Math.min(len, 200_000 - given));
                given += n;
                return n;
            }
        };
        try (InputStream in = new ReadAhead(failing, "xl/worksheets/sheet1.xml")) {
            assertThat(in.readNBytes(200_000)).hasSize(200_000);
            assertThatThrownBy(in::read).isSameAs(bomb);
        }
    }

    @Test
    void closingEarlyStopsTheInflatingThreadAndClosesThePart() throws Exception {
        AtomicBoolean partClosed = new AtomicBoolean();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 1);
                return len;
            }

            @Override
            public void close() {
                partClosed.set(true);
            }
        };
        ReadAhead in = new ReadAhead(endless, "xl/worksheets/sheet1.xml");
        assertThat(in.readNBytes(100_000)).hasSize(100_000);
        in.close();
        assertThat(partClosed).isTrue();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("inflate xl/worksheets/sheet1.xml"));
    }
}
