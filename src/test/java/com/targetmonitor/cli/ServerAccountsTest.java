package com.targetmonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Period;
import com.targetmonitor.persistence.NotPermittedException;
import com.targetmonitor.persistence.Workspace;
import com.targetmonitor.testing.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Accounts and roles on a server, enforced by PostgreSQL itself: a reporter writes only its unit's
 * figures, with the app and with plain SQL; a viewer writes nothing.
 */
class ServerAccountsTest {

    static TestPostgres.Database db;
    static String unit;
    /** Indicators led by the reporter's unit, and the others, that have observations. */
    static String own;
    static String others;
    static long ownObservation;
    static long otherObservation;

    @BeforeAll
    static void demoWithAReporterAViewerAndAnEditor() throws SQLException {
        db = TestPostgres.freshDatabase();
        assertThat(CliRunner.run("demo", "--db", db.address()).exitCode()).isZero();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            unit = string(st, "SELECT u.name FROM indicator_unit iu JOIN unit u ON u.id = iu.unit_id "
                    + "JOIN observation o ON o.indicator_id = iu.indicator_id WHERE iu.role = 'LEAD' "
                    + "GROUP BY u.name ORDER BY count(*) DESC, u.name LIMIT 1");
            own = "(SELECT iu.indicator_id FROM indicator_unit iu JOIN unit u ON u.id = iu.unit_id "
                    + "WHERE iu.role = 'LEAD' AND u.name = '" + unit + "')";
            others = "(SELECT id FROM indicator WHERE id NOT IN " + own + ")";
            ownObservation = Long.parseLong(string(st, "SELECT min(id) FROM observation WHERE indicator_id IN " + own));
            otherObservation = Long.parseLong(string(st, "SELECT min(id) FROM observation WHERE indicator_id IN "
                    + others));
        }
        for (String[] account : List.of(new String[] {reporter(), "reporter", unit}, new String[] {viewer(), "viewer",
            null}, new String[] {editor(), "editor", null})) {
            List<String> args = new ArrayList<>(List.of("user", "add", "--db", db.address(), "--name", account[0],
                    "--password", "pw-" + account[0], "--role", account[1]));
            if (account[2] != null) {
                args.addAll(List.of("--unit", account[2]));
            }
            CliRunner add = CliRunner.run(args.toArray(String[]::new));
            assertThat(add.exitCode()).as(add.err()).isZero();
        }
    }

    static String reporter() {
        return "r_" + db.name();
    }

    static String viewer() {
        return "v_" + db.name();
    }

    static String editor() {
        return "e_" + db.name();
    }

    @Test
    void theAccountsAreListedWithTheirRoleAndUnit() {
        CliRunner list = CliRunner.run("user", "list", "--db", db.address());
        assertThat(list.out().lines()).contains(reporter() + "\treporter\t" + unit, viewer() + "\tviewer\t",
                editor() + "\teditor\t");
        CliRunner badRole = CliRunner.run("user", "add", "--db", db.address(), "--name", "x", "--password", "y",
                "--role", "owner");
        assertThat(badRole.exitCode()).isEqualTo(2);
        CliRunner onFile = CliRunner.run("user", "list", "--db", "some.tmdb");
        assertThat(onFile.exitCode()).isEqualTo(2);
    }

    @Test
    void throughTheAppAReporterWritesItsUnitsFiguresAndIsRefusedAnotherUnits() throws SQLException {
        Double before = value(otherObservation);
        try (Workspace ws = Workspace.openAddress(db.addressAs(reporter(), "pw-" + reporter()))) {
            Observation mine = observation(ws, ownObservation);
            ws.observations().save(mine.withValue(777.25));
            Observation theirs = observation(ws, otherObservation);
            assertThatThrownBy(() -> ws.observations().save(theirs.withValue(999.0)))
                    .isInstanceOf(NotPermittedException.class).hasMessageContaining("not permitted");
            assertThatThrownBy(() -> ws.observations().save(Observation.of(theirs.indicatorId(),
                    Period.month(2031, 3), 1.0))).isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> ws.plans().delete(ws.plans().findAll().get(0).id()))
                    .isInstanceOf(NotPermittedException.class);
        }
        assertThat(value(ownObservation)).isEqualTo(777.25);
        assertThat(value(otherObservation)).isEqualTo(before);
        CliRunner history = CliRunner.run("history", "--db", db.address(), "--plan", planOf(ownObservation));
        assertThat(history.out().lines()).anyMatch(l -> l.contains("\t" + reporter() + "\t") && l.contains("777.25"));
    }

    @Test
    void withPlainSqlAReporterCanChangeNothingOfAnotherUnitInAnyTable() throws SQLException {
        Map<String, String> before = fingerprints();
        List<String> tables = new ArrayList<>(before.keySet());
        assertThat(tables).contains("plan", "unit", "indicator", "observation", "change_log", "tm_account");
        try (Connection c = db.connectAs(reporter(), "pw-" + reporter()); Statement st = c.createStatement()) {
            for (String t : tables) {
                String notMine = t.equals("observation") || t.equals("import_change")
                        ? " WHERE indicator_id IN " + others : "";
                String column = firstColumn(t);
                refusedOrNothing(st, "DELETE FROM " + t + notMine);
                refusedOrNothing(st, "UPDATE " + t + " SET " + column + " = " + column + notMine);
                refusedOrNothing(st, "INSERT INTO " + t + " SELECT * FROM " + t + notMine + " LIMIT 1");
            }
            // Nor can it move its own figure onto another unit's indicator, or write one for it.
            refusedOrNothing(st, "UPDATE observation SET indicator_id = (SELECT min(id) FROM " + others
                    + " x) WHERE id = " + ownObservation);
            refusedOrNothing(st, "INSERT INTO observation (indicator_id, year, end_month, granularity, origin) "
                    + "SELECT min(id), 2031, 1, 'MONTH', 'TYPED' FROM " + others + " x");
            // Nor give itself another role or unit.
            refusedOrNothing(st, "UPDATE tm_account SET role = 'admin'");
            assertThatThrownBy(() -> st.execute("GRANT " + db.name() + "_tm_admin TO " + reporter()))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
        }
        assertThat(fingerprints()).isEqualTo(before);
    }

    @Test
    void anImportByAReporterWritesItsUnitsRowsAndListsTheOthersAsNotPermitted(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) throws Exception {
        String[] mine;
        String[] theirs;
        String planName = planOf(ownObservation);
        String year;
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            year = string(st, "SELECT year FROM plan WHERE name = '" + planName + "'");
            String pick = "SELECT i.name || '|' || i.unit_of_measure FROM indicator i JOIN plan p ON p.id = i.plan_id "
                    + "WHERE p.name = '" + planName + "' AND i.kind IN ('COUNT', 'AMOUNT') AND i.frequency <> 'ANNUAL' "
                    + "AND i.id IN ";
            mine = string(st, pick + own + " ORDER BY i.id LIMIT 1").split("\\|", -1);
            theirs = string(st, pick + others + " ORDER BY i.id LIMIT 1").split("\\|", -1);
        }
        java.nio.file.Path report = com.targetmonitor.logic.excel.Workbooks.xlsx(dir.resolve("report.xlsx"), "月报",
                new Object[][] {{"金昌市" + year + "年1-6月主要指标"}, {"指标名称", "计量单位", "1-6月", "比上年同期增长%"},
                    {mine[0], mine[1], 4321, null}, {theirs[0], theirs[1], 8765, null}});
        Map<String, String> before = fingerprints();
        String othersBefore = othersObservations();
        CliRunner r = CliRunner.run("import", "--db", db.addressAs(reporter(), "pw-" + reporter()), "--plan",
                planName, report.toString());
        assertThat(r.exitCode()).as(r.err() + r.out()).isZero();
        assertThat(r.out()).contains("1 not permitted for this account");
        assertThat(r.out().lines()).anyMatch(l -> l.contains(theirs[0]) && l.contains("not_permitted")
                && l.contains("not permitted for this account"));
        // The reporter's row is stored; nothing of another unit, nor of any table but the figures and their record.
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            assertThat(string(st, "SELECT o.value FROM observation o JOIN indicator i ON i.id = o.indicator_id "
                    + "WHERE i.name = '" + mine[0] + "' AND o.year = " + year + " AND o.end_month = 6")).startsWith("4321");
        }
        assertThat(othersObservations()).isEqualTo(othersBefore);
        Map<String, String> after = fingerprints();
        for (String written : List.of("observation", "import_batch", "import_change", "change_log")) {
            before.remove(written);
            after.remove(written);
        }
        assertThat(after).isEqualTo(before);
        try (Workspace ws = Workspace.openAddress(db.addressAs(reporter(), "pw-" + reporter()))) {
            com.targetmonitor.logic.excel.imports.ImportHistory history =
                    new com.targetmonitor.logic.excel.imports.ImportHistory(ws);
            long plan = ws.plans().findAll().stream().filter(p -> p.name().equals(planName)).findFirst()
                    .orElseThrow().id();
            long batch = history.batches(plan).get(0).id();
            assertThat(history.whyNotUndoable(batch)).isEmpty();
            assertThat(history.undo(batch).restored()).isEqualTo(1);
        }
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            assertThat(string(st, "SELECT count(*) FROM observation o JOIN indicator i ON i.id = o.indicator_id "
                    + "WHERE i.name = '" + mine[0] + "' AND o.year = " + year + " AND o.end_month = 6 AND o.value = 4321"))
                    .isEqualTo("0");
            assertThat(string(st, "SELECT count(*) FROM import_batch WHERE undone_at IS NOT NULL")).isEqualTo("1");
        }
        assertThat(othersObservations()).isEqualTo(othersBefore);
    }

    private static String othersObservations() throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            return string(st, "SELECT count(*) || ':' || md5(string_agg(x::text, ',' ORDER BY x::text)) "
                    + "FROM observation x WHERE indicator_id IN " + others);
        }
    }

    @Test
    void aViewerReadsAndWritesNothing() throws SQLException {
        try (Connection c = db.connectAs(viewer(), "pw-" + viewer()); Statement st = c.createStatement()) {
            assertThat(Integer.parseInt(string(st, "SELECT count(*) FROM observation"))).isPositive();
            refusedOrNothing(st, "UPDATE observation SET value = 0");
            refusedOrNothing(st, "DELETE FROM observation");
        }
        try (Workspace ws = Workspace.openAddress(db.addressAs(viewer(), "pw-" + viewer()))) {
            Observation any = observation(ws, otherObservation);
            assertThatThrownBy(() -> ws.observations().save(any.withValue(5.0)))
                    .isInstanceOf(NotPermittedException.class);
        }
    }

    @Test
    void anEditorWritesEveryUnitsFiguresButNotThePlan() throws SQLException {
        try (Workspace ws = Workspace.openAddress(db.addressAs(editor(), "pw-" + editor()))) {
            Observation theirs = observation(ws, otherObservation);
            ws.observations().save(theirs.withValue(theirs.value() == null ? 1.0 : theirs.value()));
            assertThatThrownBy(() -> ws.units().delete(ws.units().findAll().get(0).id()))
                    .isInstanceOf(NotPermittedException.class);
        }
    }

    @Test
    void aRemovedAccountCannotSignInAgain() {
        String name = "gone_" + db.name();
        assertThat(CliRunner.run("user", "add", "--db", db.address(), "--name", name, "--password", "pw", "--role",
                "viewer").exitCode()).isZero();
        Workspace.openAddress(db.addressAs(name, "pw")).close();
        assertThat(CliRunner.run("user", "remove", "--db", db.address(), "--name", name).exitCode()).isZero();
        CliRunner open = CliRunner.run("plans", "--db", db.addressAs(name, "pw"));
        assertThat(open.exitCode()).isEqualTo(1);
        assertThat(open.err()).contains("refused the account").doesNotContain("pw@");
    }

    private static void refusedOrNothing(Statement st, String sql) {
        try {
            int rows = st.executeUpdate(sql);
            assertThat(rows).as(sql).isZero();
        } catch (SQLException e) {
            assertThat(e.getSQLState()).as(sql + ": " + e.getMessage()).isEqualTo("42501");
        }
    }

    /** Each table's content as the superuser sees it, as one hash per table. */
    private static Map<String, String> fingerprints() throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables WHERE "
                    + "table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                out.put(t, string(st, "SELECT count(*) || ':' || coalesce(md5(string_agg(x::text, ',' ORDER BY "
                        + "x::text)), '') FROM " + t + " x"));
            }
        }
        return out;
    }

    private static String firstColumn(String table) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            return string(st, "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' "
                    + "AND table_name = '" + table + "' ORDER BY ordinal_position LIMIT 1");
        }
    }

    private static Observation observation(Workspace ws, long id) {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            long indicator = Long.parseLong(string(st, "SELECT indicator_id FROM observation WHERE id = " + id));
            return ws.observations().findByIndicator(indicator).stream().filter(o -> o.id() == id).findFirst()
                    .orElseThrow();
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static String planOf(long observationId) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            return string(st, "SELECT p.name FROM observation o JOIN indicator i ON i.id = o.indicator_id "
                    + "JOIN plan p ON p.id = i.plan_id WHERE o.id = " + observationId);
        }
    }

    private static Double value(long observationId) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            String v = string(st, "SELECT value FROM observation WHERE id = " + observationId);
            return v == null ? null : Double.valueOf(v);
        }
    }

    private static String string(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
