package com.targetmonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.excel.Workbooks;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two imports started at once on one file, each on its own connection as two processes would be: both land. */
class ConcurrentImportTest {

    @TempDir
    Path dir;

    @Test
    void twoImportsAtOnceBothLand() throws Exception {
        Path db = dir.resolve("demo.tmdb");
        assertThat(CliRunner.run("demo", "--db", db.toString()).exitCode()).isZero();
        Path statistics = Workbooks.xlsx(dir.resolve("report.xlsx"), "月报", ImportCommandTest.REPORT);
        Path targets = CrashDrillTest.targetsTable(dir.resolve("targets.csv"));
        CyclicBarrier together = new CyclicBarrier(2);
        CompletableFuture<CliRunner> a = CompletableFuture.supplyAsync(() -> {
            await(together);
            return CliRunner.run("import", "--db", db.toString(), "--plan", "金昌市2022", statistics.toString());
        });
        CompletableFuture<CliRunner> b = CompletableFuture.supplyAsync(() -> {
            await(together);
            return CliRunner.run(CrashDrillTest.importArgs(db, targets));
        });
        CliRunner first = a.get(120, TimeUnit.SECONDS);
        CliRunner second = b.get(120, TimeUnit.SECONDS);
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(CrashDrillTest.indicators(db)).isEqualTo(CrashDrillTest.INDICATORS);
        CliRunner status = CliRunner.run("status", "--db", db.toString(), "--plan", "金昌市2022", "--as-of", "2022-06");
        assertThat(StatusCommandTest.parse(status.out()).get("城镇新增就业").get("actual")).isEqualTo("5800");
        assertThat(CrashDrillTest.integrity(db)).isEqualTo("ok");
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
