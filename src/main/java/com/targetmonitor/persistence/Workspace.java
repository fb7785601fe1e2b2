package com.targetmonitor.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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
        SqliteFiles.requireContent(file);
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
        return wrap(file, SqliteFiles.readOnlyConnection(file), true);
    }

    /** Whether this workspace was opened only to read; every change is then refused. */
    public boolean isReadOnly() {
        return readOnly;
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
        return wrap(file, SqliteFiles.connection(file, account()), false);
    }

    /** The workspace on a connection just made; the connection is closed when that fails. */
    private static Workspace wrap(Path file, Connection c, boolean readOnly) {
        try {
            return new Workspace(file, c, readOnly);
        } catch (RuntimeException e) {
            try {
                c.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw e;
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
            SqliteFiles.quickCheck(file, st);
        } catch (SQLException e) {
            throw new WorkspaceFileException(WorkspaceFileException.Reason.DAMAGED,
                    file.getFileName() + " is damaged: " + e.getMessage(), e);
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
        SqliteFiles.vacuumInto(connection, transactions, file, target);
    }

    /**
     * As {@link #copyTo}, through a connection of its own, so this workspace's connection stays free for
     * another thread meanwhile (the window's first reads while the day's backup is made): the copy is the
     * state last committed. A workspace opened read-only, or on a server, is copied as {@link #copyTo} does.
     */
    public void copyToApart(Path target) {
        if (server != null || isReadOnly()) {
            copyTo(target);
            return;
        }
        SqliteFiles.vacuumApart(file, target);
    }

    /**
     * Puts a backup in place of a workspace file that no connection has open. The backup is checked
     * first (our file, intact), copied beside the target and flushed to disk; then the target's
     * {@code -wal}, {@code -shm} and {@code -journal} files are removed, because SQLite would replay a
     * stale log onto whatever file now carries the name; then the copy is renamed onto the target.
     * A failure before the rename leaves the target as it was.
     */
    public static void restoreFile(Path backup, Path target) {
        SqliteFiles.restore(backup, target);
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
