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
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("exists");
        assertThat(CliRunner.run("new").exitCode()).as("no --db").isEqualTo(2);
        assertThat(CliRunner.run("new", "--help").out()).contains("Exit codes:")
                .contains("the empty workspace was written").contains("the file exists").contains("no --db FILE");
    }

    /**
     * From an empty workspace to a filled plan on LibreOffice-made files only: the targets table makes
     * 明湖市2024年, the bureau's report fills it; --accept-questions writes the one weak match (above the
     * question threshold) and names it, while names below the threshold stay unmatched and unwritten.
     */
    @Test
    void acceptQuestionsWritesTheWeakMatchOfAnotherBureausReportAndNamesIt() throws Exception {
        Path db = dir.resolve("w.tmdb");
        assertThat(CliRunner.run("new", "--db", db.toString()).exitCode()).isZero();
        CliRunner targets = CliRunner.run("import", "--db", db.toString(), fixture("targets-minghu-2024.xlsx").toString());
        assertThat(targets.exitCode()).as(targets.err()).isZero();
        CliRunner r = CliRunner.run("import", "--db", db.toString(), "--plan", "明湖市2024", "--accept-questions",
                fixture("statistics-minghu-2024.xls").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().lines().filter(l -> l.startsWith("accepted question:"))).containsExactly(
                "accepted question: 开放与文旅!A13 '生活污水收集率（%）' -> 城市生活污水集中收集率 (similarity 63%)");
        try (Workspace ws = Workspace.open(db)) {
            var plan = new com.targetmonitor.logic.status.PlanStatusService(ws).findPlan("明湖市2024");
            var status = new com.targetmonitor.logic.status.PlanStatusService(ws).status(plan,
                    com.targetmonitor.model.AsOf.of(2024, 6));
            java.util.Map<String, Double> actual = new java.util.HashMap<>();
            status.rows().forEach(s -> actual.put(s.standing().indicator().name(), s.standing().actual()));
            assertThat(actual.get("城市生活污水集中收集率")).isEqualTo(96.5);
            assertThat(actual.get("社会消费品零售总额")).as("限额以上零售额 not taken for it").isEqualTo(126.532);
            assertThat(actual.get("城镇新增就业人数")).as("失业人员再就业人数 not taken for it").isEqualTo(5800.0);
        }
        CliRunner help = CliRunner.run("import", "--help");
        assertThat(help.out()).contains("Exit codes:").contains("done (or dry run)").contains("could not be read")
                .contains("wrong arguments");
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
