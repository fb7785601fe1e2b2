package com.targetmonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report --db FILE --plan NAME --as-of YYYY-MM --out FILE.pdf [--landscape] */
class ReportCommandTest {

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
    void writesTheReport() throws Exception {
        Path out = dir.resolve("金昌 1-6月.pdf");
        CliRunner r = CliRunner.run("report", "--db", db.toString(), "--plan", "金昌市2022", "--as-of", "2022-06",
                "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("金昌市2022年目标任务进展情况（1-6月）").contains("page(s)");
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("金昌市2022年目标任务进展情况（1-6月）", "第 1 页 共 " + doc.getNumberOfPages() + " 页");
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isLessThan(doc.getPage(0).getMediaBox().getHeight());
        }
    }

    @Test
    void landscape() throws Exception {
        Path out = dir.resolve("wide.pdf");
        CliRunner r = CliRunner.run("report", "--db", db.toString(), "--plan", "嘉峪关", "--as-of", "2022-03",
                "--out", out.toString(), "--landscape");
        assertThat(r.exitCode()).as(r.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isGreaterThan(doc.getPage(0).getMediaBox().getHeight());
            assertThat(new PDFTextStripper().getText(doc)).contains("嘉峪关市2022年目标任务进展情况（1-3月）");
        }
    }

    @Test
    void helpExplainsTheOptionsAndTheMissingCharts() {
        CliRunner r = CliRunner.run("report", "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("--as-of", "--out", "--landscape", "targetmonitor.font", "JavaFX");
    }

    @Test
    void aBadPlanOrMonthIsOneLineAndWritesNothing() {
        Path out = dir.resolve("bad.pdf");
        assertOneLineError(CliRunner.run("report", "--db", db.toString(), "--plan", "兰州", "--as-of", "2022-06",
                "--out", out.toString()), "no plan matches '兰州'");
        assertOneLineError(CliRunner.run("report", "--db", db.toString(), "--plan", "金昌市2022", "--as-of", "2022-13",
                "--out", out.toString()), "2022-13");
        assertOneLineError(CliRunner.run("report", "--db", db.toString(), "--plan", "金昌", "--as-of", "2022-06",
                "--out", out.toString()), "several plans");
        assertOneLineError(CliRunner.run("report", "--db", db.toString(), "--plan", "金昌市2022", "--as-of", "2022-06"),
                "--out");
        assertOneLineError(CliRunner.run("report", "--db", db.toString(), "--plan", "金昌市2022", "--as-of", "2022-06",
                "--out", dir.resolve("no/such/folder/r.pdf").toString()), "no such folder");
        assertThat(out).doesNotExist();
    }

    @Test
    void withoutAChineseFontItSaysSoAndWritesNothing() {
        Path out = dir.resolve("nofont.pdf");
        String before = System.getProperty("targetmonitor.font");
        System.setProperty("targetmonitor.font", dir.resolve("missing.ttf").toString());
        try {
            assertOneLineError(CliRunner.run("report", "--db", db.toString(), "--plan", "金昌市2022", "--as-of",
                    "2022-06", "--out", out.toString()), "targetmonitor.font", "fonts-wqy-microhei");
        } finally {
            if (before == null) {
                System.clearProperty("targetmonitor.font");
            } else {
                System.setProperty("targetmonitor.font", before);
            }
        }
        assertThat(out).doesNotExist();
        assertThat(Files.exists(dir.resolve("nofont.pdf"))).isFalse();
    }
}
