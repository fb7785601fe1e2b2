package com.targetmonitor.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Plan;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The change history is written where rows change and cannot be rewritten afterwards. */
class ChangeLogTest {

    @TempDir
    Path dir;

    @Test
    void historyRowsCannotBeUpdatedOrDeleted() {
        Path file = dir.resolve("w.tmdb");
        try (Workspace ws = Workspace.create(file)) {
            Plan plan = Fixtures.savedPlan(ws, "计划");
            Indicator i = ws.indicators().save(Fixtures.indicator(plan.id(), "指标"));
            ws.observations().save(Observation.of(i.id(), Period.month(2024, 3), 12.5));
            assertThat(ws.changes().find(plan.id(), i.id(), null))
                    .extracting(ChangeEntry::field, ChangeEntry::newValue).contains(
                            org.assertj.core.groups.Tuple.tuple("*", "指标"),
                            org.assertj.core.groups.Tuple.tuple("value", "12.5"));
        }
        int rows = Fixtures.rowCount(file, "change_log");
        assertThat(rows).isGreaterThanOrEqualTo(3);
        assertThatThrownBy(() -> Fixtures.execute(file, "DELETE FROM change_log")).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> Fixtures.execute(file, "UPDATE change_log SET account = 'x'"))
                .hasStackTraceContaining("append-only");
        assertThat(Fixtures.rowCount(file, "change_log")).isEqualTo(rows);
        // Another tool writing the file has none of our triggers and none of our functions: it still works.
        Fixtures.execute(file, "UPDATE observation SET value = 13");
        assertThat(Fixtures.rowCount(file, "change_log")).isEqualTo(rows);
    }

    /**
     * The detail pane reads an indicator's history at every selection: at 10,000 indicators a read of the
     * whole history was some 9 ms each time. Before schema version 8 the subject had no index and every
     * query here read the whole table.
     */
    @Test
    void historyIsFoundThroughIndexesNeverByReadingTheWholeLog() throws Exception {
        Path file = dir.resolve("w.tmdb");
        try (Workspace ws = Workspace.create(file)) {
            Plan plan = Fixtures.savedPlan(ws, "计划");
            Indicator i = ws.indicators().save(Fixtures.indicator(plan.id(), "指标"));
            ws.observations().save(Observation.of(i.id(), Period.month(2024, 3), 12.5));
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement st = c.createStatement()) {
            for (boolean oneIndicator : new boolean[] {true, false}) {
                for (boolean since : new boolean[] {true, false}) {
                    StringBuilder plan = new StringBuilder();
                    try (java.sql.ResultSet rs = st.executeQuery("EXPLAIN QUERY PLAN "
                            + ChangeLog.findSql(oneIndicator, since))) {
                        while (rs.next()) {
                            plan.append(rs.getString("detail")).append('\n');
                        }
                    }
                    assertThat(plan.toString()).as("indicator %s, since %s", oneIndicator, since)
                            .contains("USING INDEX").doesNotContain("SCAN change_log");
                }
            }
        }
    }

    @Test
    void aStaleWalBesideTheTargetIsNotReplayedOntoTheRestoredFile() throws Exception {
        Path file = dir.resolve("w.tmdb");
        Path backup = dir.resolve("backup.tmdb");
        Path stash = dir.resolve("stash-wal");
        try (Workspace ws = Workspace.create(file)) {
            Fixtures.savedPlan(ws, "备份时的计划");
            ws.copyTo(backup);
            Fixtures.savedPlan(ws, "备份后的计划");
            // While the connection is open the new plan lives in the -wal; keep a copy of it.
            Files.copy(Fixtures.sibling(file, "-wal"), stash);
        }
        Files.copy(stash, Fixtures.sibling(file, "-wal"));
        Workspace.restoreFile(backup, file);
        assertThat(Fixtures.sibling(file, "-wal")).doesNotExist();
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.plans().findAll()).extracting(Plan::name).containsExactly("备份时的计划");
        }
        assertThat(Fixtures.queryString(file, "PRAGMA integrity_check")).isEqualTo("ok");
    }

    @Test
    void aDamagedBackupIsNotRestored() throws Exception {
        Path file = dir.resolve("w.tmdb");
        try (Workspace ws = Workspace.create(file)) {
            Fixtures.savedPlan(ws, "计划");
        }
        byte[] before = Fixtures.bytes(file);
        Path notABackup = dir.resolve("x.tmdb");
        Files.writeString(notABackup, "hello");
        assertThatThrownBy(() -> Workspace.restoreFile(notABackup, file)).isInstanceOf(WorkspaceFileException.class);
        assertThat(java.util.Arrays.equals(Fixtures.bytes(file), before)).isTrue();
    }
}
