package com.targetmonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.excel.Workbooks;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** backups, restore and history on a real workspace: an import is backed up before, recorded, and can be undone by a restore. */
class BackupAndHistoryCommandsTest {

    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void demo() {
        db = dir.resolve("demo.tmdb");
        assertThat(CliRunner.run("demo", "--db", db.toString()).exitCode()).isZero();
    }

    private String employment() {
        CliRunner status = CliRunner.run("status", "--db", db.toString(), "--plan", "金昌市2022", "--as-of", "2022-06");
        return StatusCommandTest.parse(status.out()).get("城镇新增就业").get("actual");
    }

    @Test
    void anImportIsBackedUpRecordedAndARestoreBringsTheEarlierStateBack() throws Exception {
        Path file = Workbooks.xlsx(dir.resolve("report.xlsx"), "月报", ImportCommandTest.REPORT);
        assertThat(CliRunner.run("backups", "--db", db.toString()).out()).isEmpty();

        CliRunner imported = CliRunner.run("import", "--db", db.toString(), "--plan", "金昌市2022", file.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(employment()).isEqualTo("5800");

        CliRunner backups = CliRunner.run("backups", "--db", db.toString());
        assertThat(backups.exitCode()).as(backups.err()).isZero();
        List<String> lines = backups.out().lines().toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).matches("\\d{8}-\\d{6}-\\d{3}\\t.*\\tbefore_import\\t\\d+ KB\\t.*金昌市2022年.*");
        String id = lines.get(0).split("\t")[0];

        CliRunner history = CliRunner.run("history", "--db", db.toString(), "--plan", "金昌市2022", "--indicator", "4.01");
        assertThat(history.exitCode()).as(history.err()).isZero();
        assertThat(history.out()).contains("import #1\t4.01 城镇新增就业\t2022-06\tvalue\t5732 → 5800")
                .contains(System.getProperty("user.name"));
        assertThat(history.out().lines().filter(l -> l.contains("report.xlsx")).count()).isEqualTo(1);

        CliRunner restore = CliRunner.run("restore", "--db", db.toString(), "--backup", id);
        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(employment()).isEqualTo("5732");
        // The state before the restore was kept too.
        assertThat(CliRunner.run("backups", "--db", db.toString()).out().lines())
                .hasSize(2).anySatisfy(l -> assertThat(l).contains("before_restore"));
        CliRunner after = CliRunner.run("history", "--db", db.toString(), "--plan", "金昌市2022",
                "--since", java.time.LocalDate.now().toString());
        assertThat(after.out()).contains("\trestore\t").contains(id);
    }

    @Test
    void badArgumentsGetOneLine() {
        CliRunner noBackup = CliRunner.run("restore", "--db", db.toString(), "--backup", "20200101-000000-000");
        assertThat(noBackup.exitCode()).isNotZero();
        assertThat(noBackup.err()).startsWith("error: no backup 20200101-000000-000").doesNotContain("\tat ");
        CliRunner badSince = CliRunner.run("history", "--db", db.toString(), "--plan", "金昌市2022", "--since", "May");
        assertThat(badSince.exitCode()).isEqualTo(2);
        CliRunner noCode = CliRunner.run("history", "--db", db.toString(), "--plan", "金昌市2022", "--indicator", "9.99");
        assertThat(noCode.exitCode()).isNotZero();
        assertThat(noCode.err()).contains("no indicator with code 9.99");
        // A restore that found no backup left the workspace as it was.
        assertThat(employment()).isEqualTo("5732");
    }
}
