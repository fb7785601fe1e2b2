package com.targetmonitor.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.function.Supplier;
import org.sqlite.SQLiteConfig;

/**
 * One workspace: plans, units, indicators and observations, in one SQLite file or in a PostgreSQL
 * database shared by an office ({@link #openAddress}, {@link ServerConnector}). Opening checks the
 * file before anything is written to it, so a file that is not a workspace is left unchanged.
 * Foreign keys are on, the journal is WAL, and every change runs in a transaction.
 */
public final class Workspace implements AutoCloseable {

    /** SQLite's application_id for our files: "TMON". Lets us tell our files from other databases. */
    static final int APPLICATION_ID = 0x544D4F4E;
    /** How long a write waits for another process's write to finish before it says the file is busy. */
    static final int BUSY_TIMEOUT_MS = 10_000;
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final Path file;
    private final ServerAddress server;
    private final Supplier<Connection> reconnect;
    private final Dialect dialect;
    private final Connection connection;
    private final Transactions transactions;
    private final PlanRepository plans;
    private final UnitRepository units;
    private final IndicatorRepository indicators;
    private final ObservationRepository observations;
    private final ImportRepository imports;
    private final AliasRepository aliases;
    private final RowSnapshots snapshots;
    private final Jdbc jdbc;
    private final ChangeLog changes;
    private final AccountRepository accounts;
    /** A server's change notices (null for a file). */
    private final ChangeAnnouncer announcer;

    private final boolean readOnly;

    private Workspace(Path file, Connection connection, boolean readOnly) {
        this(file, null, SqliteDialect.INSTANCE, connection, readOnly, account(), null);
    }

    /** A workspace on a server: {@code server} without its password; changes are recorded under {@code account}. */
    Workspace(ServerAddress server, Connection connection, String account, Supplier<Connection> reconnect) {
        this(null, server, PostgresDialect.INSTANCE, connection, false, account, reconnect);
    }

    private Workspace(Path file, ServerAddress server, Dialect dialect, Connection connection, boolean readOnly,
                      String account, Supplier<Connection> reconnect) {
        this.file = file;
        this.server = server;
        this.reconnect = reconnect;
        this.dialect = dialect;
        this.readOnly = readOnly;
        this.connection = connection;
        this.transactions = new Transactions(connection);
        Jdbc jdbc = new Jdbc(connection, dialect);
        this.jdbc = jdbc;
        this.plans = new PlanRepository(jdbc, transactions);
        this.units = new UnitRepository(jdbc, transactions);
        this.indicators = new IndicatorRepository(jdbc, transactions);
        this.observations = new ObservationRepository(jdbc, transactions);
        this.imports = new ImportRepository(jdbc, transactions);
        this.aliases = new AliasRepository(jdbc, transactions);
        this.snapshots = new RowSnapshots(jdbc, transactions);
        this.changes = new ChangeLog(jdbc, transactions, account);
        this.accounts = new AccountRepository(jdbc, transactions, server != null);
        if (!readOnly) {
            transactions.onBegin(changes::begin);
        }
        this.announcer = server == null ? null : new ChangeAnnouncer(jdbc);
        if (announcer != null) {
            transactions.onBegin(announcer::begin);
            transactions.beforeCommit(announcer::beforeCommit);
        }
    }

    /**
     * Tells the other clients of a server workspace what the running transaction changed (a notice
     * in the logic layer's words), when it commits; a file workspace has no other clients.
     */
    public void announce(String notice) {
        if (announcer != null) {
            inTransaction(() -> announcer.announce(notice));
        }
    }

    /**
     * Starts listening for the notices other clients' committed changes announce ({@link ChangeFeed}),
     * handed to {@code onNotice} on the feed's thread; close the feed to stop. A file: {@link ChangeFeed#NONE}.
     */
    public ChangeFeed listen(java.util.function.Consumer<String> onNotice) {
        if (reconnect == null) {
            return ChangeFeed.NONE;
        }
        int ownProcess = jdbc.one("SELECT pg_backend_pid()", rs -> rs.getInt(1)).orElse(-1);
        // The feed's own connection uses the password kept in memory only.
        return ChangeFeed.start(reconnect::get, ownProcess, onNotice, displayName());
    }

