package com.targetmonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every error line says "(see --help)", so every command must answer --help. */
class CliHelpTest {

    @ParameterizedTest
    @ValueSource(strings = {"demo", "plans", "status", "check", "report", "import", "export", "template", "selftest"})
    void everyCommandAnswersHelp(String command) {
        CliRunner r = CliRunner.run(command, "--help");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Usage: target-monitor " + command);
    }

    @org.junit.jupiter.api.Test
    void noSubCommandListsThemAll() {
        CliRunner r = CliRunner.run();
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("demo").contains("status").contains("import").contains("report");
    }
}
