package com.targetmonitor.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The history of every change (留痕): each change to a value, a note, an indicator, a plan and its
 * rules, each import and its undo, each restore, with time, account and origin, old → new. Written
 * by the connection's triggers ({@link ChangeLogTriggers}) where rows change, so every path that
 * writes (window, grid, import, undo) is covered once; the table refuses updates and deletes.
 */
public final class ChangeLog {

    private static final String COLUMNS = "id, at, account, origin, batch_id, plan_id, indicator_id, subject, period, "
            + "field, old_value, new_value";

    /** As the triggers write it (strftime %Y-%m-%dT%H:%M:%fZ), so that text order is time order. */
    private static final java.time.format.DateTimeFormatter STORED_TIME = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(java.time.ZoneOffset.UTC);

    private final Jdbc jdbc;
    private final Transactions tx;
    private final String account;
    private ChangeOrigin origin = ChangeOrigin.TYPED;

    ChangeLog(Jdbc jdbc, Transactions tx, String account) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.account = account;
    }

    /** Installs the context table and the triggers on a connection (temporary: nothing is written to the file). */
    static void install(Connection c, String account) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String sql : ChangeLogTriggers.statements()) {
                st.execute(sql);
            }
            st.execute("DELETE FROM temp.tm_context");
        }
        try (var ps = c.prepareStatement("INSERT INTO temp.tm_context (origin, batch, account) VALUES ('TYPED', NULL, ?)")) {
            ps.setString(1, account);
            ps.executeUpdate();
        }
    }

    /** The account changes are recorded under: the operating-system user for a file, the database account on a server. */
    public String account() {
        return account;
    }

    /** Runs work in one transaction whose changes are recorded as coming from {@code from}. */
    public <T> T as(ChangeOrigin from, Supplier<T> work) {
        Objects.requireNonNull(from, "from");
        synchronized (tx) {
            ChangeOrigin previous = origin;
            origin = from;
            try {
                return tx.run(work);
            } finally {
                origin = previous;
            }
        }
    }

    /** Called by the transaction runner when a transaction begins: the context its triggers read. */
    void begin() {
        jdbc.dialect().beginChanges(jdbc, origin);
    }

    /** Records an event that is not a row change (a restore), in its own transaction. */
    public void recordEvent(String subject, String field, String oldValue, String newValue) {
        as(ChangeOrigin.RESTORE, () -> {
            jdbc.execute(jdbc.dialect().recordEventSql(), subject, field, oldValue, newValue);
            return null;
        });
    }

    /**
     * The history of a plan, oldest first: its own changes, its indicators' and values', its imports,
     * and the workspace's restores.
     *
     * @param indicatorId only this indicator (null: the whole plan)
     * @param since       only changes at or after this instant (null: all)
     */
    public List<ChangeEntry> find(long planId, Long indicatorId, Instant since) {
        List<Object> params = new ArrayList<>();
        if (indicatorId != null) {
            params.add(indicatorId);
        }
        params.add(planId);
        if (since != null) {
            params.add(STORED_TIME.format(since));
        }
        String sql = findSql(indicatorId != null, since != null);
        return jdbc.list(sql, rs -> new ChangeEntry(rs.getLong("id"), Instant.parse(rs.getString("at")),
                rs.getString("account"), rs.getString("origin"), Jdbc.getLong(rs, "batch_id"),
                Jdbc.getLong(rs, "plan_id"), Jdbc.getLong(rs, "indicator_id"), rs.getString("subject"),
                rs.getString("period"), rs.getString("field"), rs.getString("old_value"), rs.getString("new_value")),
                params.toArray());
    }

    /**
     * The query of {@link #find}: each of its terms is an index search (schema version 8 indexes the
     * subject), never a read of the whole history. Parameters: the indicator (when one), the plan, the
     * instant (when one).
     */
    static String findSql(boolean oneIndicator, boolean since) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM change_log WHERE ");
        sql.append(oneIndicator ? "(indicator_id = ? OR subject = 'RESTORE' OR (subject = 'IMPORT' AND plan_id = ?))"
                : "(plan_id = ? OR subject = 'RESTORE')");
        if (since) {
            sql.append(" AND at >= ?");
        }
        return sql.append(" ORDER BY id").toString();
    }
}
