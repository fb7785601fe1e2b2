package com.targetmonitor.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The changes other clients commit to a server workspace, as the notices they announced
 * ({@link ChangeAnnouncer}): a daemon thread on its own connection LISTENs and hands each notice to
 * the consumer (on that thread). Notices sent by this client's own connection are skipped: its window
 * already knows. Checks twice a second, so a change reaches the other windows well within two
 * seconds; a lost connection is opened again. A file workspace has no other clients: {@link #NONE}.
 */
public final class ChangeFeed implements AutoCloseable {

    /** The feed of a file workspace: nothing ever arrives. */
    public static final ChangeFeed NONE = new ChangeFeed();

    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeed.class);
    private static final int WAIT_MS = 500;
    private static final long RECONNECT_MS = 2_000;

    private final Callable<Connection> connect;
    private final int ownProcess;
    private final Consumer<String> onNotice;
    private final Thread thread;
    private volatile boolean closed;
    private volatile Connection connection;

    private ChangeFeed() {
        this.connect = null;
        this.ownProcess = -1;
        this.onNotice = n -> { };
        this.thread = null;
    }

    private ChangeFeed(Callable<Connection> connect, int ownProcess, Consumer<String> onNotice, String name) {
        this.connect = connect;
        this.ownProcess = ownProcess;
        this.onNotice = onNotice;
        this.thread = new Thread(this::run, "change-feed " + name);
        thread.setDaemon(true);
    }

    /** Starts listening; the first notice may arrive once this returns (the LISTEN is in place). */
    static ChangeFeed start(Callable<Connection> connect, int ownProcess, Consumer<String> onNotice, String name) {
        ChangeFeed feed = new ChangeFeed(connect, ownProcess, onNotice, name);
        feed.connection = feed.listen();
        feed.thread.start();
        return feed;
    }

    private Connection listen() {
        try {
            Connection c = connect.call();
            try (Statement st = c.createStatement()) {
                st.execute("LISTEN " + ChangeAnnouncer.CHANNEL);
            }
            return c;
        } catch (Exception e) {
            throw new PersistenceException("cannot listen for other clients' changes: " + e.getMessage(), e);
        }
    }

    private void run() {
        while (!closed) {
            try {
                if (connection == null) {
                    connection = listen();
                    onNotice.accept(ChangeAnnouncer.STRUCTURE); // what was missed meanwhile is not known
                }
                PGNotification[] notices = connection.unwrap(PGConnection.class).getNotifications(WAIT_MS);
                if (notices == null) {
                    continue;
                }
                for (PGNotification n : notices) {
                    if (n.getPID() != ownProcess) {
                        onNotice.accept(n.getParameter());
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    return;
                }
                LOG.warn("lost the change feed; connecting again", e);
                closeQuietly();
                sleep();
            }
        }
    }

    private void sleep() {
        try {
            Thread.sleep(RECONNECT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    private void closeQuietly() {
        Connection c = connection;
        connection = null;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                LOG.debug("closing the change feed's connection", e);
            }
        }
    }

    /** Stops listening and closes the feed's connection. */
    @Override
    public void close() {
        if (thread == null) {
            return;
        }
        closed = true;
        try {
            thread.join(WAIT_MS * 4L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeQuietly();
    }
}
