package com.targetmonitor.logic.excel.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A large part inflated on a second thread while the parser reads what is already inflated: office PCs
 * have two cores or more, and inflating a 100,000-row sheet is a tenth of reading it. At most a few
 * chunks are held ahead. A failure while inflating (a zip bomb refused, a damaged entry) is thrown to
 * the reader where it would have met it; closing stops the inflating thread and waits for it, so the
 * zip file is never read after it is closed.
 */
final class ReadAhead extends InputStream {

    private static final int CHUNK = 1 << 16;
    private static final int AHEAD = 4;
    private static final Object END = new Object();

    private record Chunk(byte[] bytes, int length) {
    }

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
    private final Thread worker;
    private volatile boolean closed;
    private Chunk current;
    private int at;
    private boolean ended;

    ReadAhead(InputStream in, String part) {
        worker = new Thread(() -> inflate(in), "inflate " + part);
        worker.setDaemon(true);
        worker.start();
    }

    private void inflate(InputStream in) {
        try (in) {
            while (!closed) {
                byte[] b = new byte[CHUNK];
                int n = 0;
                Throwable failed = null;
                try {
                    for (int r; n < CHUNK && (r = in.read(b, n, CHUNK - n)) >= 0; ) {
                        n += r;
                    }
                } catch (IOException | RuntimeException | Error e) {
                    failed = e; // after the bytes inflated before it, as the reader would have met it
                }
                if (n > 0) {
                    queue.put(new Chunk(b, n));
                }
                if (failed != null || n < CHUNK) {
                    queue.put(failed != null ? failed : END);
                    return;
                }
            }
        } catch (InterruptedException e) {
            // Closed while waiting for room: the reader wants no more.
        } catch (IOException e) {
            // Closing the part failed after it was read to its end: nothing the reader needs.
        }
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
        if (current == null || at == current.length()) {
            if (!next()) {
                return -1;
            }
        }
        int n = Math.min(len, current.length() - at);
        System.arraycopy(current.bytes(), at, b, off, n);
        at += n;
        return n;
    }

    private boolean next() throws IOException {
        if (ended) {
            return false;
        }
        Object item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading the workbook");
        }
        if (item == END) {
            ended = true;
            return false;
        }
        if (item instanceof IOException e) {
            throw e;
        }
        if (item instanceof RuntimeException e) {
            throw e;
        }
        if (item instanceof Error e) {
            throw e;
        }
        current = (Chunk) item;
        at = 0;
        return true;
    }

    @Override
    public void close() {
        closed = true;
        worker.interrupt();
        boolean interrupted = false;
        while (worker.isAlive()) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
