package com.targetmonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every mistake gets one line on stderr and a non-zero exit, never a stack trace. */
class CliErrorsTest {

    @TempDir
    static Path dir;
    static Path db;

    @BeforeAll
    static void demo() {
        db = dir.resolve("demo.tmdb");
        assertThat(CliRunner.run("demo", "--db", db.toString()).exitCode()).isZero();
    }

    private static void assertOneLineError(CliRunner r, String... fragments) {
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().count()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: ").doesNotContain("Exception").doesNotContain("\tat ");
        for (String f : fragments) {
            assertThat(r.err()).contains(f);
        }
    }

    @Test
    void monthThirteen() {
        assertOneLineError(CliRunner.run("status", "--db", db.toString(), "--plan", "金昌市2022", "--as-of", "2022-13"),
                "2022-13", "01 to 12");
    }

    @Test
    void unknownPlan() {
        assertOneLineError(CliRunner.run("status", "--db", db.toString(), "--plan", "兰州", "--as-of", "2022-06"),
                "no plan matches '兰州'", "金昌市2022年");
    }

    @Test
    void ambiguousPlan() {
        assertOneLineError(CliRunner.run("status", "--db", db.toString(), "--plan", "金昌", "--as-of", "2022-06"),
                "several plans");
    }

    @Test
    void missingFile() {
        Path missing = dir.resolve("nope.tmdb");
        assertOneLineError(CliRunner.run("plans", "--db", missing.toString()), "no such workspace file");
        assertThat(missing).doesNotExist();
    }

    @Test
    void notAWorkspaceIsLeftUnchanged() throws Exception {
        Path text = dir.resolve("notes.tmdb");
        Files.writeString(text, "这不是工作区");
        byte[] before = Files.readAllBytes(text);
        assertOneLineError(CliRunner.run("plans", "--db", text.toString()), "not a workspace");
        assertThat(Files.readAllBytes(text)).isEqualTo(before);
    }

    @Test
    void wrongArguments() {
        assertOneLineError(CliRunner.run("status", "--db", db.toString(), "--as-of", "2022-06"), "--plan");
        assertOneLineError(CliRunner.run("status", "--db", db.toString(), "--plan", "金昌市2022", "--as-of",
                "2022-06", "--format", "xml"), "xml");
        assertOneLineError(CliRunner.run("frobnicate"), "frobnicate");
        assertOneLineError(CliRunner.run("--no-such-flag"), "--no-such-flag");
    }

    @Test
    void demoRefusesToOverwrite() {
        assertOneLineError(CliRunner.run("demo", "--db", db.toString()), "already exists");
    }

    @Test
    void checkReportsThatTheSeedDecompositionsAddUp() {
        CliRunner r = CliRunner.run("check", "--db", db.toString(), "--plan", "嘉峪关", "--as-of", "2022-06");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("ok");
    }

    @Test
    void checkIntegrityReadsTheWholeFileOnDemand() {
        CliRunner r = CliRunner.run("check", "--db", db.toString(), "--integrity");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("intact");
        assertOneLineError(CliRunner.run("check", "--db", db.toString()), "--integrity");
    }
}
