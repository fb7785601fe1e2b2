package com.targetmonitor.logic.edit;

import static com.targetmonitor.logic.edit.SeededWorkspace.JINCHANG_2022;
import static com.targetmonitor.logic.edit.SeededWorkspace.everything;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.Category;
import com.targetmonitor.model.Direction;
import com.targetmonitor.model.Frequency;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.Qualifier;
import com.targetmonitor.model.Responsibility;
import com.targetmonitor.model.ResponsibilityRole;
import com.targetmonitor.model.RuleSet;
import com.targetmonitor.model.Source;
import com.targetmonitor.model.Target;
import com.targetmonitor.model.Unit;
import com.targetmonitor.model.UnitKind;
import com.targetmonitor.persistence.PersistenceException;
import com.targetmonitor.persistence.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Create, update and delete of plans, units, indicators and categories, with undo and redo. */
class EditServiceTest {

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
    void aNewPlanIsStoredUndoneAndRedoneUnderTheSameId() {
        var before = everything(ws);
        RuleSet rules = new RuleSet(new BigDecimal("30"), new BigDecimal("1.5"), new BigDecimal("0.25"), 1);
        CreateEdit<Plan> create = edits.createPlan("新建计划", new Plan(null, "金昌市2024年", "金昌市", 2024, "", rules));

        history.execute(create);
        Plan stored = create.stored();
        assertThat(ws.plans().find(stored.id())).contains(stored);
        assertThat(history.undoDescription()).contains("新建计划");

        history.undo();
        assertThat(everything(ws)).isEqualTo(before);
        history.redo();
        assertThat(ws.plans().find(stored.id())).contains(stored);
        assertThat(ws.plans().find(stored.id()).orElseThrow().rules()).isEqualTo(rules);
    }

    @Test
    void aPlanUpdateChangesNameAndRulesAndUndoRestoresThem() {
        Plan plan = SeededWorkspace.plan(ws, JINCHANG_2022);
        Plan changed = new Plan(plan.id(), "金昌市2022年（修订）", "金昌市", 2022, "修订稿",
                new RuleSet(new BigDecimal("20"), BigDecimal.ONE, new BigDecimal("0.5"), 1));

        history.execute(edits.updatePlan("修改计划", changed));
        assertThat(ws.plans().find(plan.id())).contains(changed);

        history.undo();
        assertThat(ws.plans().find(plan.id())).contains(plan);
        history.redo();
        assertThat(ws.plans().find(plan.id())).contains(changed);
    }

    @Test
    void unitsAreCreatedRenamedAndDeletedUndoably() {
        Unit city = SeededWorkspace.unit(ws, "金昌市");
        CreateEdit<Unit> create = edits.createUnit("新建单位", new Unit(null, "金昌市教育局", UnitKind.DEPARTMENT,
                city.id(), "王局长"));
        history.execute(create);
        Unit unit = create.stored();
        Unit renamed = new Unit(unit.id(), "金昌市教育体育局", UnitKind.DEPARTMENT, city.id(), "");
        history.execute(edits.updateUnit("修改单位", renamed));
        assertThat(ws.units().find(unit.id())).contains(renamed);

        history.execute(edits.deleteUnit("删除单位", unit.id()));
        assertThat(ws.units().find(unit.id())).isEmpty();
        history.undo();
        assertThat(ws.units().find(unit.id())).contains(renamed);
        history.undo();
        assertThat(ws.units().find(unit.id())).contains(unit);
        history.undo();
        assertThat(ws.units().find(unit.id())).isEmpty();
        history.redo();
        history.redo();
        assertThat(ws.units().find(unit.id())).contains(renamed);
    }

    @Test
    void aUnitNamedByIndicatorsIsNotDeletedAndTheRefusalCountsThem() {
        Unit ndrc = SeededWorkspace.unit(ws, "金昌市发展改革委");
        long naming = ws.plans().findAll().stream().flatMap(p -> ws.indicators().findByPlan(p.id()).stream())
                .filter(i -> i.responsibilities().stream().anyMatch(r -> r.unitId() == ndrc.id())).count();
        assertThat(naming).isGreaterThan(1);

        assertThat(edits.unitUsage(ndrc.id())).isEqualTo(new UnitUsage((int) naming, 0));
        assertThatThrownBy(() -> edits.deleteUnit("删除单位", ndrc.id()))
                .isInstanceOfSatisfying(UnitInUseException.class, e -> {
                    assertThat(e.unitName()).isEqualTo("金昌市发展改革委");
                    assertThat(e.usage().indicators()).isEqualTo(naming);
                });
        Unit city = SeededWorkspace.unit(ws, "金昌市");
        assertThat(edits.unitUsage(city.id()).childUnits()).isGreaterThan(5);
        assertThat(ws.units().find(ndrc.id())).contains(ndrc);
    }

