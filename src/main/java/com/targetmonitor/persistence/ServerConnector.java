package com.targetmonitor.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Opens a workspace in a PostgreSQL database: connects, refuses a database that holds another
 * program's tables or a newer schema, and brings ours up to date. A file's lock, write-ahead log and
 * backups have no counterpart here: the server serialises writers itself and keeps its own backups.
 */
final class ServerConnector {

    private static final int CONNECT_TIMEOUT_S = 10;

    private ServerConnector() {
    }

    static Workspace open(ServerAddress address) {
        ServerAddress full = withPassword(address);
        Connection c;
        try {
            c = connect(full);
        } catch (SQLException e) {
            throw classify(address, e);
        }
        try {
            check(address, c);
            Migrations.migrate(c, PostgresDialect.INSTANCE);
            Workspace ws = new Workspace(address.withoutPassword(), c, full.user());
            ws.feedConnections(() -> connect(full));
            return ws;
        } catch (SQLException | RuntimeException e) {
            try {
                c.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw e instanceof SQLException sql ? classify(address, sql) : (RuntimeException) e;
        }
    }

    private static Connection connect(ServerAddress full) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", full.user());
        props.setProperty("password", full.password());
        props.setProperty("ApplicationName", "Target Monitor");
        props.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_S));
        return DriverManager.getConnection(full.jdbcUrl(), props);
    }

    private static ServerAddress withPassword(ServerAddress address) {
        if (address.hasPassword()) {
            return address;
        }
        String env = System.getenv("PGPASSWORD");
        if (env == null) {
            throw new WorkspaceFileException(WorkspaceFileException.Reason.NO_PERMISSION, "no password for "
                    + address + ": give it in the address, in PGPASSWORD, or when asked");
        }
        return address.withPassword(env);
    }

    /** A database with tables but no schema version of ours belongs to another program; a newer schema to a newer us. */
    private static void check(ServerAddress address, Connection c) throws SQLException {
        int version = PostgresDialect.INSTANCE.schemaVersion(c);
        if (version > Migrations.latestVersion()) {
            throw new WorkspaceFileException(WorkspaceFileException.Reason.NEWER_VERSION, address
                    + " was set up by a newer version of Target Monitor (schema " + version + "); please update");
        }
        if (version == 0) {
            try (Statement st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM "
                    + "information_schema.tables WHERE table_schema = current_schema()")) {
                if (rs.next() && rs.getInt(1) > 0) {
                    throw new WorkspaceFileException(WorkspaceFileException.Reason.OTHER_PROGRAM, address
                            + " holds another program's tables, not a Target Monitor workspace");
                }
            }
        }
    }

    private static WorkspaceFileException classify(ServerAddress address, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        WorkspaceFileException.Reason reason;
        String what;
        if (state.equals("28P01") || state.equals("28000")) {
            reason = WorkspaceFileException.Reason.NO_PERMISSION;
            what = "refused the account or its password";
        } else if (state.equals("3D000")) {
            reason = WorkspaceFileException.Reason.MISSING;
            what = "has no such database";
        } else if (state.equals("42501")) {
            reason = WorkspaceFileException.Reason.NO_PERMISSION;
            what = "does not let this account set up the workspace (ask its administrator to open it first)";
        } else if (state.startsWith("08")) {
            reason = WorkspaceFileException.Reason.OTHER;
            what = "cannot be reached; check the address and that the server is running";
        } else {
            reason = WorkspaceFileException.Reason.OTHER;
            what = "cannot be opened";
        }
        return new WorkspaceFileException(reason, address + " " + what + " (" + e.getMessage() + ")", e);
    }
}
