package com.targetmonitor.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.testing.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * A workspace on a server made before version 7 (its accounts made the V5 way, by the owner) takes V7 on
 * opening: the accounts stay, the account functions become the owner's SECURITY DEFINER functions that
 * only the admin group may run, and an admin account made before V7 now manages accounts.
 */
class AdminAccountsMigrationTest {

    @Test
    void aVersion6WorkspaceTakesVersion7AndItsAdminManagesAccounts() throws SQLException {
        TestPostgres.Database db = TestPostgres.freshDatabase();
        String admin = "a_" + db.name();
        String viewer = "v_" + db.name();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            Migrations.migrate(c, PostgresDialect.INSTANCE, 6);
            assertThat(one(st, "SELECT max(version) FROM tm_schema")).isEqualTo("6");
            // Version 6's functions: the caller's own rights (only the owner could use them), run by anyone.
            assertThat(one(st, "SELECT bool_or(prosecdef)::text FROM pg_proc WHERE proname LIKE 'tm_account_%'"))
                    .isEqualTo("false");
            st.execute("SELECT tm_account_add('" + admin + "', 'pw-a', 'admin', NULL)");
            st.execute("SELECT tm_account_add('" + viewer + "', 'pw-v', 'viewer', NULL)");
        }
        try (Workspace ws = Workspace.openAddress(db.address())) {
            assertThat(ws.schemaVersion()).isEqualTo(7).isEqualTo(Migrations.latestVersion());
        }
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            assertThat(one(st, "SELECT string_agg(proname || ':' || prosecdef || ':' || pg_get_userbyid(proowner) "
                    + "|| ':' || has_function_privilege('" + viewer + "', oid, 'EXECUTE') || ':' "
                    + "|| has_function_privilege('" + admin + "', oid, 'EXECUTE') || ':' "
                    + "|| array_to_string(proconfig, ';'), ',' ORDER BY proname) FROM pg_proc "
                    + "WHERE proname LIKE 'tm_account_%'")).isEqualTo(String.join(",",
                            "tm_account_add:true:" + db.user() + ":false:true:search_path=pg_catalog, public, pg_temp",
                            "tm_account_list:true:" + db.user() + ":false:true:search_path=pg_catalog, public, pg_temp",
                            "tm_account_remove:true:" + db.user() + ":false:true:search_path=pg_catalog, public, pg_temp"));
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
