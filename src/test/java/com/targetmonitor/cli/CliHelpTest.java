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

    @org.junit.jupiter.api.Test
    void theRegistryNamesEveryCommandAsItsAnnotationDoes() {
        assertThat(RootCommand.COMMANDS).hasSize(16);
        RootCommand.COMMANDS.forEach((name, simpleName) -> assertThat(
                RootCommand.commandClass(simpleName).getAnnotation(picocli.CommandLine.Command.class).name())
                .as(simpleName).isEqualTo(name));
        // A run builds only the command it names; help and a wrong name see them all.
        assertThat(RootCommand.commandLine("status", "--db", "x").getSubcommands().keySet()).containsExactly("status");
        assertThat(RootCommand.commandLine("--help").getSubcommands().keySet())
                .containsExactlyElementsOf(RootCommand.COMMANDS.keySet());
        assertThat(RootCommand.commandLine("stauts").getSubcommands()).hasSize(16);
    }

    @org.junit.jupiter.api.Test
    void aMisspelledCommandIsRefusedWithTheListAndExitTwo() {
        CliRunner r = CliRunner.run("stauts", "--db", "x");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("stauts");
    }
}