    @Test
    void aUnitCannotBeMovedBelowOneOfItsOwnUnits() {
        Unit city = SeededWorkspace.unit(ws, "金昌市");
        Unit county = SeededWorkspace.unit(ws, "永昌县");
        assertThat(edits.unitAndUnitsBelow(city.id())).contains(city.id(), county.id());

        assertThatThrownBy(() -> edits.updateUnit("移动单位",
                new Unit(city.id(), city.name(), city.kind(), county.id(), ""))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyFieldOfAnIndicatorIsUpdatedAndUndoRestoresTheOldOne() {
        Plan plan = SeededWorkspace.plan(ws, JINCHANG_2022);
        Indicator before = SeededWorkspace.indicator(ws, JINCHANG_2022, "2.02");
        Category other = ws.plans().categories(plan.id()).get(0);
        Indicator parent = SeededWorkspace.indicator(ws, JINCHANG_2022, "2.01");
        Unit lead = SeededWorkspace.unit(ws, "金昌市科技局");
        Unit support = SeededWorkspace.unit(ws, "金川区");
        Indicator after = new Indicator(before.id(), plan.id(), other.id(), parent.id(), "2.02a", "新名称", "万元",
                IndicatorKind.LEVEL, Frequency.QUARTERLY,
                new Target(3.5, Qualifier.AT_MOST, Direction.LOWER_BETTER, 3.0, LocalDate.of(2022, 9, 30)),
                new Source("原文", "文件", "说明"), List.of(new Responsibility(lead.id(), ResponsibilityRole.LEAD),
                new Responsibility(support.id(), ResponsibilityRole.SUPPORT)), null, 3);

        history.execute(edits.updateIndicator("修改指标", after));
        assertThat(ws.indicators().find(before.id())).contains(after);

        history.undo();
        assertThat(ws.indicators().find(before.id())).contains(before);
    }

    @Test
    void anIndicatorCannotBecomeAPartOfItsOwnPart() {
        Indicator whole = SeededWorkspace.indicator(ws, JINCHANG_2022, "3.04");
        Indicator part = SeededWorkspace.indicator(ws, JINCHANG_2022, "3.04.2");
        assertThat(edits.indicatorAndParts(whole.id())).hasSize(6).contains(part.id());

        assertThatThrownBy(() -> edits.updateIndicator("移动", whole.withParent(part.id())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> edits.updateIndicator("移动", whole.withParent(whole.id())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNewIndicatorGoesAfterItsSiblings() {
        Indicator whole = SeededWorkspace.indicator(ws, JINCHANG_2022, "3.04");
        int last = ws.indicators().findByPlan(whole.planId()).stream()
                .filter(i -> whole.id().equals(i.parentId())).mapToInt(Indicator::position).max().orElseThrow();

        assertThat(edits.nextPosition(whole.planId(), whole.categoryId(), whole.id())).isEqualTo(last + 1);
        assertThat(edits.nextPosition(whole.planId(), null, 999_999L)).isZero();
    }

    @Test
    void aFailingEditChangesNothingAndIsNotRemembered() {
        Indicator before = SeededWorkspace.indicator(ws, JINCHANG_2022, "2.02");
        var everythingBefore = everything(ws);
        // The update first replaces the units, then fails on the missing one: all of it must roll back.
        Indicator broken = before.withTarget(Target.of(1, Qualifier.NONE));
        Indicator withMissingUnit = new Indicator(broken.id(), broken.planId(), broken.categoryId(),
                broken.parentId(), broken.code(), broken.name(), broken.unitOfMeasure(), broken.kind(),
                broken.frequency(), broken.target(), broken.source(),
                List.of(new Responsibility(987_654, ResponsibilityRole.LEAD)), broken.phasing(), broken.position());

        assertThatThrownBy(() -> history.execute(edits.updateIndicator("修改指标", withMissingUnit)))
                .isInstanceOf(PersistenceException.class);
        Indicator sibling = SeededWorkspace.indicator(ws, JINCHANG_2022, "2.03");
        assertThatThrownBy(() -> history.execute(edits.createIndicator("新建指标",
                sibling.withId(null)))).isInstanceOf(PersistenceException.class);

        assertThat(everything(ws)).isEqualTo(everythingBefore);
        assertThat(history.canUndo()).isFalse();
    }

    @Test
    void categoriesAreCreatedRenamedAndDeletedUndoably() {
        Plan plan = SeededWorkspace.plan(ws, JINCHANG_2022);
        List<Category> before = ws.plans().categories(plan.id());
        CreateEdit<Category> create = edits.createCategory("新建分类", plan.id(), "七、其他");
        history.execute(create);
        Category added = create.stored();
        assertThat(ws.plans().categories(plan.id())).endsWith(added);
        assertThat(added.position()).isGreaterThan(before.get(before.size() - 1).position());

        history.execute(edits.renameCategory("重命名分类", added, "七、其他工作"));
        assertThat(ws.plans().categories(plan.id())).extracting(Category::name).endsWith("七、其他工作");
        history.execute(edits.deleteCategory("删除分类", added));
        assertThat(ws.plans().categories(plan.id())).isEqualTo(before);

        history.undo();
        history.undo();
        assertThat(ws.plans().categories(plan.id())).endsWith(added);
        history.undo();
        assertThat(ws.plans().categories(plan.id())).isEqualTo(before);
    }

    @Test
    void aValueEditAfterANewIndicatorStillAppliesAfterUndoAndRedoOfBoth() {
        Plan plan = SeededWorkspace.plan(ws, JINCHANG_2022);
        CreateEdit<Indicator> create = edits.createIndicator("新建指标", new Indicator(null, plan.id(), null, null,
                "9.01", "新增规上企业", "户", IndicatorKind.COUNT, null, Target.of(20, Qualifier.AT_LEAST), null,
                List.of(), null, 0));
        history.execute(create);
        long id = create.stored().id();
        history.execute(ObservationEdit.replace(ws, "录入", id, Period.month(2022, 6),
                com.targetmonitor.model.Observation.of(id, Period.month(2022, 6), 8)));

        history.undo();
        history.undo();
        assertThat(ws.indicators().find(id)).isEmpty();
        history.redo();
        history.redo();
        assertThat(ws.indicators().find(id)).contains(create.stored());
        assertThat(ws.observations().findByIndicator(id)).extracting(o -> o.value()).containsExactly(8.0);
    }
}
