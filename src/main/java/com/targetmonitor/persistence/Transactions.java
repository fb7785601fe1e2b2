package com.targetmonitor.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

/** Runs work in a transaction on the workspace's one connection; inner calls join the outer transaction. */
final class Transactions {

    private final Connection connection;
    private int depth;
    private Runnable onBegin = () -> { };
    private Runnable beforeCommit = () -> { };

    Transactions(Connection connection) {
        this.connection = connection;
    }

    /** Runs first in every outermost transaction (the change log's context). */
    synchronized void onBegin(Runnable action) {
        Runnable earlier = onBegin;
        this.onBegin = () -> {
            earlier.run();
            action.run();
        };
    }

    /** Runs last in every outermost transaction, just before its commit (a server's change notices). */
    synchronized void beforeCommit(Runnable action) {
        this.beforeCommit = action;
    }

    synchronized <T> T run(Supplier<T> work) {
        if (depth > 0) {
            depth++;
            try {
                return work.get();
            } finally {
                depth--;
            }
        }
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw Jdbc.failure("begin a transaction", e);
        }
        depth = 1;
        boolean committed = false;
        try {
            onBegin.run();
            T result = work.get();
            beforeCommit.run();
            connection.commit();
            committed = true;
            return result;
        } catch (SQLException e) {
            throw Jdbc.failure("commit", e);
        } finally {
            depth = 0;
            try {
                if (!committed) {
                    connection.rollback();
                }
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                // The original failure matters more; a failed rollback leaves SQLite to undo on close.
            }
        }
    }
}
