package com.targetmonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Plan;
import com.targetmonitor.persistence.ChangeEntry;
import com.targetmonitor.model.ImportBatch;
import com.targetmonitor.persistence.Workspace;
import com.targetmonitor.testing.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two officers import different statistics files into the same plan on one PostgreSQL database at
 * the same moment, each on its own connection: both batches are there, every value is written, and
 * the history has both imports. Repeated, since a race shows only sometimes.
 */
class ServerConcurrentImportTest {

    @TempDir
    Path dir;

    @RepeatedTest(3)
    void twoImportsIntoOnePlanAtOnceBothLand() throws Exception {
        String db = demoDatabase();
        importBothAtOnce(db, csv("july.csv", "金昌市2022年1-7月主要经济指标", "1-7月", 6800, 11),
                csv("august.csv", "金昌市2022年1-8月主要经济指标", "1-8月", 7700, 13));

        try (Workspace ws = Workspace.openAddress(db)) {
            Plan plan = ws.plans().findByName("金昌市2022年").orElseThrow();
            List<ImportBatch> batches = ws.imports().findByPlan(plan.id());
            assertThat(batches).extracting(ImportBatch::fileName).contains("july.csv", "august.csv");
            assertThat(value(ws, plan, "城镇新增就业", 7)).isEqualTo(6800.0);
            assertThat(value(ws, plan, "高新技术企业新认定", 7)).isEqualTo(11.0);
            assertThat(value(ws, plan, "城镇新增就业", 8)).isEqualTo(7700.0);
            assertThat(value(ws, plan, "高新技术企业新认定", 8)).isEqualTo(13.0);
            List<ChangeEntry> history = ws.changes().find(plan.id(), null, null);
            for (ImportBatch batch : batches) {
                assertThat(history).as("history of " + batch.fileName())
                        .anyMatch(e -> batch.id() == (e.batchId() == null ? -1 : e.batchId()));
            }
        }
    }

    @RepeatedTest(3)
    void twoImportsOfTheSamePeriodAtOnceBothLandAndOneValueStands() throws Exception {
        String db = demoDatabase();
        importBothAtOnce(db, csv("bureau.csv", "金昌市2022年1-7月主要经济指标", "1-7月", 6800, 11),
                csv("office.csv", "金昌市2022年1-7月人社局报表", "1-7月", 6810, 12));

        try (Workspace ws = Workspace.openAddress(db)) {
            Plan plan = ws.plans().findByName("金昌市2022年").orElseThrow();
            assertThat(ws.imports().findByPlan(plan.id())).extracting(ImportBatch::fileName)
                    .contains("bureau.csv", "office.csv");
            assertThat(value(ws, plan, "城镇新增就业", 7)).isIn(6800.0, 6810.0);
            assertThat(value(ws, plan, "高新技术企业新认定", 7)).isIn(11.0, 12.0);
        }
    }

    private static String demoDatabase() {
        String db = TestPostgres.freshDatabase().address();
        assertThat(CliRunner.run("demo", "--db", db).exitCode()).isZero();
        return db;
    }

    /** Both imports started together, each on its own connection; both must succeed. */
    private static void importBothAtOnce(String db, Path one, Path two) throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        CompletableFuture<CliRunner> a = CompletableFuture.supplyAsync(() -> importAfter(together, db, one));
        CompletableFuture<CliRunner> b = CompletableFuture.supplyAsync(() -> importAfter(together, db, two));
        for (CliRunner r : List.of(a.get(120, TimeUnit.SECONDS), b.get(120, TimeUnit.SECONDS))) {
            assertThat(r.exitCode()).as(r.err()).isZero();
        }
    }

    private static CliRunner importAfter(CyclicBarrier together, String db, Path file) {
        try {
            together.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return CliRunner.run("import", "--db", db, "--plan", "金昌市2022", file.toString());
    }

    private Path csv(String name, String title, String column, int jobs, int firms) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\n", title, "指标名称,计量单位," + column,
                "城镇新增就业,人," + jobs, "高新技术企业新认定,家," + firms) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static Double value(Workspace ws, Plan plan, String indicator, int month) {
        long id = ws.indicators().findByPlan(plan.id()).stream().filter(i -> i.name().equals(indicator)).findFirst()
                .orElseThrow().id();
        return ws.observations().find(id, Period.month(2022, month)).map(Observation::value).orElse(null);
    }
}
