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
 * order, each in its own transaction, with the schema version kept where the engine keeps it
 * (SQLite's user_version, PostgreSQL's tm_schema). One set for both engines: a version is one file,
 * written in SQLite's words and given the engine's few type names by {@link Dialect#ddl}; only where
 * the syntax itself differs (triggers) a version has a variant {@code V<n>__*.postgresql.sql}.
 * A small runner rather than Flyway: no class-path scanning that breaks inside a jlink image (ADR 0003, 0007).
 */
final class Migrations {

    /** Every migration, in order. Version n is the n-th entry; append, never edit. */
    static final List<String> FILES = List.of("V1__initial_schema.sql", "V2__imports_and_aliases.sql",
            "V3__change_log.sql", "V4__import_created_units.sql", "V5__accounts.sql",
            "V6__reporter_imports.sql", "V7__admin_accounts.sql", "V8__change_log_by_subject.sql");

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
        migrate(c, SqliteDialect.INSTANCE);
    }

    /**
     * Brings the schema up to date. Each step takes the engine's migration lock and reads the version
     * again inside it, so two clients opening a new server database at once apply each version once.
     */
    static void migrate(Connection c, Dialect dialect) throws SQLException {
        migrate(c, dialect, FILES.size());
    }

    /** Brings the schema up to the version (tests make a workspace of an earlier version with it). */
    static void migrate(Connection c, Dialect dialect, int upTo) throws SQLException {
        if (dialect.schemaVersion(c) >= upTo) {
            return;
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            while (true) {
                dialect.lockForMigration(st);
                int version = dialect.schemaVersion(c) + 1;
                if (version > upTo) {
                    c.commit();
                    break;
                }
                for (String statement : split(script(FILES.get(version - 1), dialect))) {
                    st.execute(statement);
                }
                dialect.recordSchemaVersion(st, version);
                c.commit();
            }
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /** The engine's own variant of a version where there is one, else the shared file in the engine's words. */
    private static String script(String file, Dialect dialect) {
        String variant = file.replaceFirst("\\.sql$", "." + dialect.name() + ".sql");
        if (Migrations.class.getResource("/db/migration/" + variant) != null) {
            return read(variant);
        }
        return dialect.ddl(read(file));
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
     * Splits a script on semicolons at line ends, dropping comment lines. A body has semicolons of its
     * own: an SQLite CREATE TRIGGER ... BEGIN runs on to the line that is its END, and a PostgreSQL
     * function's $$-quoted body to its closing $$.
     */
    static List<String> split(String sql) {
        StringBuilder cleaned = new StringBuilder();
        for (String line : sql.split("\\R")) {
            if (!line.strip().startsWith("--")) {
                cleaned.append(line).append('\n');
            }
        }
        List<String> statements = new java.util.ArrayList<>();
        StringBuilder pending = null;
        for (String part : cleaned.toString().split(";\\s*\\n")) {
            String s = part.strip();
            pending = pending == null ? new StringBuilder(s) : pending.append(";\n").append(s);
            String statement = pending.toString();
            String upper = statement.toUpperCase(java.util.Locale.ROOT);
            boolean openTrigger = upper.startsWith("CREATE TRIGGER") && upper.matches("(?s).*\\bBEGIN\\b.*") && !upper.endsWith("END");
            boolean openQuote = (statement.split("\\$\\$", -1).length - 1) % 2 == 1;
            if (openTrigger || openQuote) {
                continue;
            }
            pending = null;
            statement = statement.endsWith(";") ? statement.substring(0, statement.length() - 1) : statement;
            if (!statement.isEmpty()) {
                statements.add(statement);
            }
        }
        return statements;
    }
}
