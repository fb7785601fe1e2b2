package com.targetmonitor.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hears the changes other clients commit to a workspace on a server (LISTEN tm_changes, sent by the
 * triggers of migration V5) on a connection of its own, and tells the listener the table that changed.
 * The workspace's own changes are not repeated (their server process is known). Runs on a daemon
 * thread until closed.
 */
final class ServerChanges implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ServerChanges.class);
    /** How long one wait for notifications lasts: the delay before a closed listener notices. */
    private static final int WAIT_MS = 250;

    private final Connection connection;
    private final Thread thread;
    private volatile boolean closed;

    private ServerChanges(Connection connection, int ownProcess, Consumer<String> listener) {
        this.connection = connection;
        this.thread = new Thread(() -> listen(ownProcess, listener), "server-changes");
        thread.setDaemon(true);
    }

    static ServerChanges start(Supplier<Connection> connect, int ownProcess, Consumer<String> listener) {
        Connection c = connect.get();
        try (Statement st = c.createStatement()) {
            st.execute("LISTEN tm_changes");
        } catch (SQLException e) {
            try {
                c.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw Jdbc.failure("listen for changes", e);
        }
        ServerChanges changes = new ServerChanges(c, ownProcess, listener);
        changes.thread.start();
        return changes;
    }

    private void listen(int ownProcess, Consumer<String> listener) {
        try {
            PGConnection pg = connection.unwrap(PGConnection.class);
            while (!closed) {
                PGNotification[] notes = pg.getNotifications(WAIT_MS);
                if (notes == null) {
                    continue;
                }
                for (PGNotification n : notes) {
                    if (n.getPID() != ownProcess) {
                        listener.accept(n.getParameter());
                    }
                }
            }
        } catch (SQLException e) {
            if (!closed) {
                LOG.warn("stopped hearing the server's changes: {}", e.getMessage(), e);
            }
        } catch (RuntimeException e) {
            LOG.warn("a listener of the server's changes failed", e);
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            thread.join(2L * WAIT_MS + 1000);
            connection.close();
        } catch (SQLException e) {
            LOG.debug("closing the change listener's connection", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
