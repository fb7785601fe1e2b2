package com.targetmonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.excel.Workbooks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export, template, and import of a targets table that creates its plan, through the command line. */
class ExcelCommandsTest {

    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void demo() {
        db = dir.resolve("demo.tmdb");
        assertThat(CliRunner.run("demo", "--db", db.toString()).exitCode()).isZero();
    }

    @Test
    void exportWritesTheWorkbookAndImportingItChangesNothing() {
        Path out = dir.resolve("进度.xlsx");
        CliRunner r = CliRunner.run("export", "--db", db.toString(), "--plan", "金昌市2022", "--as-of", "2022-06",
                "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(out).isRegularFile();
        CliRunner back = CliRunner.run("import", "--db", db.toString(), "--plan", "金昌市2022", out.toString());
        assertThat(back.exitCode()).as(back.err()).isZero();
        assertThat(back.out()).contains("0 to write").contains("nothing written").doesNotContain("question:");
    }

    @Test
    void templatesAreWrittenPerUnit() throws Exception {
        Path out = dir.resolve("templates");
        CliRunner r = CliRunner.run("template", "--db", db.toString(), "--plan", "嘉峪关", "--period", "2022-03",
                "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        try (Stream<Path> files = Files.list(out)) {
            List<Path> written = files.toList();
            assertThat(written).isNotEmpty().allSatisfy(f -> assertThat(f.toString()).endsWith("_填报模板.xlsx"));
            assertThat(r.out().lines().filter(l -> l.endsWith(".xlsx")).count()).isEqualTo(written.size());
        }
    }

    @Test
    void aTargetsTableCreatesThePlanItNames() throws Exception {
        Path table = Workbooks.xlsx(dir.resolve("分解表.xlsx"), "Sheet1", new Object[][] {
                {"2024年主要目标任务分解表"},
                {"序号", "指标名称", "单位", "目标", "牵头单位"},
                {1, "城镇新增就业", "人", "9500人以上", "金昌市人社局"},
                {2, "地区生产总值增速", "%", "6%左右", "金昌市发展改革委"}});
        CliRunner dry = CliRunner.run("import", "--db", db.toString(), "--plan", "金昌市2024年", "--dry-run",
                table.toString());
        assertThat(dry.exitCode()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("plan 金昌市2024年 (2024, new)").contains("2 new");
        assertThat(CliRunner.run("plans", "--db", db.toString()).out()).doesNotContain("金昌市2024年");

        CliRunner r = CliRunner.run("import", "--db", db.toString(), "--plan", "金昌市2024年", table.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(CliRunner.run("plans", "--db", db.toString()).out()).contains("金昌市2024年\t金昌市\t2024");
        CliRunner status = CliRunner.run("status", "--db", db.toString(), "--plan", "金昌市2024", "--as-of", "2024-06");
        assertThat(status.out()).contains("城镇新增就业,人,amount,9500").contains("地区生产总值增速,%,growth_rate,6");
    }

    @Test
    void aTargetsTableWithoutYearForANewPlanAsksForOne() throws Exception {
        Path table = Workbooks.xlsx(dir.resolve("t.xlsx"), "目标任务分解", new Object[][] {
                {"指标名称", "单位", "目标"}, {"城镇新增就业", "人", "9500"}});
        CliRunner r = CliRunner.run("import", "--db", db.toString(), "--plan", "某市计划", table.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--year");
    }
}
