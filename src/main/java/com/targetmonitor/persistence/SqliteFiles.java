package com.targetmonitor.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.sqlite.SQLiteConfig;

/**
 * A workspace file as a file: the checks it goes through before anything is written to it, the words
 * for what went wrong, and putting a backup in its place. Kept apart from {@link Workspace} so that the
 * workspace reads as what it holds, and the file's safety rules can be read in one place.
 */
final class SqliteFiles {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private SqliteFiles() {
    }

    static void requireContent(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new WorkspaceFileException(WorkspaceFileException.Reason.MISSING, "no such workspace file: " + file);
        }
        try {
            if (Files.size(file) == 0) {
                throw new WorkspaceFileException(WorkspaceFileException.Reason.NOT_A_DATABASE, file.getFileName()
                        + " is empty (a workspace whose creation was cut short?): create a new workspace there");
            }
        } catch (IOException e) {
            throw new WorkspaceFileException(WorkspaceFileException.Reason.NO_PERMISSION,
                    "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** An SQLite failure while opening, as the reason the user is told. */
    static WorkspaceFileException classify(Path file, SQLException e) {
        String name = file.getFileName().toString();
        int code = e.getErrorCode() & 0xFF;
        WorkspaceFileException.Reason reason = switch (code) {
            case 5, 6 -> WorkspaceFileException.Reason.BUSY;
            case 3, 8, 14, 23 -> WorkspaceFileException.Reason.NO_PERMISSION;
            case 13 -> WorkspaceFileException.Reason.DISK_FULL;
            case 11, 26 -> WorkspaceFileException.Reason.DAMAGED;
            default -> WorkspaceFileException.Reason.OTHER;
        };
        String what = switch (reason) {
            case BUSY -> " is being written by another program and stayed busy for " + Workspace.BUSY_TIMEOUT_MS / 1000
                    + " seconds; try again in a moment";
            case NO_PERMISSION -> " cannot be opened with this user's rights";
            case DISK_FULL -> " cannot be written: the disk is full; free some space and try again";
            case DAMAGED -> " is damaged";
            default -> " cannot be opened";
        };
        return new WorkspaceFileException(reason, name + what + " (" + e.getMessage() + ")", e);
    }

    /**
     * Looks at the file before we write to it: an SQLite header, our application id (or an empty
     * database), a schema not newer than ours, and, after a session that did not close the file, an
     * intact database. The checks use a plain connection that only reads, so another program's
     * database is not touched (setting WAL mode would rewrite its header). The identity and the schema
     * version are asked of that connection, not read from the file's first bytes: while another
     * process has the workspace open (the window, when the command line imports into it), what it
     * wrote since its last checkpoint, a new workspace's stamp among it, is in the write-ahead log.
     */
    static void probe(Path file) {
        if (!Files.exists(file)) {
            return;
        }
        byte[] header = new byte[100];
        try {
            if (Files.size(file) == 0) {
                return;
            }
            int read;
            try (InputStream in = Files.newInputStream(file)) {
                read = in.readNBytes(header, 0, header.length);
            }
            if (read < header.length || !Arrays.equals(Arrays.copyOf(header, SQLITE_HEADER.length), SQLITE_HEADER)) {
                throw new WorkspaceFileException(WorkspaceFileException.Reason.NOT_A_DATABASE,
                        file.getFileName() + " is not a workspace (not an SQLite database)");
            }
        } catch (IOException e) {
            throw new WorkspaceFileException("cannot read " + file + ": " + e.getMessage(), e);
        }
        checkLength(file, header);
        // A full scan on every open cost a second on a large workspace; it runs when the last session did
        // not close the file (its write-ahead log is still there: looked at before our connection makes
        // one), and on demand (checkIntegrity).
        boolean leftOpen = Files.exists(sidecar(file, "-wal"));
        try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement st = c.createStatement()) {
            int appId = intPragma(st, "PRAGMA application_id");
            int tables = intPragma(st, "SELECT count(*) FROM sqlite_master");
            if (appId != Workspace.APPLICATION_ID && !(appId == 0 && tables == 0)) {
                throw new WorkspaceFileException(WorkspaceFileException.Reason.OTHER_PROGRAM, file.getFileName()
                        + " is an SQLite database of another program, not a Target Monitor workspace");
            }
            int version = intPragma(st, "PRAGMA user_version");
            if (version > Migrations.latestVersion()) {
                throw new WorkspaceFileException(WorkspaceFileException.Reason.NEWER_VERSION, file.getFileName()
                        + " was written by a newer version of Target Monitor (schema " + version + "); please update");
            }
            if (leftOpen) {
                quickCheck(file, st);
            }
        } catch (SQLException e) {
            throw new WorkspaceFileException(WorkspaceFileException.Reason.DAMAGED,
                    file.getFileName() + " is damaged or not a workspace: "
                    + e.getMessage(), e);
        }
    }

    /** A file shorter than the pages its header counts has lost its end (a copy cut short): no scan needed to see it. */
    static void checkLength(Path file, byte[] header) {
        ByteBuffer h = ByteBuffer.wrap(header);
        int pageSize = h.getShort(16) & 0xFFFF;
        long pages = h.getInt(28) & 0xFFFFFFFFL;
        boolean countValid = h.getInt(24) == h.getInt(92); // the header's page count is current
        try {
            long expected = (pageSize == 1 ? 65536L : pageSize) * pages;
            long size = Files.size(file);
            if (countValid && pages > 0 && size < expected) {
                throw new WorkspaceFileException(WorkspaceFileException.Reason.DAMAGED, file.getFileName()
                        + " is damaged: it is cut short (" + size + " of " + expected + " bytes)");
            }
        } catch (IOException e) {
            throw new WorkspaceFileException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static void quickCheck(Path file, Statement st) throws SQLException {
        try (var rs = st.executeQuery("PRAGMA quick_check")) {
            String result = rs.next() ? rs.getString(1) : "no answer";
            if (!"ok".equalsIgnoreCase(result)) {
                throw new WorkspaceFileException(WorkspaceFileException.Reason.DAMAGED,
                        file.getFileName() + " is damaged: " + result);
            }
        }
    }

    static int intPragma(Statement st, String sql) throws SQLException {
        try (var rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    static void restore(Path backup, Path target) {
        probe(backup);
        Path to = target.toAbsolutePath().normalize();
        Path temp = null;
        try {
            temp = Files.createTempFile(to.getParent(), "." + to.getFileName() + "-", ".restore");
            Files.copy(backup, temp, StandardCopyOption.REPLACE_EXISTING);
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(temp,
                    java.nio.file.StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            for (String suffix : new String[] {"-wal", "-shm", "-journal"}) {
                Files.deleteIfExists(sidecar(to, suffix));
            }
            moveReplacing(temp, to);
            temp = null;
        } catch (IOException e) {
            throw new WorkspaceFileException("cannot restore " + to.getFileName() + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // a hidden .restore file left behind; the failure has been reported
                }
            }
        }
    }

    static Path sidecar(Path database, String suffix) {
        return database.resolveSibling(database.getFileName() + suffix);
    }

    static void moveReplacing(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A read-only connection to a checked workspace file of the current schema (see {@link Workspace#openReadOnly}). */
    static Connection readOnlyConnection(Path file) {
        requireContent(file);
        if (!Files.isReadable(file)) {
            throw new WorkspaceFileException(WorkspaceFileException.Reason.NO_PERMISSION, "no permission to read " + file);
        }
        probe(file);
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(Workspace.BUSY_TIMEOUT_MS);
        Path path = file.toAbsolutePath();
        Path parent = path.getParent();
        // Where nothing can be written, SQLite cannot make its -shm file either: read the file as it is.
        boolean immutable = !Files.isWritable(path) || parent == null || !Files.isWritable(parent);
        String url = immutable ? "jdbc:sqlite:file:" + path.toUri().getRawPath() + "?immutable=1" : "jdbc:sqlite:" + path;
        try {
            Connection c = config.createConnection(url);
            try {
                if (Migrations.currentVersion(c) < Migrations.latestVersion()) {
                    throw new WorkspaceFileException(WorkspaceFileException.Reason.NO_PERMISSION, file.getFileName()
                            + " was made by an older version and must be updated, which needs write access");
                }
                return c;
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
        } catch (SQLException e) {
            throw classify(file, e);
        }
    }

    /** A connection to a checked workspace file, stamped as ours and migrated, its history recorded under {@code account}. */
    static Connection connection(Path file, String account) {
        probe(file);
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        // Another process writing (a second window, an import from the command line) is waited for.
        config.setBusyTimeout(Workspace.BUSY_TIMEOUT_MS);
        // A transaction takes the write lock when it begins: one that read first and wrote later would
        // otherwise fail at once (SQLITE_BUSY_SNAPSHOT) when another process wrote in between.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        try {
            Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try {
                try (Statement st = c.createStatement()) {
                    // Only a new file is stamped: writing it on every open would change a file that is only read.
                    if (intPragma(st, "PRAGMA application_id") != Workspace.APPLICATION_ID) {
                        st.execute("PRAGMA application_id = " + Workspace.APPLICATION_ID);
                    }
                }
                Migrations.migrate(c);
                ChangeLog.install(c, account);
                return c;
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
        } catch (SQLException e) {
            throw classify(file, e);
        }
    }

    /**
     * Writes a consistent copy of the workspace on {@code connection} to {@code target} (see
     * {@link Workspace#copyTo}); {@code lock} is held so no transaction of the workspace is open meanwhile.
     */
    static void vacuumInto(Connection connection, Object lock, Path file, Path target) {
        copy(file, target, temp -> {
            synchronized (lock) { // no transaction of ours may be open during VACUUM
                vacuum(connection, temp);
            }
        });
    }

    /**
     * As {@link #vacuumInto}, through a read-only connection of its own (see {@link Workspace#copyToApart}):
     * the workspace's connection is not held meanwhile. In WAL mode the copy is the state last committed.
     */
    static void vacuumApart(Path file, Path target) {
        copy(file, target, temp -> {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            config.setBusyTimeout(Workspace.BUSY_TIMEOUT_MS);
            try (Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
                vacuum(c, temp);
            }
        });
    }

    private interface Vacuum {
        void into(Path temp) throws SQLException;
    }

    private static void vacuum(Connection connection, Path temp) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("VACUUM INTO ?")) {
            st.setString(1, temp.toString());
            st.execute();
        }
    }

    private static void copy(Path file, Path target, Vacuum vacuum) {
        Path to = target.toAbsolutePath().normalize();
        try {
            if (to.equals(file.toAbsolutePath().normalize()) || (Files.exists(to) && Files.isSameFile(to, file))) {
                throw new WorkspaceFileException(WorkspaceFileException.Reason.ALREADY_EXISTS,
                        "cannot copy workspace " + file + " onto itself");
            }
            if (Files.exists(sidecar(to, "-wal")) || Files.exists(sidecar(to, "-journal"))) {
                throw new WorkspaceFileException(WorkspaceFileException.Reason.IN_USE,
                        to.getFileName() + " is in use by another program");
            }
            Files.createDirectories(to.getParent());
        } catch (IOException e) {
            throw new WorkspaceFileException("cannot copy workspace to " + to + ": " + e.getMessage(), e);
        }
        Path temp = null;
        try {
            // VACUUM INTO accepts an empty file, so the temporary name is reserved before SQLite writes.
            temp = Files.createTempFile(to.getParent(), "." + to.getFileName() + "-", ".part");
            vacuum.into(temp);
            moveReplacing(temp, to);
            temp = null;
        } catch (IOException | SQLException e) {
            throw new WorkspaceFileException("cannot copy workspace to " + to + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // Left behind as a hidden .part file; the copy has already been reported as failed.
                }
            }
        }
    }
}
