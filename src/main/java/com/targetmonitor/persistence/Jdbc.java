package com.targetmonitor.persistence;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.sqlite.jdbc3.JDBC3ResultSet;

/** Thin helpers over one JDBC connection, so repositories say what they store and not how. */
final class Jdbc {

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final Connection connection;
    private final Dialect dialect;
    private final AtomicLong statements = new AtomicLong();
    private final AtomicLong rowsRead = new AtomicLong();
    private final AtomicLong writes = new AtomicLong();

    Jdbc(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    Dialect dialect() {
        return dialect;
    }

    /** How many statements this connection has run: lets tests pin the queries per row of an import. */
    long statementCount() {
        return statements.get();
    }

    /** How many writing statements (and batches) have run: whether a transaction changed anything. */
    long writeCount() {
        return writes.get();
    }

    /** How many result rows the queries have returned (a query per row that reads the whole plan is quadratic). */
    long rowsRead() {
        return rowsRead.get();
    }

    <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) {
        try (PreparedStatement ps = prepare(sql, params, false); ResultSet rs = ps.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rs.next()) {
                result.add(mapper.map(rs));
            }
            rowsRead.addAndGet(result.size());
            return result;
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = list(sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    int update(String sql, Object... params) {
        writes.incrementAndGet();
        try (PreparedStatement ps = prepare(sql, params, false)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw failure("write", e);
        }
    }

    /** Runs a statement that may return a result nobody reads (a function call that writes). */
    void execute(String sql, Object... params) {
        writes.incrementAndGet();
        try (PreparedStatement ps = prepare(sql, params, false)) {
            ps.execute();
        } catch (SQLException e) {
            throw failure("write", e);
        }
    }

    /** Runs one statement for each row of parameters, sent to the database together. */
    void batch(String sql, List<Object[]> rows) {
        writes.incrementAndGet();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            statements.incrementAndGet();
            for (Object[] row : rows) {
                bind(ps, row);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw failure("write", e.getNextException() != null ? e.getNextException() : e);
        }
    }

    long insert(String sql, Object... params) {
        writes.incrementAndGet();
        try (PreparedStatement ps = prepare(sql, params, true)) {
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new PersistenceException("the database returned no id for the new row");
                }
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw failure("write", e);
        }
    }

    private PreparedStatement prepare(String sql, Object[] params, boolean keys) throws SQLException {
        statements.incrementAndGet();
        PreparedStatement ps = keys ? dialect.prepareInsert(connection, sql) : connection.prepareStatement(sql);
        bind(ps, params);
        return ps;
    }

    private static void bind(PreparedStatement ps, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p == null) {
                ps.setNull(i + 1, Types.NULL);
            } else if (p instanceof Enum<?> e) {
                ps.setString(i + 1, e.name());
            } else {
                ps.setObject(i + 1, p);
            }
        }
    }

    /**
     * Reads a text column by position, null for NULL. On SQLite it is read as its UTF-8 bytes: the driver's
     * getString hands each value to Java in a direct buffer of its own and decodes that, which was a third
     * of reading a plan's indicators and a tenth of everything the window's start allocated at 10,000
     * indicators (docs/benchmarks.md). SQLite gives the same text either way (a number in the column is
     * turned into text by SQLite for both); other drivers are asked for the string.
     */
    static String text(ResultSet rs, int column) throws SQLException {
        if (rs instanceof JDBC3ResultSet) {
            byte[] utf8 = rs.getBytes(column);
            return utf8 == null ? null : new String(utf8, StandardCharsets.UTF_8);
        }
        return rs.getString(column);
    }

    /** Reads a nullable REAL column. */
    static Double getDouble(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    /** Reads a nullable REAL column by position. */
    static Double getDouble(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    /** Reads a nullable INTEGER column by position. */
    static Long getLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    /** Reads a nullable INTEGER column. */
    static Long getLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static PersistenceException failure(String what, SQLException e) {
        String msg = e.getMessage() == null ? "" : e.getMessage();
        PersistenceException server = serverFailure(what, e);
        if (server != null) {
            return server;
        }
        if (msg.contains("FOREIGN KEY")) {
            return new PersistenceException("cannot " + what + ": it is still referred to, or refers to something missing", e);
        }
        if (msg.contains("UNIQUE")) {
            return new PersistenceException("cannot " + what + ": the name or code is already used", e);
        }
        int code = e.getErrorCode() & 0xFF;
        if (code == 13) {
            return new PersistenceException("cannot " + what + ": the disk is full; free some space and try again "
                    + "(nothing was changed)", e);
        }
        if (code == 8) {
            return new PersistenceException("cannot " + what + ": the workspace is open read-only (nothing was "
                    + "changed)", e);
        }
        if (code == 5 || code == 6) {
            return new PersistenceException("cannot " + what + ": another program kept the workspace busy; try "
                    + "again in a moment (nothing was changed)", e);
        }
        if (msg.contains("CHECK")) {
            return new PersistenceException("cannot " + what + ": a value is out of its allowed range", e);
        }
        return new PersistenceException("database " + what + " failed: " + msg, e);
    }

    /** A PostgreSQL failure by its SQLSTATE (SQLite's carry none), or null. */
    private static PersistenceException serverFailure(String what, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String reason = switch (state) {
            case "23503" -> "it is still referred to, or refers to something missing";
            case "23505" -> "the name or code is already used";
            case "23514", "23502" -> "a value is out of its allowed range";
            case "42501" -> null; // below: its own type, so a caller can tell it from a failure
            case "42710" -> "the name is already used";
            case "22023" -> e.getMessage().lines().findFirst().orElse("").replaceFirst("^ERROR:\\s*", "");
            case "40001", "40P01" -> "someone else changed the same rows at the same time; try again (nothing was "
                    + "changed)";
            case "25006" -> "the workspace is open read-only (nothing was changed)";
            default -> state.startsWith("08") || state.startsWith("57P")
                    ? "the connection to the server was lost; open the workspace again (nothing was changed)" : null;
        };
        if ("42501".equals(state)) {
            return new NotPermittedException("cannot " + what + ": not permitted for this account (nothing was "
                    + "changed)", e);
        }
        return reason == null ? null : new PersistenceException("cannot " + what + ": " + reason, e);
    }
}
