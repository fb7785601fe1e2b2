package com.targetmonitor.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetmonitor.testing.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * A workspace on a server made before version 7, owned as the README sets it up (a login with CREATEROLE
 * owning the database, no superuser), takes V7 on opening: the accounts stay, the account functions
 * become the owner's SECURITY DEFINER functions that only the admin group may run, an admin account made
 * before V7 now manages accounts, and tm_role() no longer recurses for the owner (V5's fault).
 */
class AdminAccountsMigrationTest {

    @Test
    void aVersion6WorkspaceTakesVersion7AndItsAdminManagesAccounts() throws SQLException {
        TestPostgres.Database db = TestPostgres.freshDatabase();
        String admin = "a_" + db.name();
        String viewer = "v_" + db.name();
        String owner = "o_" + db.name();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE ROLE " + owner + " LOGIN CREATEROLE PASSWORD 'pw-o'");
            st.execute("ALTER DATABASE " + db.name() + " OWNER TO " + owner);
        }
        try (Connection c = db.connectAs(owner, "pw-o"); Statement st = c.createStatement()) {
            Migrations.migrate(c, PostgresDialect.INSTANCE, 6);
            // Version 6 with such an owner: tm_role() reads tm_account through policies that call tm_role().
            assertThatThrownBy(() -> st.executeQuery("SELECT tm_role()")).isInstanceOfSatisfying(SQLException.class,
                    e -> assertThat(e.getSQLState()).isEqualTo("54001"));
        }
        // So accounts before V7 could only be made by a superuser (who passes policies), the V5 way.
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            assertThat(one(st, "SELECT max(version) FROM tm_schema")).isEqualTo("6");
            // Version 6's functions: the caller's own rights (only the owner could use them), run by anyone.
            assertThat(one(st, "SELECT bool_or(prosecdef)::text FROM pg_proc WHERE proname LIKE 'tm_account_%'"))
                    .isEqualTo("false");
            st.execute("SELECT tm_account_add('" + admin + "', 'pw-a', 'admin', NULL)");
            st.execute("SELECT tm_account_add('" + viewer + "', 'pw-v', 'viewer', NULL)");
        }
        try (Workspace ws = Workspace.openAddress(db.addressAs(owner, "pw-o"))) {
            assertThat(ws.schemaVersion()).isEqualTo(Migrations.latestVersion()).isGreaterThanOrEqualTo(7);
            assertThat(ws.accounts().currentRole()).contains("owner");
            assertThat(ws.accounts().findAll()).extracting(Account::name).containsExactly(admin, viewer);
        }
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            assertThat(one(st, "SELECT string_agg(proname || ':' || prosecdef || ':' || pg_get_userbyid(proowner) "
                    + "|| ':' || has_function_privilege('" + viewer + "', oid, 'EXECUTE') || ':' "
                    + "|| has_function_privilege('" + admin + "', oid, 'EXECUTE') || ':' "
                    + "|| array_to_string(proconfig, ';'), ',' ORDER BY proname) FROM pg_proc "
                    + "WHERE proname LIKE 'tm_account_%'")).isEqualTo(String.join(",",
                            "tm_account_add:true:" + owner + ":false:true:search_path=pg_catalog, public, pg_temp",
                            "tm_account_list:true:" + owner + ":false:true:search_path=pg_catalog, public, pg_temp",
                            "tm_account_remove:true:" + owner + ":false:true:search_path=pg_catalog, public, pg_temp"));
        }
        String editor = "e_" + db.name();
        try (Workspace ws = Workspace.openAddress(db.addressAs(admin, "pw-a"))) {
            assertThat(ws.accounts().findAll()).extracting(Account::name).containsExactly(admin, viewer);
            ws.accounts().add(editor, "pw-e", "editor", null);
            ws.accounts().remove(viewer);
            assertThat(ws.accounts().findAll()).extracting(Account::name).containsExactly(admin, editor);
        }
        try (Workspace ws = Workspace.openAddress(db.addressAs(editor, "pw-e"))) {
            assertThat(ws.accounts().currentRole()).contains("editor");
        }
    }

    private static String one(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
