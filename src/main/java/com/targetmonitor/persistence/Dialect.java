package com.targetmonitor.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What differs between the two engines a workspace lives on, an SQLite file or a PostgreSQL
 * database: the schema version's home, the migration scripts' few type names, how a new row's id
 * comes back, how the change history learns who and why, and how the catalogue is read. Everything
 * else, the repositories' SQL included, is shared.
 */
interface Dialect {

    /** The engine's name; a migration with an engine-specific variant has it before {@code .sql}. */
    String name();

    /** The schema version of the workspace the connection is on (0: a new, empty one). */
    int schemaVersion(Connection c) throws SQLException;

    /** Inside a migration's transaction: nobody else migrates at the same time. */
    void lockForMigration(Statement st) throws SQLException;

    void recordSchemaVersion(Statement st, int version) throws SQLException;

    /** A shared migration script as this engine needs it (type names). */
    String ddl(String sql);

    /** A statement for an INSERT whose generated {@code id} the caller reads from {@code getGeneratedKeys}. */
    PreparedStatement prepareInsert(Connection c, String sql) throws SQLException;

    /** An expression that identifies a row of a table while a snapshot is taken. */
    String rowIdentity(boolean tableHasId);

    /** Rows: child table, child column, parent table, parent column, on-delete action (CASCADE, SET NULL …). */
    String foreignKeysQuery();

    /** Rows: the names of the tables that have an {@code id} column. */
    String tablesWithIdQuery();

    /** Rows: the names of the workspace's tables. */
    String tablesQuery();

    /** After rows were inserted with their ids: new rows get ids above them. */
    void afterExplicitIds(Jdbc jdbc, String table, boolean hasId);

    /**
     * What ends a SELECT so that the rows it reads stay as read until the transaction ends: another
     * client's write of them waits (a compare-and-set reads, compares, then writes).
     */
    String lockRowsRead();

    /** Within the current transaction, foreign keys are checked at commit. */
    String deferForeignKeys();

    /** At the start of each outermost transaction: the origin the history triggers record. */
    void beginChanges(Jdbc jdbc, ChangeOrigin origin);

    /** An INSERT of a change-log row for an event that is not a row change: subject, field, old, new. */
    String recordEventSql();
}
