package com.targetmonitor.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/** The workspace file: the schema version in user_version, history through the connection's temporary triggers. */
final class SqliteDialect implements Dialect {

    static final SqliteDialect INSTANCE = new SqliteDialect();

    private SqliteDialect() {
    }

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public int schemaVersion(Connection c) throws SQLException {
        return Migrations.currentVersion(c);
    }

    @Override
    public void lockForMigration(Statement st) {
        // The connection's transactions begin IMMEDIATE: the write lock is already held.
    }

    @Override
    public void recordSchemaVersion(Statement st, int version) throws SQLException {
        st.execute("PRAGMA user_version = " + version);
    }

    @Override
    public String ddl(String sql) {
        return sql;
    }

    @Override
    public PreparedStatement prepareInsert(Connection c, String sql) throws SQLException {
        return c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
    }

    @Override
    public String rowIdentity(boolean tableHasId) {
        return "rowid";
    }

    @Override
    public String foreignKeysQuery() {
        return "SELECT m.name, f.\"from\", f.\"table\", f.\"to\", f.on_delete FROM sqlite_master m, "
                + "pragma_foreign_key_list(m.name) f WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' ORDER BY m.name";
    }

    @Override
    public String tablesWithIdQuery() {
        return "SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c WHERE m.type = 'table' "
                + "AND c.name = 'id'";
    }

    @Override
    public String tablesQuery() {
        return "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
    }

    @Override
    public void afterExplicitIds(Jdbc jdbc, String table, boolean hasId) {
        // An INTEGER PRIMARY KEY continues above the largest id by itself.
    }

    @Override
    public String lockRowsRead() {
        return "";  // the connection's transactions begin IMMEDIATE: no other writer until commit
    }

    @Override
    public String deferForeignKeys() {
        return "PRAGMA defer_foreign_keys = ON";
    }

    @Override
    public void beginChanges(Jdbc jdbc, ChangeOrigin origin) {
        jdbc.update("UPDATE temp.tm_context SET origin = ?, batch = ?", origin.kind(), origin.batchId());
    }

    @Override
    public String recordEventSql() {
        return "INSERT INTO change_log (at, account, origin, batch_id, plan_id, indicator_id, subject, period, field, "
                + "old_value, new_value) SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'), account, origin, batch, NULL, NULL, "
                + "?, '', ?, ?, ? FROM temp.tm_context";
    }
}
