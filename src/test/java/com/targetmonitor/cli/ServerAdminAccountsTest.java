package com.targetmonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetmonitor.model.Observation;
import com.targetmonitor.persistence.NotPermittedException;
import com.targetmonitor.persistence.Workspace;
import com.targetmonitor.testing.TestPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An admin account manages accounts (issue 14, migration V7) through the server's SECURITY DEFINER
 * functions, run as the workspace's owner: here a real owner as an office sets one up, a login that owns
 * the database and may create roles but is no superuser. The admin adds, lists and removes accounts, only
 * of the four roles, never itself nor the owner; an editor, reporter or viewer is refused by the server.
 */
class ServerAdminAccountsTest {

    static TestPostgres.Database db;
    static String unit;
    static long ownObservation;
    static long otherObservation;

    @BeforeAll
    static void aWorkspaceOwnedByACreateroleLoginWithAnAdminAndTheOtherRoles() throws SQLException {
        db = TestPostgres.freshDatabase();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE ROLE " + owner() + " LOGIN CREATEROLE PASSWORD 'pw-o'");
            st.execute("ALTER DATABASE " + db.name() + " OWNER TO " + owner());
        }
        CliRunner demo = CliRunner.run("demo", "--db", asOwner());
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            unit = one(st, "SELECT u.name FROM indicator_unit iu JOIN unit u ON u.id = iu.unit_id "
                    + "JOIN observation o ON o.indicator_id = iu.indicator_id WHERE iu.role = 'LEAD' "
                    + "GROUP BY u.name ORDER BY count(*) DESC, u.name LIMIT 1");
            String own = "(SELECT iu.indicator_id FROM indicator_unit iu JOIN unit u ON u.id = iu.unit_id "
                    + "WHERE iu.role = 'LEAD' AND u.name = '" + unit + "')";
            ownObservation = Long.parseLong(one(st, "SELECT min(id) FROM observation WHERE indicator_id IN " + own));
            otherObservation = Long.parseLong(one(st, "SELECT min(id) FROM observation WHERE indicator_id NOT IN "
                    + own));
        }
        add(asOwner(), admin(), "admin", null);
        add(asOwner(), "e_" + db.name(), "editor", null);
        add(asOwner(), "v_" + db.name(), "viewer", null);
        add(asOwner(), "r_" + db.name(), "reporter", unit);
    }

    static String owner() {
        return "o_" + db.name();
    }

    static String admin() {
        return "a_" + db.name();
    }

    static String asOwner() {
        return db.addressAs(owner(), "pw-o");
    }

    static String asAdmin() {
        return db.addressAs(admin(), "pw-" + admin());
    }

    @Test
    void anAdminAddsAReporterWhoIsHeldToItsUnitListsItAndRemovesIt() throws SQLException {
        String reporter = "ar_" + db.name();
        add(asAdmin(), reporter, "reporter", unit);
        try (Workspace ws = Workspace.openAddress(db.addressAs(reporter, "pw-" + reporter))) {
            assertThat(ws.accounts().currentRole()).contains("reporter");
            Observation mine = observation(ws, ownObservation);
            ws.observations().save(mine.withValue(mine.value() == null ? 3.5 : mine.value() + 1));
            Observation theirs = observation(ws, otherObservation);
            assertThatThrownBy(() -> ws.observations().save(theirs.withValue(98765.0)))
                    .isInstanceOf(NotPermittedException.class);
        }
        CliRunner list = CliRunner.run("user", "list", "--db", asAdmin());
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out().lines()).contains(reporter + "\treporter\t" + unit, admin() + "\tadmin\t")
                .noneMatch(l -> l.startsWith(owner() + "\t"));

        CliRunner remove = CliRunner.run("user", "remove", "--db", asAdmin(), "--name", reporter);
        assertThat(remove.exitCode()).as(remove.err()).isZero();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            assertThat(one(st, "SELECT count(*) FROM pg_roles WHERE rolname = '" + reporter + "'")).isEqualTo("0");
            assertThat(one(st, "SELECT count(*) FROM tm_account WHERE name = '" + reporter + "'")).isEqualTo("0");
            // Both changes are in the history, under the admin's name (the server's session_user).
            assertThat(one(st, "SELECT string_agg(field || ':' || coalesce(old_value, '-') || '>' "
                    + "|| coalesce(new_value, '-'), ',' ORDER BY id) FROM change_log WHERE subject = 'ACCOUNT' "
                    + "AND account = '" + admin() + "' AND coalesce(new_value, old_value) LIKE '" + reporter + " %'"))
                    .isEqualTo("reporter:->" + reporter + " (" + unit + "),"
                    + "reporter:" + reporter + " (" + unit + ")>-");
        }
    }

    @Test
    void anAdminMakesOnlyTheFourRolesAsPlainLoginsAndQuotesNamesAndPasswords() throws SQLException {
        String before = accounts();
        try (Connection c = db.connectAs(admin(), "pw-" + admin())) {
            for (String role : List.of("owner", "superuser", "admin WITH SUPERUSER", "")) {
                assertThat(state(c, "SELECT tm_account_add(?, 'pw', ?, NULL)", "x_" + db.name(), role))
                        .as(role).isEqualTo("22023");
            }
            assertThat(state(c, "SELECT tm_account_add(?, 'pw', 'reporter', NULL)", "x_" + db.name()))
                    .isEqualTo("22023");
        }
        assertThat(accounts()).isEqualTo(before);

        String odd = "q\"" + db.name();
        String password = "it's; DROP ROLE " + owner();
        try (Connection c = db.connectAs(admin(), "pw-" + admin())) {
            assertThat(state(c, "SELECT tm_account_add(?, ?, 'admin', NULL)", odd, password)).isEmpty();
        }
        try (Connection c = db.connectAs(odd, password); Statement st = c.createStatement()) {
            assertThat(one(st, "SELECT tm_role()")).isEqualTo("admin");
            assertThat(one(st, "SELECT (rolsuper OR rolcreaterole OR rolcreatedb OR rolbypassrls)::text FROM pg_roles "
                    + "WHERE rolname = session_user")).isEqualTo("false");
            // Still no grant on the accounts table itself: only the functions.
            assertThatThrownBy(() -> st.executeQuery("SELECT * FROM tm_account"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
        }
        assertThat(CliRunner.run("user", "remove", "--db", asAdmin(), "--name", odd).exitCode()).isZero();
        assertThat(accounts()).isEqualTo(before);
    }

    @Test
    void anAdminRemovesNeitherItselfNorTheOwnerNorAnyRoleThatIsNoAccount() throws SQLException {
        String before = accounts();
        CliRunner self = CliRunner.run("user", "remove", "--db", asAdmin(), "--name", admin());
        assertThat(self.exitCode()).isNotZero();
        assertThat(self.err()).contains("account in use");
        try (Connection c = db.connectAs(admin(), "pw-" + admin())) {
            assertThat(state(c, "SELECT tm_account_remove(?)", admin())).isEqualTo("42501");
            assertThat(state(c, "SELECT tm_account_remove(?)", owner())).isEqualTo("42501");
            assertThat(state(c, "SELECT tm_account_remove(?)", db.user())).isEqualTo("22023");
            assertThat(state(c, "SELECT tm_account_remove(?)", db.name() + "_tm_admin")).isEqualTo("22023");
        }
        assertThat(accounts()).isEqualTo(before);
    }

    @Test
    void anEditorReporterOrViewerCallingTheFunctionsIsRefusedAndNothingChanges() throws SQLException {
        String before = accounts();
        for (String account : List.of("e_" + db.name(), "r_" + db.name(), "v_" + db.name())) {
            try (Connection c = db.connectAs(account, "pw-" + account)) {
                assertThat(state(c, "SELECT tm_account_add(?, 'pw', 'admin', NULL)", "y_" + db.name()))
                        .as(account).isEqualTo("42501");
                assertThat(state(c, "SELECT tm_account_remove(?)", admin())).as(account).isEqualTo("42501");
                assertThat(state(c, "SELECT * FROM tm_account_list()")).as(account).isEqualTo("42501");
            }
            CliRunner list = CliRunner.run("user", "list", "--db", db.addressAs(account, "pw-" + account));
            assertThat(list.exitCode()).as(account).isNotZero();
            assertThat(list.out()).doesNotContain(admin());
        }
        assertThat(accounts()).isEqualTo(before);
    }

    private static void add(String as, String name, String role, String unitName) {
        List<String> args = new java.util.ArrayList<>(List.of("user", "add", "--db", as, "--name", name,
                "--password", "pw-" + name, "--role", role));
        if (unitName != null) {
            args.addAll(List.of("--unit", unitName));
        }
        CliRunner r = CliRunner.run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    /** The SQLSTATE the statement fails with; empty when it runs. */
    private static String state(Connection c, String sql, String... args) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            ps.execute();
            return "";
        } catch (SQLException e) {
            return e.getSQLState();
        }
    }

    /** The accounts and every login role, as the superuser sees them. */
    private static String accounts() throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            return one(st, "SELECT (SELECT string_agg(name || '|' || role || '|' || coalesce(unit_id::text, ''), ',' "
                    + "ORDER BY name) FROM tm_account) || ' / ' || (SELECT string_agg(rolname || '|' || rolsuper "
                    + "|| rolcreaterole, ',' ORDER BY rolname) FROM pg_roles)");
        }
    }

    private static Observation observation(Workspace ws, long id) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            long indicator = Long.parseLong(one(st, "SELECT indicator_id FROM observation WHERE id = " + id));
            return ws.observations().findByIndicator(indicator).stream().filter(o -> o.id() == id).findFirst()
                    .orElseThrow();
        }
    }

    private static String one(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
