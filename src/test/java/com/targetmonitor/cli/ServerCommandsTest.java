package com.targetmonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.excel.Workbooks;
import com.targetmonitor.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands that write (import, export, template, report) work on a server as on a file. */
class ServerCommandsTest {

    @TempDir
    static Path dir;
    static String file;
    static String server;

    @BeforeAll
    static void demoInAFileAndOnAServer() {
        file = dir.resolve("demo.tmdb").toString();
        server = TestPostgres.freshDatabase().address();
        for (String db : List.of(file, server)) {
            assertThat(CliRunner.run("demo", "--db", db).exitCode()).isZero();
        }
    }

    private static String status(String db) {
        return CliRunner.run("status", "--db", db, "--plan", "金昌市2022", "--as-of", "2022-06").out();
    }

    @Test
    void anImportOnTheServerGivesWhatItGivesOnTheFileAndIsInTheHistory() throws Exception {
        Path report = Workbooks.xlsx(dir.resolve("report.xlsx"), "月报", ImportCommandTest.REPORT);
        CliRunner onFile = CliRunner.run("import", "--db", file, "--plan", "金昌市2022", report.toString());
        CliRunner onServer = CliRunner.run("import", "--db", server, "--plan", "金昌市2022", report.toString());
        assertThat(onFile.exitCode()).as(onFile.err()).isZero();
        assertThat(onServer.exitCode()).as(onServer.err()).isZero();
        assertThat(onServer.out()).contains("no backup made", "import #1: report.xlsx");
        assertThat(status(server)).contains("5800").isEqualTo(status(file));
        assertThat(CliRunner.run("history", "--db", server, "--plan", "金昌市2022").out())
                .contains("report.xlsx", "5732", "5800");
    }

    @Test
    void exportTemplatesReportAndIntegrityCheckWorkOnTheServer() throws Exception {
        Path xlsx = dir.resolve("progress.xlsx");
        CliRunner export = CliRunner.run("export", "--db", server, "--plan", "金昌市2022", "--as-of", "2022-06",
                "--out", xlsx.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(Files.size(xlsx)).isPositive();
        Path templates = Files.createDirectories(dir.resolve("templates"));
        CliRunner template = CliRunner.run("template", "--db", server, "--plan", "金昌市2022", "--out",
                templates.toString());
        assertThat(template.exitCode()).as(template.err()).isZero();
        try (var files = Files.list(templates)) {
            assertThat(files.count()).isPositive();
        }
        Path pdf = dir.resolve("report.pdf");
        CliRunner report = CliRunner.run("report", "--db", server, "--plan", "金昌市2022", "--as-of", "2022-06",
                "--out", pdf.toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF");
        CliRunner check = CliRunner.run("check", "--db", server, "--integrity", "--plan", "嘉峪关");
        assertThat(check.err()).doesNotContain("error");
    }

    @Test
    void twoImportsAtOnceBothLand() throws Exception {
        String shared = TestPostgres.freshDatabase().address();
        assertThat(CliRunner.run("demo", "--db", shared).exitCode()).isZero();
        Path employment = Workbooks.xlsx(dir.resolve("a.xlsx"), "月报", new Object[][] {
            {"金昌市2022年1-6月主要经济指标"}, {"指标名称", "计量单位", "1-6月", "比上年同期增长%"},
            {"城镇新增就业", "人", 5811, null}});
        Path investment = Workbooks.xlsx(dir.resolve("b.xlsx"), "月报", new Object[][] {
            {"金昌市2022年1-6月主要经济指标"}, {"指标名称", "计量单位", "1-6月", "比上年同期增长%"},
            {"招商引资到位资金", "万元", 2345670, null}});
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Future<CliRunner> a = two.submit(() -> CliRunner.run("import", "--db", shared, "--plan", "金昌市2022",
                    employment.toString()));
            Future<CliRunner> b = two.submit(() -> CliRunner.run("import", "--db", shared, "--plan", "金昌市2022",
                    investment.toString()));
            assertThat(a.get().exitCode()).as(a.get().err()).isZero();
            assertThat(b.get().exitCode()).as(b.get().err()).isZero();
        } finally {
            two.shutdown();
        }
        var rows = StatusCommandTest.parse(status(shared));
        assertThat(rows.get("城镇新增就业").get("actual")).isEqualTo("5811");
        assertThat(rows.values().stream().filter(r -> r.get("name").contains("招商引资到位资金"))
                .map(r -> r.get("actual"))).anyMatch(v -> v.startsWith("234.5"));
    }
}
