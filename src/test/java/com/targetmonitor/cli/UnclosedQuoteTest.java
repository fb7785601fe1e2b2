package com.targetmonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A CSV whose quote never closes is refused with the line it opened on, not imported as one huge cell. */
class UnclosedQuoteTest {

    @TempDir
    Path dir;

    @Test
    void anUnclosedQuoteIsRefusedWithItsLine() throws Exception {
        Path db = dir.resolve("demo.tmdb");
        assertThat(CliRunner.run("demo", "--db", db.toString()).exitCode()).isZero();
        Path csv = Files.writeString(dir.resolve("report.csv"), "金昌市2022年1-6月\n指标名称,计量单位,1-6月\n"
                + "城镇新增就业,人,5800\n\"招商引资到位资金,万元,1234560\n新认定高新技术企业数,家,9\n");
        CliRunner r = CliRunner.run("import", "--db", db.toString(), "--plan", "金昌市2022", csv.toString());
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.err().strip()).contains("line 4").contains("quote").doesNotContain("\n");
        CliRunner status = CliRunner.run("status", "--db", db.toString(), "--plan", "金昌市2022", "--as-of", "2022-06");
        assertThat(StatusCommandTest.parse(status.out()).get("城镇新增就业").get("actual")).isEqualTo("5732");
    }
}
