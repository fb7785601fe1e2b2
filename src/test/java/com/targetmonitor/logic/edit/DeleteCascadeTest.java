package com.targetmonitor.logic.edit;

import static com.targetmonitor.logic.edit.SeededWorkspace.JINCHANG_2022;
import static com.targetmonitor.logic.edit.SeededWorkspace.content;
import static com.targetmonitor.logic.edit.SeededWorkspace.everything;
import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Origin;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.ProgressNote;
import com.targetmonitor.model.ImportBatch;
import com.targetmonitor.persistence.ImportChange;
import com.targetmonitor.persistence.IndicatorAlias;
import com.targetmonitor.persistence.Workspace;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deletes take what goes with them, and undo puts every row back exactly, under the same ids. */
class DeleteCascadeTest {

    @TempDir
    Path dir;

    private Workspace ws;
    private EditHistory history;
    private EditService edits;

    @BeforeEach
    void open() {
        ws = WorkspaceOpener.openOrCreateWithSeeds(dir.resolve("w.tmdb"));
        history = new EditHistory(ws);
        edits = new EditService(ws);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void deletingAnIndicatorTakesItsPartsAndValuesAndUndoPutsThemBack() {
        Plan plan = SeededWorkspace.plan(ws, JINCHANG_2022);
        Indicator lagging = SeededWorkspace.indicator(ws, JINCHANG_2022, "3.04");
        // An import overwrote one part's value, and a statistics table's name was confirmed for another.
        Indicator jinchuan = SeededWorkspace.indicator(ws, JINCHANG_2022, "3.04.3");
        Observation seeded = ws.observations().find(jinchuan.id(), Period.month(2022, 6)).orElseThrow();
        ImportBatch batch = ws.imports().createBatch(plan.id(), ImportBatch.STATISTICS, "1-6月.xlsx", "cafe",
                "2022年1-6月", false);
        ws.observations().save(seeded.withValue(13.0).withId(null));
        ws.observations().save(new Observation(null, jinchuan.id(), Period.month(2022, 6), 13.0, null, null,
                Origin.importBatch(batch.id()), ""));
        ws.imports().recordChange(new ImportChange(batch.id(), jinchuan.id(), Period.month(2022, 6), seeded, 13.0,
                null, "Sheet1!D9"));
        ws.aliases().remember(plan.id(), "永昌县滞后项目", IndicatorAlias.VALUE,
                SeededWorkspace.indicator(ws, JINCHANG_2022, "3.04.2").id(), "永昌县");
        var before = everything(ws);
        int valuesBefore = count(ws.observations().findByPlan(plan.id()).values());

        assertThat(edits.indicatorImpact(lagging.id())).isEqualTo(new DeletionImpact(0, 5, 6));
        history.execute(edits.deleteIndicator("删除指标", lagging.id()));

        List<Indicator> left = ws.indicators().findByPlan(plan.id());
        assertThat(left).extracting(Indicator::code).noneMatch(c -> c.startsWith("3.04"));
        assertThat(left).hasSize(before.plans().stream().filter(p -> p.plan().equals(plan)).findFirst()
                .orElseThrow().indicators().size() - 6);
        assertThat(count(ws.observations().findByPlan(plan.id()).values())).isEqualTo(valuesBefore - 6);

        history.undo();
        assertThat(everything(ws)).isEqualTo(before);

        history.redo();
        assertThat(ws.indicators().find(lagging.id())).isEmpty();
        history.undo();
        ws = reopen();
        assertThat(everything(ws)).isEqualTo(before);
    }

    @Test
    void deletingAPlanTakesCategoriesIndicatorsValuesAndImportsAndUndoPutsThemBack() {
        Plan plan = SeededWorkspace.plan(ws, JINCHANG_2022);
        Indicator investment = SeededWorkspace.indicator(ws, JINCHANG_2022, "2.01.1");
        ImportBatch batch = ws.imports().createBatch(plan.id(), ImportBatch.STATISTICS, "1-7月.xlsx", "beef",
                "2022年1-7月", false);
        ws.observations().save(new Observation(null, investment.id(), Period.month(2022, 7), 330.5, 12.0,
                new ProgressNote("进展", "", ""), Origin.importBatch(batch.id()), ""));
        ws.imports().recordChange(new ImportChange(batch.id(), investment.id(), Period.month(2022, 7), null, 330.5,
                12.0, "Sheet1!C7"));
        ws.aliases().remember(plan.id(), "有色金属新材料产业链产值", IndicatorAlias.VALUE, investment.id(), "有色产业链");
        var before = everything(ws);
        var planBefore = content(ws, plan.id());

        assertThat(edits.planImpact(plan.id())).isEqualTo(new DeletionImpact(planBefore.categories().size(),
                planBefore.indicators().size(), count(planBefore.observations().values())));
        assertThat(edits.planImpact(plan.id()).observations()).isGreaterThan(10);
        history.execute(edits.deletePlan("删除计划", plan.id()));

        assertThat(ws.plans().findAll()).extracting(Plan::name).doesNotContain(JINCHANG_2022).hasSize(2);
        assertThat(content(ws, plan.id())).isEqualTo(new SeededWorkspace.PlanContent(null, List.of(), List.of(),
                Map.of(), List.of(), List.of(), List.of()));

        history.undo();
        assertThat(everything(ws)).isEqualTo(before);
        history.redo();
        assertThat(ws.plans().find(plan.id())).isEmpty();
        history.undo();
        ws = reopen();
        assertThat(everything(ws)).isEqualTo(before);
    }

    @Test
    void deletingACategoryLeavesItsIndicatorsAndUndoPutsThemBackInIt() {
        Plan plan = SeededWorkspace.plan(ws, JINCHANG_2022);
        var category = ws.plans().categories(plan.id()).get(1);
        var before = everything(ws);
        int inCategory = (int) ws.indicators().findByPlan(plan.id()).stream()
                .filter(i -> category.id().equals(i.categoryId())).count();
        assertThat(edits.categoryImpact(category)).isEqualTo(new DeletionImpact(0, inCategory, 0));

        history.execute(edits.deleteCategory("删除分类", category));
        assertThat(ws.plans().categories(plan.id())).doesNotContain(category);
        assertThat(ws.indicators().findByPlan(plan.id())).hasSize(before.plans().stream()
                .filter(p -> p.plan().equals(plan)).findFirst().orElseThrow().indicators().size());
        assertThat(ws.indicators().findByPlan(plan.id()).stream().filter(i -> i.categoryId() == null)).hasSize(inCategory);

        history.undo();
        assertThat(everything(ws)).isEqualTo(before);
    }

    @Test
    void undoingACreateTakesWhatWasAddedSinceAndRedoBringsItBack() {
        Plan plan = SeededWorkspace.plan(ws, JINCHANG_2022);
        Indicator parent = SeededWorkspace.indicator(ws, JINCHANG_2022, "1.02");
        Indicator draft = new Indicator(null, plan.id(), parent.categoryId(), parent.id(), "1.02.1", "其中：永昌县",
                parent.unitOfMeasure(), parent.kind(), parent.frequency(), parent.target(), null, List.of(), null, 0);
        CreateEdit<Indicator> create = edits.createIndicator("新建指标", draft);
        history.execute(create);
        long id = create.stored().id();
        // A value arrives outside the history (as an import would write it).
        Observation value = ws.observations().save(Observation.of(id, Period.month(2022, 6), 12.5));
        var withValue = everything(ws);

        history.undo();
        assertThat(ws.indicators().find(id)).isEmpty();
        assertThat(ws.observations().findByIndicator(id)).isEmpty();

        history.redo();
        assertThat(everything(ws)).isEqualTo(withValue);
        assertThat(ws.observations().findByIndicator(id)).containsExactly(value);
    }

    private Workspace reopen() {
        Path file = ws.file();
        ws.close();
        Workspace reopened = Workspace.open(file);
        history = new EditHistory(reopened);
        edits = new EditService(reopened);
        return reopened;
    }

    private static int count(Collection<List<Observation>> groups) {
        return groups.stream().mapToInt(List::size).sum();
    }
}
