package com.targetmonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Plan;
import com.targetmonitor.persistence.Workspace;
import com.targetmonitor.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** copy: file → server → file → file, whole plans with their history; a failed copy leaves the destination as it was. */
class CopyCommandTest {

    private static final List<String[]> VIEWS = List.of(new String[] {"金昌市2022", "2022-06"},
            new String[] {"金昌市2022", "2022-11"}, new String[] {"金昌市2023", "2023-12"},
            new String[] {"嘉峪关", "2022-09"});

    @TempDir
    static Path dir;
    static String file;
    static TestPostgres.Database server;

    @BeforeAll
    static void demoWithEditsAndItsCopyOnAServer() {
        file = dir.resolve("demo.tmdb").toString();
        assertThat(CliRunner.run("demo", "--db", file).exitCode()).isZero();
        try (Workspace ws = Workspace.open(Path.of(file))) {
            Plan plan = ws.plans().findAll().stream().filter(p -> p.name().contains("金昌市2022")).findFirst()
                    .orElseThrow();
            // Some history to carry over: a corrected value and a deleted one.
            var observations = ws.observations().findByPlan(plan.id()).values().iterator().next();
            Observation first = observations.get(0);
            ws.observations().save(first.withValue(first.value() == null ? 1.0 : first.value() + 1.5));
            ws.observations().delete(observations.get(observations.size() - 1).id());
        }
        server = TestPostgres.freshDatabase();
        CliRunner copy = CliRunner.run("copy", "--from", file, "--to", server.address());
        assertThat(copy.exitCode()).as(copy.err()).isZero();
        assertThat(copy.out()).contains("3 plans").doesNotContain(server.password());
    }

    private static void assertSameAsTheFile(String other) {
        for (String[] view : VIEWS) {
            String expected = CliRunner.run("status", "--db", file, "--plan", view[0], "--as-of", view[1]).out();
            assertThat(expected.lines().count()).isGreaterThan(5);
            assertThat(CliRunner.run("status", "--db", other, "--plan", view[0], "--as-of", view[1]).out())
                    .as(other + " " + view[0] + " " + view[1]).isEqualTo(expected);
        }
        String history = CliRunner.run("history", "--db", file, "--plan", "金昌市2022").out();
        assertThat(history.lines().count()).isGreaterThanOrEqualTo(2);
        assertThat(CliRunner.run("history", "--db", other, "--plan", "金昌市2022").out()).isEqualTo(history);
    }

    @Test
    void theServersCopyShowsTheSameStatusAndHistory() {
        assertSameAsTheFile(server.address());
    }

    @Test
    void aServerWorkspaceSavedAsAFileAndThatFileCopiedAgainAreTheSame() {
        String local = dir.resolve("local.tmdb").toString();
        CliRunner back = CliRunner.run("copy", "--from", server.address(), "--to", local);
        assertThat(back.exitCode()).as(back.err()).isZero();
        assertSameAsTheFile(local);
        String again = dir.resolve("again.tmdb").toString();
        assertThat(CliRunner.run("copy", "--from", local, "--to", again).exitCode()).isZero();
        assertSameAsTheFile(again);
        try (Workspace ws = Workspace.open(Path.of(again))) {
            // New rows continue above the copied ids.
            ws.plans().save(new Plan(null, "新计划", "", 2024, "", com.targetmonitor.model.RuleSet.DEFAULT));
        }
    }

    @Test
    void newRowsOnTheServerGetIdsAboveTheCopiedOnes() {
        try (Workspace ws = Workspace.openAddress(server.address())) {
            long max = ws.plans().findAll().stream().mapToLong(Plan::id).max().orElseThrow();
            Plan added = ws.plans().save(new Plan(null, "新计划2025", "", 2025, "",
                    com.targetmonitor.model.RuleSet.DEFAULT));
            assertThat(added.id()).isGreaterThan(max);
            ws.plans().delete(added.id());
        }
    }

    @Test
    void aCopyOntoAWorkspaceThatHoldsPlansOrAnExistingFileIsRefusedAndChangesNothing() throws Exception {
        CliRunner onto = CliRunner.run("copy", "--from", file, "--to", server.address());
        assertThat(onto.exitCode()).isEqualTo(1);
        assertThat(onto.err()).contains("already holds");
        assertThat(count(server, "plan")).isEqualTo(3);
        Path existing = dir.resolve("existing.tmdb");
        Files.writeString(existing, "keep me");
        CliRunner ontoFile = CliRunner.run("copy", "--from", server.address(), "--to", existing.toString());
        assertThat(ontoFile.exitCode()).isEqualTo(1);
        assertThat(Files.readString(existing)).isEqualTo("keep me");
    }

    @Test
    void aCopyThatFailsHalfWayLeavesTheServerDatabaseEmpty() throws Exception {
        TestPostgres.Database target = TestPostgres.freshDatabase();
        try (Workspace ws = Workspace.openAddress(target.address())) {
            // set up: the schema is there, no plans
        }
        try (Connection c = target.connect(); Statement st = c.createStatement()) {
            // The history is copied last: refusing it fails the copy after every other table was written.
            st.execute("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    + "RAISE EXCEPTION 'refused for the test'; END $$");
            st.execute("CREATE TRIGGER refuse BEFORE INSERT ON change_log FOR EACH ROW EXECUTE FUNCTION refuse()");
        }
        CliRunner copy = CliRunner.run("copy", "--from", file, "--to", target.address());
        assertThat(copy.exitCode()).isEqualTo(1);
        for (String table : List.of("plan", "unit", "indicator", "observation", "change_log")) {
            assertThat(count(target, table)).as(table).isZero();
        }
    }

    private static int count(TestPostgres.Database db, String table) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
