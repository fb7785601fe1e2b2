package com.targetmonitor.persistence;

import com.targetmonitor.model.ImportBatch;
import static com.targetmonitor.persistence.Fixtures.execute;
import static com.targetmonitor.persistence.Fixtures.queryInt;
import static com.targetmonitor.persistence.Fixtures.queryString;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Origin;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.ProgressNote;
import com.targetmonitor.model.Qualifier;
import com.targetmonitor.model.Target;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void aVersionOneWorkspaceIsMigratedAndKeepsItsImportHistory() throws IOException {
        Path file = dir.resolve("old.tmdb");
        String v1;
        try (InputStream in = Migrations.class.getResourceAsStream("/db/migration/V1__initial_schema.sql")) {
            v1 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        execute(file, Migrations.split(v1).toArray(String[]::new));
        execute(file, "PRAGMA user_version = 1", "PRAGMA application_id = " + Workspace.APPLICATION_ID,
                "INSERT INTO plan (name, year) VALUES ('旧计划', 2022)");
        long batch = Fixtures.insertImportBatch(file, 1);

        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.schemaVersion()).isEqualTo(Migrations.latestVersion());
            ImportBatch old = ws.imports().find(batch).orElseThrow();
            assertThat(old.kind()).isEqualTo(ImportBatch.STATISTICS);
            assertThat(old.isUndone()).isFalse();
            assertThat(old.fileName()).isEqualTo("1-6月统计月报.xlsx");
            assertThat(ws.imports().changes(batch)).isEmpty();
        }
        assertThat(queryInt(file, "SELECT count(*) FROM indicator_alias")).isZero();
    }

    @Test
    void changesKeepWhatTheCellHeldBefore() {
        try (Workspace ws = Workspace.create(dir.resolve("w.tmdb"))) {
            Plan plan = Fixtures.savedPlan(ws, "金昌市2022年");
            Indicator i = ws.indicators().save(Fixtures.indicator(plan.id(), "城镇新增就业"));
            Period june = Period.month(2022, 6);
            Observation typed = ws.observations().save(new Observation(null, i.id(), june, 5732.0, 3.1,
                    new ProgressNote("进展", "", ""), Origin.TYPED, "讲话"));
            ImportBatch b = ws.imports().createBatch(plan.id(), ImportBatch.STATISTICS, "r.xlsx", "ab12", "2022年1-6月",
                    false);
            ws.imports().recordChange(new ImportChange(b.id(), i.id(), june, typed, 5800.0, null, "月报!E8"));
            ws.imports().recordChange(new ImportChange(b.id(), i.id(), Period.month(2022, 5), null, 4800.0, null,
                    "月报!E9"));
            ws.imports().setRowCount(b.id(), 2);

            var changes = ws.imports().changes(b.id());
            assertThat(changes).hasSize(2);
            assertThat(changes.get(0).previous().value()).isEqualTo(5732.0);
            assertThat(changes.get(0).previous().yoyGrowth()).isEqualTo(3.1);
            assertThat(changes.get(0).previous().origin()).isEqualTo(Origin.TYPED);
            assertThat(changes.get(0).previous().sourceSentence()).isEqualTo("讲话");
            assertThat(changes.get(0).sourceCell()).isEqualTo("月报!E8");
            assertThat(changes.get(1).previous()).isNull();
            assertThat(ws.imports().find(b.id()).orElseThrow().rowCount()).isEqualTo(2);

            ImportBatch later = ws.imports().createBatch(plan.id(), ImportBatch.STATISTICS, "r2.xlsx", "cd34", "", false);
            ws.imports().recordChange(new ImportChange(later.id(), i.id(), june, null, 5900.0, null, "月报!E8"));
            assertThat(ws.imports().laterBatchOverwriting(b.id())).contains(later.id());
            ws.imports().markUndone(later.id());
            assertThat(ws.imports().laterBatchOverwriting(b.id())).isEmpty();
            assertThat(ws.imports().findActiveBySha(plan.id(), "ab12")).extracting(ImportBatch::id).containsExactly(b.id());
            assertThat(ws.imports().findByPlan(plan.id())).extracting(ImportBatch::id).containsExactly(later.id(), b.id());

            ws.imports().recordTargetChange(new TargetChange(b.id(), i.id(), false, Target.of(9500, Qualifier.AT_LEAST)));
            assertThat(ws.imports().targetChanges(b.id()).get(0).previous()).isEqualTo(Target.of(9500, Qualifier.AT_LEAST));
        }
    }

    @Test
    void aliasesAreRememberedPerPlanAndRoleAndRepointed() {
        Path file = dir.resolve("w.tmdb");
        try (Workspace ws = Workspace.create(file)) {
            Plan plan = Fixtures.savedPlan(ws, "金昌市2022年");
            Indicator a = ws.indicators().save(Fixtures.indicator(plan.id(), "高新技术企业新认定"));
            Indicator b = ws.indicators().save(Fixtures.indicator(plan.id(), "高新技术企业数量"));
            ws.aliases().remember(plan.id(), "新认定高新技术企业数", IndicatorAlias.VALUE, a.id(), "新认定高新技术企业数");
            ws.aliases().remember(plan.id(), "新认定高新技术企业数", IndicatorAlias.VALUE, b.id(), "新认定高新技术企业数（家）");
            ws.aliases().remember(plan.id(), "新认定高新技术企业数", IndicatorAlias.GROWTH, a.id(), "x");
            assertThat(ws.aliases().findByPlan(plan.id())).hasSize(2).anySatisfy(al -> {
                assertThat(al.role()).isEqualTo(IndicatorAlias.VALUE);
                assertThat(al.indicatorId()).isEqualTo(b.id());
                assertThat(al.rawName()).isEqualTo("新认定高新技术企业数（家）");
            });
            assertThatThrownBy(() -> ws.aliases().remember(plan.id(), "k", "SOMETHING", a.id(), ""))
                    .isInstanceOf(PersistenceException.class);
            ws.indicators().delete(b.id());
            assertThat(ws.aliases().findByPlan(plan.id())).hasSize(1);
        }
        assertThat(queryString(file, "SELECT role FROM indicator_alias")).isEqualTo("GROWTH");
    }
}
