package com.targetmonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** selftest and --version: what a built package is verified with. */
class SelfTestCommandTest {

    @TempDir
    Path dir;

    @Test
    void passesHereOneLinePerCheck() {
        CliRunner r = CliRunner.run("selftest");

        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out().lines()).first().asString().startsWith("Target Monitor ").contains("Java 17").containsPattern("class-data sharing (on|off)$");
        assertThat(r.out()).containsPattern("(?m)^ok   data: ")
                .containsPattern("(?m)^ok   sqlite: wrote and read a workspace \\(3 plans, .*\\) in \\d+\\.\\d s$")
                .containsPattern("(?m)^ok   xlsx: wrote and read back a workbook .* in \\d+\\.\\d s$")
                .containsPattern("(?m)^ok   pdf: wrote and read back a \\d+-page report with the font .*$")
                // the tests run headless (java.awt.headless=true in pom.xml)
                .containsPattern("(?m)^skip javafx: no display$")
                .doesNotContain("FAIL");
        assertThat(r.out().lines()).last().isEqualTo("selftest: 4 passed, 0 failed, 1 skipped");
    }

    @Test
    void aMissingFontFailsThePdfCheckAndTheExitCode() {
        String before = System.getProperty("targetmonitor.font");
        System.setProperty("targetmonitor.font", dir.resolve("missing.ttf").toString());
        CliRunner r;
        try {
            r = CliRunner.run("selftest");
        } finally {
            if (before == null) {
                System.clearProperty("targetmonitor.font");
            } else {
                System.setProperty("targetmonitor.font", before);
            }
        }
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out())
                .containsPattern("(?m)^FAIL pdf: -Dtargetmonitor.font=.*missing.ttf: .*fonts-wqy-microhei.*$")
                .containsPattern("(?m)^ok   sqlite: ")
                .containsPattern("(?m)^ok   xlsx: ");
        assertThat(r.out().lines()).last().isEqualTo("selftest: 3 passed, 1 failed, 1 skipped");
    }

    @Test
    void versionNamesTheApplication() {
        CliRunner r = CliRunner.run("--version");
        assertThat(r.exitCode()).isZero();
        // "Target Monitor 0.1.0" from the jar's manifest; "dev" when run from classes, as here.
        assertThat(r.out().strip()).matches("Target Monitor (\\d+\\.\\d+\\.\\d+.*|dev)");
    }

    @Test
    void helpListsSelfTest() {
        CliRunner r = CliRunner.run("--help");
        assertThat(r.out()).contains("selftest");
    }
}
