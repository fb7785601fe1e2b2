package com.targetmonitor.persistence;

import com.targetmonitor.model.ImportBatch;
import static com.targetmonitor.persistence.Fixtures.category;
import static com.targetmonitor.persistence.Fixtures.savedPlan;
import static com.targetmonitor.persistence.Fixtures.savedUnit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetmonitor.model.Category;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Origin;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.ProgressNote;
import com.targetmonitor.model.Qualifier;
import com.targetmonitor.model.Target;
import com.targetmonitor.model.Unit;
import com.targetmonitor.model.UnitKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/** What a delete takes away is read before it and put back exactly: same ids, same values, every table. */
@ParameterizedClass
@ValueSource(strings = {TestWorkspaces.FILE, TestWorkspaces.SERVER})
class RowSnapshotsTest {

    @Parameter
    String engine;


    @TempDir
    Path dir;

    private Workspace ws;
    private Plan plan;
    private Category economy;
    private Unit lead;
    private Indicator whole;
    private Indicator part;
    private Indicator grandPart;
    private Indicator other;
    private ImportBatch batch;

    @BeforeEach
    void open() {
        ws = TestWorkspaces.create(engine, dir);
        plan = savedPlan(ws, "金昌市2022年");
        economy = ws.plans().saveCategory(category(plan.id(), "一、经济发展", 0));
        lead = savedUnit(ws, "市统计局", UnitKind.DEPARTMENT, null);
        Unit support = savedUnit(ws, "市工信局", UnitKind.DEPARTMENT, null);
        whole = ws.indicators().save(Fixtures.fullIndicator(plan.id(), economy.id(), null, lead.id(), support.id()));
        part = ws.indicators().save(Fixtures.child(plan.id(), whole.id(), "其中：金川区"));
        grandPart = ws.indicators().save(Fixtures.child(plan.id(), part.id(), "其中：金川区工业"));
        other = ws.indicators().save(Fixtures.indicator(plan.id(), "固定资产投资").withPlacement(plan.id(),
                economy.id(), null));
        batch = ws.imports().createBatch(plan.id(), ImportBatch.STATISTICS, "1-6月统计月报.xlsx", "abc123",
                "2022年1-6月", false);
        ws.imports().setRowCount(batch.id(), 2);
        ws.observations().save(new Observation(null, whole.id(), Period.month(2022, 6), 3.4, null,
                new ProgressNote("进展", "问题", "措施"), Origin.TYPED, "原文"));
        Observation before = ws.observations().save(Observation.of(part.id(), Period.quarter(2022, 2), 10.0));
        ws.observations().save(new Observation(null, part.id(), Period.quarter(2022, 2), 12.5, 7.1, null,
                Origin.importBatch(batch.id()), ""));
        ws.imports().recordChange(new ImportChange(batch.id(), part.id(), Period.quarter(2022, 2), before, 12.5, 7.1,
                "Sheet1!C7"));
        ws.imports().recordTargetChange(new TargetChange(batch.id(), grandPart.id(), false,
                Target.of(40, Qualifier.AT_LEAST)));
        ws.aliases().remember(plan.id(), "金川区增速", IndicatorAlias.VALUE, part.id(), "金川区 增速");
        ws.aliases().remember(plan.id(), "固定资产投资", IndicatorAlias.VALUE, other.id(), "固定资产投资");
        ws.observations().save(Observation.of(other.id(), Period.month(2022, 6), 37.3));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    /** Everything the repositories say about the plan. */
    private List<Object> reads() {
        return List.of(ws.plans().findAll(), ws.plans().categories(plan.id()), ws.indicators().findByPlan(plan.id()),
                ws.observations().findByPlan(plan.id()), ws.imports().findByPlan(plan.id()),
                ws.imports().changes(batch.id()), ws.imports().targetChanges(batch.id()),
                ws.aliases().findByPlan(plan.id()), ws.units().findAll());
    }

    @Test
    void anIndicatorComesBackWithItsPartsValuesImportHistoryAndAliases() {
        List<Object> before = reads();
        RowSnapshot snapshot = ws.snapshots().indicator(whole.id());
        assertThat(snapshot.rowCount("indicator")).isEqualTo(3);
        assertThat(snapshot.rowCount("observation")).isEqualTo(2);
        assertThat(snapshot.rowCount("indicator_unit")).isEqualTo(2);
        assertThat(snapshot.rowCount("indicator_phasing")).isEqualTo(12);
        assertThat(snapshot.rowCount("import_change")).isEqualTo(1);
        assertThat(snapshot.rowCount("import_target_change")).isEqualTo(1);
        assertThat(snapshot.rowCount("indicator_alias")).isEqualTo(1);

        ws.indicators().delete(whole.id());
        assertThat(ws.indicators().findByPlan(plan.id())).containsExactly(other);
        assertThat(ws.imports().changes(batch.id())).isEmpty();
        ws.snapshots().restore(snapshot);

        ws = Fixtures.reopen(ws);
        assertThat(reads()).isEqualTo(before);
    }

    @Test
    void aPlanComesBackWithEveryTableThatHangsOffIt() {
        List<Object> before = reads();
        RowSnapshot snapshot = ws.snapshots().plan(plan.id());
        assertThat(snapshot.rowCount("import_batch")).isEqualTo(1);
        assertThat(snapshot.rowCount("observation")).isEqualTo(3);
        assertThat(snapshot.rowCount("indicator_alias")).isEqualTo(2);

        ws.plans().delete(plan.id());
        assertThat(ws.plans().findAll()).isEmpty();
        assertThat(ws.imports().find(batch.id())).isEmpty();
        ws.snapshots().restore(snapshot);

        ws = Fixtures.reopen(ws);
        assertThat(reads()).isEqualTo(before);
        assertThat(ws.imports().find(batch.id())).contains(ws.imports().findByPlan(plan.id()).get(0));
    }

    @Test
    void aCategoryComesBackAndItsIndicatorsReturnToIt() {
        List<Object> before = reads();
        RowSnapshot snapshot = ws.snapshots().category(economy.id());
        assertThat(snapshot.rowCount("category")).isEqualTo(1);
        assertThat(snapshot.rowCount("indicator")).isZero();

        ws.plans().deleteCategory(economy.id());
        assertThat(ws.indicators().find(other.id()).orElseThrow().categoryId()).isNull();
        ws.snapshots().restore(snapshot);

        assertThat(reads()).isEqualTo(before);
    }

    @Test
    void aUnitComesBackUnderItsId() {
        Unit free = ws.units().save(new Unit(null, "市教育局", UnitKind.DEPARTMENT, lead.id(), "王局长"));
        RowSnapshot snapshot = ws.snapshots().unit(free.id());
        ws.units().delete(free.id());

        ws.snapshots().restore(snapshot);

        assertThat(ws.units().find(free.id())).contains(free);
    }

    @Test
    void aMissingRowGivesAnEmptySnapshot() {
        assertThat(ws.snapshots().indicator(987_654).isEmpty()).isTrue();
        assertThat(ws.snapshots().plan(plan.id()).isEmpty()).isFalse();
    }

    @Test
    void restoringOverRowsThatAreStillThereFailsAndChangesNothing() {
        List<Object> before = reads();
        RowSnapshot snapshot = ws.snapshots().indicator(whole.id());

        assertThatThrownBy(() -> ws.snapshots().restore(snapshot)).isInstanceOf(PersistenceException.class);

        assertThat(reads()).isEqualTo(before);
    }

    @Test
    void rowsPointingToSomethingGoneAreRefusedWhenTheRestoreCommits() {
        RowSnapshot snapshot = ws.snapshots().indicator(part.id());
        ws.indicators().delete(whole.id());
        List<Object> before = reads();

        // The part's parent is gone: the deferred foreign-key check refuses the whole restore.
        assertThatThrownBy(() -> ws.snapshots().restore(snapshot)).isInstanceOf(PersistenceException.class);

        assertThat(reads()).isEqualTo(before);
        ws.indicators().save(Fixtures.indicator(plan.id(), "之后仍可写入"));
    }
}
