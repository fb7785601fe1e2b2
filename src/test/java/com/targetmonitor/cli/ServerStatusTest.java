package com.targetmonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.testing.TestPostgres;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The demo on a PostgreSQL server prints exactly what the demo file prints, for every seed plan and month. */
class ServerStatusTest {

    @TempDir
    static Path dir;
    static String file;
    static String server;

    @BeforeAll
    static void demoInAFileAndOnAServer() {
        file = dir.resolve("demo.tmdb").toString();
        server = TestPostgres.freshDatabase().address();
        for (String db : List.of(file, server)) {
            CliRunner demo = CliRunner.run("demo", "--db", db);
            assertThat(demo.exitCode()).as(demo.err()).isZero();
        }
    }

    @ParameterizedTest
    @CsvSource({"金昌市2022,2022-02", "金昌市2022,2022-06", "金昌市2022,2022-12", "金昌市2023,2023-06",
        "金昌市2023,2023-12", "嘉峪关,2022-03", "嘉峪关,2022-09", "嘉峪关,2022-12"})
    void statusCsvIsTheSameOnBothEngines(String plan, String month) {
        CliRunner onFile = CliRunner.run("status", "--db", file, "--plan", plan, "--as-of", month);
        CliRunner onServer = CliRunner.run("status", "--db", server, "--plan", plan, "--as-of",
                month);
        assertThat(onFile.exitCode()).as(onFile.err()).isZero();
        assertThat(onServer.exitCode()).as(onServer.err()).isZero();
        assertThat(onFile.out().lines().count()).isGreaterThan(5);
        assertThat(onServer.out()).isEqualTo(onFile.out());
    }

    @org.junit.jupiter.api.Test
    void plansAndChecksAreTheSameToo() {
        assertThat(CliRunner.run("plans", "--db", server).out()).isEqualTo(CliRunner.run("plans", "--db", file).out());
        assertThat(CliRunner.run("check", "--db", server, "--plan", "嘉峪关").out())
                .isEqualTo(CliRunner.run("check", "--db", file, "--plan", "嘉峪关").out());
    }

    @org.junit.jupiter.api.Test
    void aSecondDemoIntoTheSameDatabaseIsRefusedAndBackupsSayWhereTheyAre() {
        CliRunner again = CliRunner.run("demo", "--db", server);
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("already holds").doesNotContain(TestPostgres.freshDatabase().password());
        CliRunner backups = CliRunner.run("backups", "--db", server);
        assertThat(backups.exitCode()).isZero();
        assertThat(backups.out()).contains("server's own backups");
        CliRunner restore = CliRunner.run("restore", "--db", server, "--backup", "x");
        assertThat(restore.exitCode()).isEqualTo(2);
        assertThat(restore.err()).contains("server's own backups");
    }
}
