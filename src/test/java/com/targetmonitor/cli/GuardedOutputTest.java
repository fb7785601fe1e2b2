package com.targetmonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An output pointed at the workspace is refused with one line, and the workspace stays as it was. */
class GuardedOutputTest {

    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void demo() {
        db = dir.resolve("demo.tmdb");
        assertThat(CliRunner.run("demo", "--db", db.toString()).exitCode()).isZero();
    }

    @Test
    void exportOntoTheWorkspaceIsRefused() throws Exception {
        byte[] before = Files.readAllBytes(db);
        CliRunner r = CliRunner.run("export", "--db", db.toString(), "--plan", "金昌市2022", "--as-of", "2022-06",
                "--out", db.toString());
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.err()).contains("open workspace").doesNotContain("\tat ");
        assertThat(r.err().lines().count()).isEqualTo(1);
        assertThat(java.util.Arrays.equals(Files.readAllBytes(db), before)).as("workspace unchanged").isTrue();
        assertThat(CliRunner.run("plans", "--db", db.toString()).exitCode()).isZero();
    }

    @Test
    void reportOntoTheWorkspaceOrAnotherDatabaseIsRefused() throws Exception {
        byte[] before = Files.readAllBytes(db);
        Path other = dir.resolve("copy.pdf");
        Files.copy(db, other);
        for (Path target : new Path[] {db, other, dir.resolve("./demo.tmdb")}) {
            CliRunner r = CliRunner.run("report", "--db", db.toString(), "--plan", "金昌市2022", "--as-of", "2022-06",
                    "--out", target.toString());
            assertThat(r.exitCode()).as(target.toString()).isNotZero();
            assertThat(r.err()).startsWith("error: refused");
        }
        assertThat(java.util.Arrays.equals(Files.readAllBytes(db), before)).as("workspace unchanged").isTrue();
        assertThat(java.util.Arrays.equals(Files.readAllBytes(other), before)).as("other unchanged").isTrue();
    }
}
