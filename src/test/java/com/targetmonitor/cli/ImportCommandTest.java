package com.targetmonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.excel.HostileFiles;
import com.targetmonitor.logic.excel.Workbooks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import command on a real demo workspace: preview, dry run, apply, and bad files that change nothing. */
class ImportCommandTest {

    @TempDir
    Path dir;
    Path db;

    static final Object[][] REPORT = {
            {"金昌市2022年1-6月主要经济指标"},
            {"指标名称", "计量单位", "1-6月", "比上年同期增长%"},
            {"城镇新增就业", "人", 5800, null},
            {"招商引资到位资金", "万元", 1234560, null},
            {"全社会固定资产投资（不含农户）", "亿元", "—", "11.7"},
            {"新认定高新技术企业数", "家", 9, null},
            {"某个奇怪的指标", "个", 7, null}};

    @BeforeEach
    void demo() {
        db = dir.resolve("demo.tmdb");
        assertThat(CliRunner.run("demo", "--db", db.toString()).exitCode()).isZero();
    }

    private String employment() {
        CliRunner status = CliRunner.run("status", "--db", db.toString(), "--plan", "金昌市2022", "--as-of", "2022-06");
        Map<String, Map<String, String>> rows = StatusCommandTest.parse(status.out());
        return rows.get("城镇新增就业").get("actual");
    }

    @Test
    void dryRunPrintsThePreviewAndWritesNothing() throws Exception {
        Path file = Workbooks.xlsx(dir.resolve("report.xlsx"), "月报", REPORT);
        byte[] before = Files.readAllBytes(db);
        CliRunner r = CliRunner.run("import", "--db", db.toString(), "--plan", "金昌市2022", "--dry-run", file.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("file report.xlsx", "period 2022年1-6月", "月报!C3", "城镇新增就业", "5732",
                "5800", "apply", "unmatched: 月报!A7 '某个奇怪的指标' = 7", "dry run:");
        assertThat(r.out()).contains("converted 1234560万元 to 123.456亿元");
        assertThat(employment()).isEqualTo("5732");
        assertThat(before).isNotEmpty();
    }

    @Test
    void aLongTableListsFiftyUnmatchedRowsAndSumsUpTheRest() throws Exception {
        Object[][] table = new Object[3 + 200][];
        table[0] = REPORT[0];
        table[1] = REPORT[1];
        table[2] = REPORT[2];
        for (int i = 0; i < 200; i++) {
            table[3 + i] = new Object[] {"其他统计指标" + i, "个", i, null};
        }
        Path file = Workbooks.xlsx(dir.resolve("long.xlsx"), "月报", table);
        CliRunner r = CliRunner.run("import", "--db", db.toString(), "--plan", "金昌市2022", "--dry-run", file.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().lines().filter(l -> l.startsWith("unmatched: ")).count())
                .isEqualTo(ImportPreviewPrinter.UNMATCHED_LISTED + 1);
        assertThat(r.out()).contains("unmatched: 150 more rows the plan does not watch, 月报!A54 to 月报!A203");
    }

    @Test
    void importWritesSureMatchesAndListsQuestions() throws Exception {
        Path file = Workbooks.xlsx(dir.resolve("report.xlsx"), "月报", REPORT);
        CliRunner r = CliRunner.run("import", "--db", db.toString(), "--plan", "金昌市2022", file.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("import #1: report.xlsx").contains("question: 月报!A6");
        assertThat(employment()).isEqualTo("5800");
    }

    @Test
    void badFilesGetOneLineAndLeaveTheWorkspaceByteForByteUnchanged() throws Exception {
        Path good = Workbooks.xlsx(dir.resolve("good.xlsx"), "月报", REPORT);
        Path noPeriod = Workbooks.xlsx(dir.resolve("np.xlsx"), "S", new Object[][] {{"指标名称", "数值"},
                {"城镇新增就业", 1}});
        Path noHeader = Workbooks.xlsx(dir.resolve("nh.xlsx"), "S", new Object[][] {{"会议纪要"}});
        Map<Path, String> cases = Map.of(
                HostileFiles.empty(dir), "empty",
                HostileFiles.wordRenamed(dir), "not a spreadsheet",
                HostileFiles.truncated(good, dir), "damaged",
                HostileFiles.zipBomb(good, dir), "zip bomb",
                HostileFiles.externalEntity(good, dir), "external entities",
                HostileFiles.passwordXlsx(good, dir), "password",
                noPeriod, "period unknown",
                noHeader, "no header row found");
        byte[] before = Files.readAllBytes(db);
        for (Map.Entry<Path, String> c : cases.entrySet()) {
            CliRunner r = CliRunner.run("import", "--db", db.toString(), "--plan", "金昌市2022", good.toString(),
                    c.getKey().toString());
            assertThat(r.exitCode()).as(c.getKey().toString()).isEqualTo(1);
            assertThat(r.out()).isEmpty();
            assertThat(r.err().lines().count()).as(r.err()).isEqualTo(1);
            assertThat(r.err()).startsWith("error: " + c.getKey().getFileName() + ": ").containsIgnoringCase(c.getValue())
                    .doesNotContain(HostileFiles.SECRET);
            assertThat(Files.readAllBytes(db)).as("workspace after " + c.getKey().getFileName()).isEqualTo(before);
        }
    }

    @Test
    void aBadPeriodOptionIsAnArgumentError() throws Exception {
        Path file = Workbooks.xlsx(dir.resolve("report.xlsx"), "月报", REPORT);
        CliRunner r = CliRunner.run("import", "--db", db.toString(), "--plan", "金昌市2022", "--period", "2022-13",
                file.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--period").contains("2022-13");
    }
}
