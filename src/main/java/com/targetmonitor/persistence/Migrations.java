package com.targetmonitor.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Versioned schema migrations: {@code db/migration/V<n>__*.sql} on the class path, applied in
 * order, each in its own transaction, with the schema version kept in SQLite's user_version.
 * A small runner rather than Flyway: one file type, one database, and no class-path scanning that
 * breaks inside a jlink image.
 */
final class Migrations {

    /** Every migration, in order. Version n is the n-th entry; append, never edit. */
    static final List<String> FILES = List.of("V1__initial_schema.sql", "V2__imports_and_aliases.sql",
            "V3__change_log.sql", "V4__import_created_units.sql");

    static int latestVersion() {
        return FILES.size();
    }

    private Migrations() {
    }

    static int currentVersion(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); var rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    static void migrate(Connection c) throws SQLException {
        int current = currentVersion(c);
        for (int version = current + 1; version <= FILES.size(); version++) {
            String sql = read(FILES.get(version - 1));
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                for (String statement : split(sql)) {
                    st.execute(statement);
                }
                st.execute("PRAGMA user_version = " + version);
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }

    private static String read(String file) {
        String path = "/db/migration/" + file;
        try (InputStream in = Migrations.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new PersistenceException("migration missing from the application: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PersistenceException("cannot read migration " + path, e);
        }
    }

    /**
     * Splits a script on semicolons at line ends, dropping comment lines. A trigger's body has
     * semicolons of its own: a CREATE TRIGGER statement runs on to the line that is its END.
     */
    static List<String> split(String sql) {
        StringBuilder cleaned = new StringBuilder();
        for (String line : sql.split("\\R")) {
            if (!line.strip().startsWith("--")) {
                cleaned.append(line).append('\n');
            }
        }
        List<String> statements = new java.util.ArrayList<>();
        StringBuilder trigger = null;
        for (String part : cleaned.toString().split(";\\s*\\n")) {
            String s = part.strip();
            if (trigger != null) {
                trigger.append(";\n").append(s);
            } else if (s.toUpperCase(java.util.Locale.ROOT).startsWith("CREATE TRIGGER")) {
                trigger = new StringBuilder(s);
            }
            String statement = trigger != null ? trigger.toString() : s;
            if (trigger != null && !statement.toUpperCase(java.util.Locale.ROOT).endsWith("END")) {
                continue;
            }
            trigger = null;
            statement = statement.endsWith(";") ? statement.substring(0, statement.length() - 1) : statement;
            if (!statement.isEmpty()) {
                statements.add(statement);
            }
        }
        return statements;
    }
}
