package com.targetmonitor.persistence;

import com.targetmonitor.testing.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * New workspaces on either engine, for the repository tests that run on both: {@code file} (an SQLite
 * file in the test's folder) and {@code server} (a fresh database on the test PostgreSQL server).
 */
final class TestWorkspaces {

    static final String FILE = "file";
    static final String SERVER = "server";

    /** Server workspaces opened here, by their name without password, to open them again. */
    private static final Map<String, TestPostgres.Database> SERVERS = new ConcurrentHashMap<>();

    private TestWorkspaces() {
    }

    static Workspace create(String engine, Path dir) {
        if (FILE.equals(engine)) {
            return Workspace.create(dir.resolve("ws.db"));
        }
        TestPostgres.Database db = TestPostgres.freshDatabase();
        Workspace ws = Workspace.openAddress(db.address());
        SERVERS.put(ws.displayName(), db);
        return ws;
    }

    /** Opens the same workspace again (a file by its path, a server database by its address). */
    static Workspace open(Workspace closed) {
        if (!closed.isServer()) {
            return Workspace.open(closed.file());
        }
        return Workspace.openAddress(database(closed).address());
    }

    static TestPostgres.Database database(Workspace ws) {
        TestPostgres.Database db = SERVERS.get(ws.displayName());
        if (db == null) {
            throw new IllegalStateException("not a test server workspace: " + ws.displayName());
        }
        return db;
    }

    /** A plain JDBC connection to the workspace's database, beside the workspace's own (superuser on a server). */
    static Connection plainConnection(Workspace ws) {
        if (ws.isServer()) {
            return database(ws).connect();
        }
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + ws.file().toAbsolutePath());
        } catch (SQLException e) {
            throw new AssertionError("cannot open " + ws.file(), e);
        }
    }
}
