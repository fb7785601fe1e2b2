package com.targetmonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Plan;
import com.targetmonitor.persistence.Workspace;
import com.targetmonitor.testing.TestPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** On a server the history names the database account, written by the server's triggers whoever writes. */
class ServerHistoryTest {

    static TestPostgres.Database db;

    @BeforeAll
    static void demoOnAServerAndAnOfficersAccount() {
        db = TestPostgres.freshDatabase();
        assertThat(CliRunner.run("demo", "--db", db.address()).exitCode()).isZero();
        CliRunner add = CliRunner.run("user", "add", "--db", db.address(), "--name", "wang_" + db.name(),
                "--password", "wang-pw", "--role", "editor");
        assertThat(add.exitCode()).as(add.err()).isZero();
    }

    private static String wang() {
        return "wang_" + db.name();
    }

    @Test
    void anEditThroughTheAppAndOneByPlainSqlAreBothRecordedUnderTheAccount() throws SQLException {
        try (Workspace ws = Workspace.openAddress(db.addressAs(wang(), "wang-pw"))) {
            assertThat(ws.changes().account()).isEqualTo(wang());
            Plan plan = ws.plans().findAll().stream().filter(p -> p.name().contains("金昌市2022")).findFirst().orElseThrow();
            Observation first = ws.observations().findByPlan(plan.id()).values().iterator().next().get(0);
            ws.observations().save(first.withValue(4321.5));
        }
        try (Connection c = db.connectAs(wang(), "wang-pw"); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE observation SET value = 1234.5 WHERE value = 4321.5");
            // The history is the server's: the account cannot write, change or remove it directly.
            assertThatThrownBy(() -> st.executeUpdate("INSERT INTO change_log (at, account, origin, subject, field) "
                    + "VALUES ('2020-01-01T00:00:00.000Z', 'someone', 'TYPED', 'PLAN', '*')"))
                    .hasMessageContaining("permission denied");
        }
        CliRunner history = CliRunner.run("history", "--db", db.address(), "--plan", "金昌市2022");
        assertThat(history.exitCode()).as(history.err()).isZero();
        assertThat(history.out().lines().filter(l -> l.contains("\t" + wang() + "\t")))
                .anyMatch(l -> l.contains("4321.5")).anyMatch(l -> l.contains("4321.5") && l.contains("1234.5"));
        assertThat(history.out()).doesNotContain("someone");
    }
}