    /** The operating-system user, recorded with every change to a file workspace. */
    static String account() {
        String user = System.getProperty("user.name", "");
        return user.isBlank() ? "?" : user;
    }

    /**
     * Opens the workspace an address names: a {@code postgresql://user:password@host:port/database}
     * address opens (and, when new, sets up) that database; anything else is a file ({@link #open(Path)}).
     * A server address without a password takes it from PGPASSWORD.
     */
    public static Workspace openAddress(String address) {
        if (ServerAddress.isServer(address)) {
            return open(ServerAddress.parse(address));
        }
        return open(Path.of(address));
    }

    /** Opens (and, when new, sets up) the workspace in a server database; no password: PGPASSWORD. */
    public static Workspace open(ServerAddress server) {
        return ServerConnector.open(server);
    }

    /**
     * Creates a new workspace where the address says: a new file ({@link #create(Path)}), or in a server
     * database that holds no plan and no unit yet (one that does is refused, nothing changed).
     */
    public static Workspace createAddress(String address) {
        if (!ServerAddress.isServer(address)) {
            return create(Path.of(address));
        }
        Workspace ws = openAddress(address);
        if (!ws.plans().findAll().isEmpty() || !ws.units().findAll().isEmpty()) {
            ws.close();
            throw new WorkspaceFileException(WorkspaceFileException.Reason.ALREADY_EXISTS, ws.displayName()
                    + " already holds a workspace with plans or units");
        }
        return ws;
    }

    /**
     * Opens an existing workspace file. A file or folder this user may not write is opened read-only
     * ({@link #isReadOnly}). An empty file is refused: a read never turns it into a workspace
     * ({@link #create} does, when asked).
     */
    public static Workspace open(Path file) {
        requireContent(file);
        Path parent = file.toAbsolutePath().getParent();
        if (!Files.isWritable(file) || parent == null || !Files.isWritable(parent)) {
            return openReadOnly(file);
        }
        return connect(file);
    }

