package com.targetmonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.excel.Workbooks;
import com.targetmonitor.persistence.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `new`, and which plan `import` puts a targets table into (LibreOffice-made tables). */
class ImportPlanCommandTest {

    @TempDir
    Path dir;

    private Path fixture(String name) throws Exception {
        return Files.copy(Path.of(getClass().getResource("/excel/" + name).toURI()), dir.resolve(name));
    }

    @Test
    void newWritesAnEmptyWorkspaceAndRefusesAnExistingFile() {
        Path db = dir.resolve("empty.tmdb");
        CliRunner r = CliRunner.run("new", "--db", db.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        try (Workspace ws = Workspace.open(db)) {
            assertThat(ws.plans().findAll()).isEmpty();
            assertThat(ws.units().findAll()).isEmpty();
        }
        CliRunner again = CliRunner.run("new", "--db", db.toString());
        assertThat(again.exitCode()).isNotZero();
        assertThat(again.err()).contains("exists");
    }

    @Test
    void aTargetsTableCreatesThePlanItNamesInAnEmptyWorkspace() throws Exception {
        Path db = dir.resolve("w.tmdb");
        CliRunner.run("new", "--db", db.toString());
        CliRunner r = CliRunner.run("import", "--db", db.toString(), fixture("targets-minghu-2024.xlsx").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("no plan for 明湖市2024, creating plan 明湖市2024年");
        try (Workspace ws = Workspace.open(db)) {
            assertThat(ws.plans().findByName("明湖市2024年")).hasValueSatisfying(p -> {
                assertThat(p.region()).isEqualTo("明湖市");
                assertThat(p.year()).isEqualTo(2024);
            });
            long city = ws.units().findByName("明湖市").orElseThrow().id();
            assertThat(ws.units().findAll()).allSatisfy(u -> assertThat(u.id() == city || u.parentId() == city).isTrue());
        }
    }

    @Test
    void aTargetsTableForAnotherPlanThanPlanIsRefusedAndNothingIsWritten() throws Exception {
        Path db = dir.resolve("demo.tmdb");
        CliRunner.run("demo", "--db", db.toString());
        CliRunner r = CliRunner.run("import", "--db", db.toString(), "--plan", "金昌市2022",
                fixture("targets-minghu-2024.xlsx").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("is for 明湖市2024年, not for plan 金昌市2022年").contains("nothing written");
        try (Workspace ws = Workspace.open(db)) {
            assertThat(ws.plans().findAll()).extracting(p -> p.name()).doesNotContain("明湖市2024年");
            assertThat(ws.units().findAll()).noneMatch(u -> u.name().startsWith("明湖"));
        }
    }

    @Test
    void acceptQuestionsWritesWeakMatchesAndListsEachOne() throws Exception {
        Path db = dir.resolve("demo.tmdb");
        CliRunner.run("demo", "--db", db.toString());
        Path file = Workbooks.xlsx(dir.resolve("report.xlsx"), "月报", ImportCommandTest.REPORT);
        CliRunner r = CliRunner.run("import", "--db", db.toString(), "--plan", "金昌市2022", "--accept-questions",
                file.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("accepted question: 月报!A6 '新认定高新技术企业数' -> 高新技术企业新认定");
        CliRunner help = CliRunner.run("import", "--help");
        assertThat(help.out()).contains("Exit codes:").contains("--accept-questions");
    }
}
