package com.targetmonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Oversized inputs, imported by a real child JVM with -Xmx512m: each ends within a minute with a
 * short answer and no stack trace, and the workspace is byte-for-byte unchanged. The files are made
 * here, at test time, rather than committed.
 */
class OversizedInputTest {

    @TempDir
    Path dir;
    Path db;
    byte[] before;

    @BeforeEach
    void demo() throws Exception {
        db = dir.resolve("demo.tmdb");
        assertThat(CliRunner.run("demo", "--db", db.toString()).exitCode()).isZero();
        before = Files.readAllBytes(db);
    }

    @Test
    void aTenMillionDigitNumberCell() throws Exception {
        Path csv = dir.resolve("digits.csv");
        try (OutputStream out = Files.newOutputStream(csv)) {
            out.write("金昌市2022年1-6月\n指标名称,计量单位,1-6月\n城镇新增就业,人,".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] nines = new byte[1_000_000];
            Arrays.fill(nines, (byte) '9');
            for (int i = 0; i < 10; i++) {
                out.write(nines);
            }
            out.write('\n');
        }
        String answer = importWithSmallHeap(csv);
        assertThat(answer).containsAnyOf("too long to be a number", "is not a number").contains("nothing written");
        assertThat(answer.lines().mapToInt(String::length).max().orElse(0)).isLessThan(400);
    }

    @Test
    void aSheetOfAMillionRows() throws Exception {
        Path xlsx = dir.resolve("million.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            wb.setCompressTempFiles(true);
            Sheet sheet = wb.createSheet("月报");
            sheet.createRow(0).createCell(0).setCellValue("金昌市2022年1-6月主要经济指标");
            Row header = sheet.createRow(1);
            header.createCell(0).setCellValue("指标名称");
            header.createCell(1).setCellValue("1-6月");
            for (int r = 2; r < 1_048_576; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("指标" + r);
                row.createCell(1).setCellValue(r);
            }
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
            wb.dispose();
        }
        String answer = importWithSmallHeap(xlsx);
        assertThat(answer.strip()).startsWith("error: ").contains("more than 100000 rows");
        assertThat(answer.strip().lines().count()).as(answer).isEqualTo(1);
    }

    /** Runs the import in a child JVM with -Xmx512m; returns what it printed. */
    private String importWithSmallHeap(Path file) throws Exception {
        Path log = dir.resolve(file.getFileName() + ".log");
        long start = System.nanoTime();
        Process p = ChildJvm.start("512m", log, "import", "--db", db.toString(), "--plan", "金昌市2022", file.toString());
        boolean ended = p.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        String answer = Files.readString(log);
        assertThat(ended).as("ended within a minute: " + answer).isTrue();
        System.out.println(file.getFileName() + ": " + (System.nanoTime() - start) / 1_000_000 + " ms, exit "
                + p.exitValue());
        assertThat(answer).doesNotContain("\tat ", "Exception in thread", "OutOfMemoryError:");
        assertThat(Arrays.equals(Files.readAllBytes(db), before)).as("workspace unchanged").isTrue();
        return answer;
    }
}
