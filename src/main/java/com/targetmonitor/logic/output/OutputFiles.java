package com.targetmonitor.logic.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Locale;

/**
 * Writes every output file the same guarded way: the target is checked first (never the open
 * workspace, never any SQLite database or its journal files, never a folder), the content goes to a
 * hidden temporary file in the target's own folder, and only a complete file is renamed onto the
 * target. The temporary file is removed on every failure, so a failed write leaves the folder as it
 * was, including an older file of the same name.
 */
public final class OutputFiles {

    /** Writes the content to the file it is given (a temporary file), returning a result. */
    @FunctionalInterface
    public interface Writer<T> {
        T write(Path temporary) throws IOException;
    }

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    /** A WAL file starts with 0x377f0682 or 0x377f0683 (big-endian). */
    private static final byte[] WAL_MAGIC = {0x37, 0x7f, 0x06};
    private static final String[] SIDECARS = {"-wal", "-shm", "-journal"};

    private OutputFiles() {
    }

    /**
     * Writes {@code target} through a temporary file beside it.
     *
     * @param workspace the open workspace's file, never overwritten (null when there is none)
     * @throws OutputRefusedException when the target is a file that must not be overwritten
     */
    public static <T> T write(Path target, Path workspace, Writer<T> writer) throws IOException {
        Path to = target.toAbsolutePath().normalize();
        refuseProtected(to, workspace);
        Path temp = temporaryBeside(to);
        try {
            T result = writer.write(temp);
            moveReplacing(temp, to);
            temp = null;
            return result;
        } finally {
            deleteQuietly(temp);
        }
    }

    /** Like {@link #write} for callers that report failures unchecked. */
    public static <T> T writeUnchecked(Path target, Path workspace, Writer<T> writer) {
        try {
            return write(target, workspace, writer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Refuses a target that is the open workspace, any SQLite database or WAL file, a journal file of
     * an existing database, or a folder.
     */
    public static void refuseProtected(Path target, Path workspace) {
        Path to = target.toAbsolutePath().normalize();
        if (workspace != null && isSameOrSidecar(to, workspace.toAbsolutePath().normalize())) {
            throw new OutputRefusedException(to, "refused to write " + to.getFileName()
                    + ": it is the open workspace; choose another file name");
        }
        if (Files.isDirectory(to)) {
            throw new OutputRefusedException(to, "refused to write " + to + ": it is a folder; give a file name");
        }
        String name = to.getFileName().toString();
        for (String suffix : SIDECARS) {
            if (name.toLowerCase(Locale.ROOT).endsWith(suffix)
                    && Files.exists(to.resolveSibling(name.substring(0, name.length() - suffix.length())))) {
                throw new OutputRefusedException(to, "refused to write " + name
                        + ": it belongs to the database beside it; choose another file name");
            }
        }
        if (isDatabase(to)) {
            throw new OutputRefusedException(to, "refused to write " + name
                    + ": it is a database (a workspace?), not an output file; choose another file name");
        }
    }

    /** True when the file starts like an SQLite database or its write-ahead log. */
    static boolean isDatabase(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        byte[] head = new byte[SQLITE_HEADER.length];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, head.length);
            return n == head.length && Arrays.equals(head, SQLITE_HEADER)
                    || n >= 4 && Arrays.equals(Arrays.copyOf(head, 3), WAL_MAGIC) && (head[3] & 0xFE) == 0x82;
        } catch (IOException e) {
            return false; // unreadable: the write itself will fail and say why
        }
    }

    private static boolean isSameOrSidecar(Path to, Path workspace) {
        if (to.equals(workspace) || sameFile(to, workspace)) {
            return true;
        }
        for (String suffix : SIDECARS) {
            Path sidecar = workspace.resolveSibling(workspace.getFileName() + suffix);
            if (to.equals(sidecar) || sameFile(to, sidecar)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** A new hidden, empty file in the target's folder (so the final rename stays on one disk). */
    static Path temporaryBeside(Path target) throws IOException {
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("no such folder: " + dir);
        }
        return Files.createTempFile(dir, "." + target.getFileName() + "-", ".part");
    }

    static void moveReplacing(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A hidden .part file left behind; the failure that matters has already been thrown.
        }
    }
}
