package com.targetmonitor.logic.workspace;

import com.targetmonitor.persistence.WorkspaceFileException;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One window per workspace: the window that opens a workspace holds an operating-system lock on
 * {@code <file>.lock} beside it, which says who holds it (user, machine, since). The lock goes with
 * the process, so a window that crashed leaves nothing that blocks the next start; the file itself
 * only tells a second window (or another user on a shared drive) whom to ask. The command line
 * does not take it: SQLite orders its writes with the window's.
 */
public final class WorkspaceLock implements AutoCloseable {

    /** Locked far past the text, so that on Windows, where locks are mandatory, the text stays readable. */
    private static final long LOCK_OFFSET = 1L << 30;
    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());
    private static final Map<Path, WorkspaceLock> HELD = new ConcurrentHashMap<>();

    private final Path workspace;
    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(Path workspace, Path file, FileChannel channel, FileLock lock) {
        this.workspace = workspace;
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the workspace for this window.
     *
     * @return the lock, or null when the folder cannot be written (the workspace then opens read-only)
     * @throws WorkspaceFileException with reason LOCKED when another window holds it; the message names
     *                                the user, the machine and since when
     */
    public static WorkspaceLock acquire(Path workspace) {
        Path key = workspace.toAbsolutePath().normalize();
        Path file = lockFile(key);
        if (!Files.isWritable(key.getParent())) {
            return null;
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock(LOCK_OFFSET, 1, false);
            } catch (OverlappingFileLockException e) {
                lock = null; // another window of this same process
            }
            if (lock == null) {
                channel.close();
                throw locked(key, holder(file));
            }
            String text = "user=" + System.getProperty("user.name", "?") + "\nmachine=" + machine() + "\nsince="
                    + Instant.now() + "\n";
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            WorkspaceLock held = new WorkspaceLock(key, file, channel, lock);
            HELD.put(key, held);
            return held;
        } catch (IOException e) {
            closeQuietly(channel);
            // A drive that cannot lock (some network shares): open without the guard rather than not at all.
            org.slf4j.LoggerFactory.getLogger(WorkspaceLock.class).warn("cannot lock {}", file, e);
            return null;
        }
    }

    /** Releases the lock of a workspace this process holds, if any (when the window closes or switches). */
    public static void release(Path workspace) {
        WorkspaceLock held = HELD.remove(workspace.toAbsolutePath().normalize());
        if (held != null) {
            held.close();
        }
    }

    /** Who holds the workspace, in words: "张三 on PC-07 since 2024-07-15 09:12"; empty parts are left out. */
    static String holder(Path file) {
        Map<String, String> values = new java.util.HashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    values.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        } catch (IOException e) {
            return "another window";
        }
        String since = values.get("since");
        try {
            since = since == null ? "?" : SINCE.format(Instant.parse(since));
        } catch (java.time.format.DateTimeParseException e) {
            since = "?";
        }
        return values.getOrDefault("user", "?") + " on " + values.getOrDefault("machine", "?") + " since " + since;
    }

    private static WorkspaceFileException locked(Path workspace, String holder) {
        return new WorkspaceFileException(WorkspaceFileException.Reason.LOCKED, workspace.getFileName()
                + " is open in another window: " + holder, holder);
    }

    static Path lockFile(Path workspace) {
        return workspace.resolveSibling(workspace.getFileName() + ".lock");
    }

    private static String machine() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            String env = System.getenv("COMPUTERNAME");
            return env == null ? "?" : env;
        }
    }

    @Override
    public void close() {
        HELD.remove(workspace, this);
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel releases it too
        }
        closeQuietly(channel);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // an unlocked lock file blocks nobody
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing more to do
            }
        }
    }
}