    /**
     * Opens a workspace only to read it: nothing is written to the file, not even on close (the
     * second window on a workspace, a file on a read-only drive). Every change is refused.
     */
    public static Workspace openReadOnly(Path file) {
        requireContent(file);
        if (!Files.isReadable(file)) {
            throw new WorkspaceFileException(WorkspaceFileException.Reason.NO_PERMISSION, "no permission to read " + file);
        }
        probe(file);
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
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
                return new Workspace(file, c, true);
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
        } catch (SQLException e) {
            throw classify(file, e);
        }
    }

    private static void requireContent(Path file) {
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

    /** Whether this workspace was opened only to read; every change is then refused. */
    public boolean isReadOnly() {
        return readOnly;
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
            case BUSY -> " is being written by another program and stayed busy for " + BUSY_TIMEOUT_MS / 1000
                    + " seconds; try again in a moment";
            case NO_PERMISSION -> " cannot be opened with this user's rights";
            case DISK_FULL -> " cannot be written: the disk is full; free some space and try again";
            case DAMAGED -> " is damaged";
            default -> " cannot be opened";
        };
        return new WorkspaceFileException(reason, name + what + " (" + e.getMessage() + ")", e);
    }

    /** Creates a new workspace; refuses to overwrite an existing, non-empty file. */
    public static Workspace create(Path file) {
        try {
            if (Files.exists(file) && Files.size(file) > 0) {
                throw new WorkspaceFileException(WorkspaceFileException.Reason.ALREADY_EXISTS, "file already exists: " + file);
            }
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new WorkspaceFileException("cannot create " + file + ": " + e.getMessage(), e);
        }
        return connect(file);
    }

    /** Opens the file if it exists, otherwise creates it. */
    public static Workspace openOrCreate(Path file) {
        return Files.exists(file) ? open(file) : create(file);
    }

    private static Workspace connect(Path file) {
        probe(file);
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        // Another process writing (a second window, an import from the command line) is waited for.
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        // A transaction takes the write lock when it begins: one that read first and wrote later would
        // otherwise fail at once (SQLITE_BUSY_SNAPSHOT) when another process wrote in between.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        try {
            Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try {
                try (Statement st = c.createStatement()) {
                    // Only a new file is stamped: writing it on every open would change a file that is only read.
                    if (intPragma(st, "PRAGMA application_id") != APPLICATION_ID) {
                        st.execute("PRAGMA application_id = " + APPLICATION_ID);
                    }
                }
                Migrations.migrate(c);
                ChangeLog.install(c, account());
                return new Workspace(file, c, false);
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
        } catch (SQLException e) {
            throw classify(file, e);
        }
    }

    /**
     * Looks at the file before we write to it: an SQLite header, our application id (or an empty
     * database), a schema not newer than ours, and, after a session that did not close the file, an
     * intact database. The identity is read from the header bytes and the checks use a plain
     * connection that only reads, so another program's database is not touched (setting WAL mode
     * would rewrite its header).
     */
    private static void probe(Path file) {
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
        int version = ByteBuffer.wrap(header, 60, 4).getInt();
        int appId = ByteBuffer.wrap(header, 68, 4).getInt();
        checkLength(file, header);
        if (version > Migrations.latestVersion()) {
            throw new WorkspaceFileException(WorkspaceFileException.Reason.NEWER_VERSION, file.getFileName()
                    + " was written by a newer version of Target Monitor (schema " + version + "); please update");
        }
        // A full scan on every open cost a second on a large workspace; it runs when the last session did
        // not close the file (its write-ahead log is still there: looked at before our connection makes
        // one), and on demand (checkIntegrity).
        boolean leftOpen = Files.exists(sidecar(file, "-wal"));
        try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement st = c.createStatement()) {
            int tables = intPragma(st, "SELECT count(*) FROM sqlite_master");
            if (appId != APPLICATION_ID && !(appId == 0 && tables == 0)) {
                throw new WorkspaceFileException(WorkspaceFileException.Reason.OTHER_PROGRAM, file.getFileName()
                        + " is an SQLite database of another program, not a Target Monitor workspace");
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
    private static void checkLength(Path file, byte[] header) {
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

    private static void quickCheck(Path file, Statement st) throws SQLException {
        try (var rs = st.executeQuery("PRAGMA quick_check")) {
            String result = rs.next() ? rs.getString(1) : "no answer";
            if (!"ok".equalsIgnoreCase(result)) {
                throw new WorkspaceFileException(WorkspaceFileException.Reason.DAMAGED,
                        file.getFileName() + " is damaged: " + result);
            }
        }
    }

    /**
     * Reads every page of the file and checks it ({@code PRAGMA quick_check}): on demand (the
     * {@code check --integrity} command, a background check after opening), since opening does not.
     * Uses its own read-only connection, so it may run on another thread while this workspace is used.
     *
     * @throws WorkspaceFileException with reason DAMAGED when a page or an index is damaged
     */
    public void checkIntegrity() {
        if (server != null) {
            return; // the server checks its own pages
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement st = c.createStatement()) {
            quickCheck(file, st);
        } catch (SQLException e) {
            throw new WorkspaceFileException(WorkspaceFileException.Reason.DAMAGED,
                    file.getFileName() + " is damaged: " + e.getMessage(), e);
        }
    }

    private static int intPragma(Statement st, String sql) throws SQLException {
        try (var rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /**
     * The workspace file.
     *
     * @throws IllegalStateException for a workspace on a server, which has no file ({@link #isServer})
     */
    public Path file() {
        if (file == null) {
            throw new IllegalStateException("a workspace on a server has no file: " + server);
        }
        return file;
    }

    /** The workspace file, or empty for a workspace on a server (outputs are then guarded against no file). */
    public java.util.Optional<Path> localFile() {
        return java.util.Optional.ofNullable(file);
    }

    /** Whether this workspace lives in a database on a server rather than in a file. */
    public boolean isServer() {
        return server != null;
    }

    /** The server's address without the password, or empty for a file. */
    public java.util.Optional<ServerAddress> server() {
        return java.util.Optional.ofNullable(server);
    }

    /** What names this workspace to the user: the file's name, or the server address without its password. */
    public String displayName() {
        return server != null ? server.toString() : file.getFileName().toString();
    }

    public PlanRepository plans() {
        return plans;
    }

    public UnitRepository units() {
        return units;
    }

    public IndicatorRepository indicators() {
        return indicators;
    }

    public ObservationRepository observations() {
        return observations;
    }

    /** The import history (batches and what each wrote), for undo. */
    public ImportRepository imports() {
        return imports;
    }

    /** Row names confirmed as meaning an indicator, per plan. */
    public AliasRepository aliases() {
        return aliases;
    }

    /** Snapshots of what a delete takes away, so that undo can put it back exactly. */
    public RowSnapshots snapshots() {
        return snapshots;
    }

    /** The accounts of a workspace on a server (a file has none). */
    public AccountRepository accounts() {
        return accounts;
    }

    Jdbc jdbc() {
        return jdbc;
    }

    /** The history of every change (留痕). */
    public ChangeLog changes() {
        return changes;
    }

    /** Runs work in one transaction: all of it is stored, or none of it. Nested calls join the outer one. */
    public <T> T inTransaction(Supplier<T> work) {
        return transactions.run(work);
    }

    public void inTransaction(Runnable work) {
        transactions.run(() -> {
            work.run();
            return null;
        });
    }

    /**
     * How many SQL statements the repositories have run on this workspace since it was opened.
     * Tests use it to pin that work grows with its input (a constant number per imported row).
     */
    public long statementCount() {
        return jdbc.statementCount();
    }

    /** How many result rows the repositories' queries have returned since the workspace was opened. */
    public long rowsRead() {
        return jdbc.rowsRead();
    }

    /** The schema version of the open file. */
    public int schemaVersion() {
        try {
            return dialect.schemaVersion(connection);
        } catch (SQLException e) {
            throw Jdbc.failure("read", e);
        }
    }

    /**
     * Writes a consistent copy of this workspace to {@code target} with SQLite's {@code VACUUM INTO}:
     * everything committed, compacted, with our file identity and schema version. The copy is made
     * in a temporary file beside the target and then moved into place, so a failed copy leaves no
     * half-written file and an existing target as it was. An existing target is replaced (the file
     * chooser has asked), but never this workspace's own file, nor a file another program has open
     * (its {@code -wal} or {@code -journal} file is there). This workspace stays open and unchanged.
     */
    public void copyTo(Path target) {
        if (server != null) {
            throw new PersistenceException("a workspace on a server is backed up by the server (pg_dump), not "
                    + "copied by file: " + server);
        }
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
            synchronized (transactions) { // no transaction of ours may be open during VACUUM
                try (PreparedStatement st = connection.prepareStatement("VACUUM INTO ?")) {
                    st.setString(1, temp.toString());
                    st.execute();
                }
            }
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

    /**
     * Puts a backup in place of a workspace file that no connection has open. The backup is checked
     * first (our file, intact), copied beside the target and flushed to disk; then the target's
     * {@code -wal}, {@code -shm} and {@code -journal} files are removed, because SQLite would replay a
     * stale log onto whatever file now carries the name; then the copy is renamed onto the target.
     * A failure before the rename leaves the target as it was.
     */
    public static void restoreFile(Path backup, Path target) {
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

    private static Path sidecar(Path database, String suffix) {
        return database.resolveSibling(database.getFileName() + suffix);
    }

    private static void moveReplacing(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new PersistenceException("cannot close " + (server != null ? server : file) + ": " + e.getMessage(), e);
        }
    }
}
