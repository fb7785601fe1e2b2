package com.targetmonitor.logic.edit;

import com.targetmonitor.model.Category;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.Unit;
import com.targetmonitor.persistence.Workspace;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the undoable edits for plans, units, indicators and categories, to be run through
 * {@link EditHistory#execute}. A delete takes with it what the database removes with it
 * (decomposed parts, values, categories) and its undo puts all of it back under the same ids.
 * Descriptions come from the caller, already in the user's language.
 */
public final class EditService {

    private final Workspace workspace;

    public EditService(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
    }

    // ---- plans ------------------------------------------------------------------------------

    /** A new plan (without id) with its rule set. */
    /** Changes a plan's status rules (bands, tolerances). */
    public Edit changeRules(String description, long planId, com.targetmonitor.model.RuleSet rules) {
        return PlanRulesEdit.change(workspace, description, planId, rules);
    }

    public CreateEdit<Plan> createPlan(String description, Plan plan) {
        requireNew(plan.id());
        return new CreateEdit<>(description, plan, (ws, p) -> ws.plans().save(p), p -> SnapshotRemoval.plan(p.id()));
    }

    /** Stores the plan's changed name, region, year, document and rule set. */
    public Edit updatePlan(String description, Plan plan) {
        Plan before = workspace.plans().find(requireStored(plan.id()))
                .orElseThrow(() -> gone("plan", plan.id()));
        return new UpdateEdit<>(description, before, plan, (ws, p) -> ws.plans().save(p));
    }

    /** Deletes the plan with its categories, indicators, values and import batches. */
    public Edit deletePlan(String description, long planId) {
        return new DeleteEdit(description, SnapshotRemoval.plan(planId));
    }

    public DeletionImpact planImpact(long planId) {
        int values = workspace.observations().findByPlan(planId).values().stream().mapToInt(List::size).sum();
        return new DeletionImpact(workspace.plans().categories(planId).size(),
                workspace.indicators().findByPlan(planId).size(), values);
    }

    // ---- units ------------------------------------------------------------------------------

    public CreateEdit<Unit> createUnit(String description, Unit unit) {
        requireNew(unit.id());
        return new CreateEdit<>(description, unit, (ws, u) -> ws.units().save(u), u -> SnapshotRemoval.unit(u.id()));
    }

    public Edit updateUnit(String description, Unit unit) {
        Unit before = workspace.units().find(requireStored(unit.id())).orElseThrow(() -> gone("unit", unit.id()));
        if (unit.parentId() != null && unitAndUnitsBelow(unit.id()).contains(unit.parentId())) {
            throw new IllegalArgumentException("a unit cannot be placed below itself or its own units");
        }
        return new UpdateEdit<>(description, before, unit, (ws, u) -> ws.units().save(u));
    }

    /** Deletes a unit; refused with {@link UnitInUseException} while indicators or units refer to it. */
    public Edit deleteUnit(String description, long unitId) {
        Unit unit = workspace.units().find(unitId).orElseThrow(() -> gone("unit", unitId));
        UnitUsage usage = unitUsage(unitId);
        if (usage.inUse()) {
            throw new UnitInUseException(unit.name(), usage);
        }
        return new DeleteEdit(description, SnapshotRemoval.unit(unitId));
    }

    public UnitUsage unitUsage(long unitId) {
        return UnitUsage.of(workspace, unitId);
    }

    /** The unit and every unit below it, at any depth: the units it cannot be moved under. */
    public Set<Long> unitAndUnitsBelow(long unitId) {
        List<Unit> all = workspace.units().findAll();
        Set<Long> found = new LinkedHashSet<>(List.of(unitId));
        int size;
        do {
            size = found.size();
            for (Unit u : all) {
                if (u.parentId() != null && found.contains(u.parentId())) {
                    found.add(u.id());
                }
            }
        } while (found.size() > size);
        return found;
    }

    // ---- indicators -------------------------------------------------------------------------

    /** A new indicator (without id); see {@link #nextPosition} to place it last among its siblings. */
    public CreateEdit<Indicator> createIndicator(String description, Indicator indicator) {
        requireNew(indicator.id());
        return new CreateEdit<>(description, indicator, (ws, i) -> ws.indicators().save(i),
                i -> SnapshotRemoval.indicator(i.id()));
    }

    /** As {@link #updateIndicator(String, Indicator, Indicator)}, from the indicator as stored now. */
    public Edit updateIndicator(String description, Indicator indicator) {
        Indicator stored = workspace.indicators().find(requireStored(indicator.id()))
                .orElseThrow(() -> gone("indicator", indicator.id()));
        return updateIndicator(description, stored, indicator);
    }

    /**
     * Stores every field of the indicator (a decomposed part's target and units too) if, when the edit is
     * applied, it is still {@code shown}, the indicator as the officer's form showed it; otherwise nothing
     * is written and {@link IndicatorConflictException} says what is stored now. Refuses to make it a part
     * of itself or of its own parts.
     */
    public Edit updateIndicator(String description, Indicator shown, Indicator indicator) {
        if (!Objects.equals(requireStored(shown.id()), indicator.id())) {
            throw new IllegalArgumentException("the shown and the changed indicator are not the same one");
        }
        IndicatorTree tree = new IndicatorTree(workspace.indicators().findByPlan(shown.planId()));
        if (tree.isInSubtree(indicator.id(), indicator.parentId())) {
            throw new IllegalArgumentException("an indicator cannot be a decomposed part of itself");
        }
        return new GuardedIndicatorUpdate(description, shown, indicator);
    }

    /** Deletes the indicator with its decomposed parts and all their values. */
    public Edit deleteIndicator(String description, long indicatorId) {
        return new DeleteEdit(description, SnapshotRemoval.indicator(indicatorId));
    }

    /**
     * As {@link #deleteIndicator(String, long)}, if the indicator is still {@code shown} when the edit is
     * applied; otherwise nothing is deleted and {@link IndicatorConflictException} says what changed.
     */
    public Edit deleteIndicator(String description, Indicator shown) {
        requireStored(shown.id());
        return new DeleteEdit(description, SnapshotRemoval.indicatorAsShown(shown));
    }

    public DeletionImpact indicatorImpact(long indicatorId) {
        Indicator indicator = workspace.indicators().find(indicatorId)
                .orElseThrow(() -> gone("indicator", indicatorId));
        List<Indicator> subtree = new IndicatorTree(workspace.indicators().findByPlan(indicator.planId()))
                .subtree(indicatorId);
        int values = subtree.stream().mapToInt(i -> workspace.observations().countByIndicator(i.id())).sum();
        return new DeletionImpact(0, subtree.size() - 1, values);
    }

    /** The indicator and its decomposed parts, at any depth: the indicators it cannot be made a part of. */
    public Set<Long> indicatorAndParts(long indicatorId) {
        Indicator indicator = workspace.indicators().find(indicatorId)
                .orElseThrow(() -> gone("indicator", indicatorId));
        return new IndicatorTree(workspace.indicators().findByPlan(indicator.planId())).subtree(indicatorId)
                .stream().map(Indicator::id).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The position after the last indicator with the same category and parent. */
    public int nextPosition(long planId, Long categoryId, Long parentId) {
        return workspace.indicators().findByPlan(planId).stream()
                .filter(i -> Objects.equals(i.categoryId(), categoryId) && Objects.equals(i.parentId(), parentId))
                .mapToInt(Indicator::position).max().orElse(-1) + 1;
    }

    // ---- categories -------------------------------------------------------------------------

    /** A new category, placed after the plan's last one. */
    public CreateEdit<Category> createCategory(String description, long planId, String name) {
        int position = workspace.plans().categories(planId).stream().mapToInt(Category::position).max().orElse(-1) + 1;
        Category category = new Category(null, planId, name, position);
        return new CreateEdit<>(description, category, (ws, c) -> ws.plans().saveCategory(c),
                c -> SnapshotRemoval.category(c.id()));
    }

    public Edit renameCategory(String description, Category category, String newName) {
        Category before = category(category);
        Category after = new Category(before.id(), before.planId(), newName, before.position());
        return new UpdateEdit<>(description, before, after, (ws, c) -> ws.plans().saveCategory(c));
    }

    /** Deletes the category; its indicators stay in the plan without one, and undo puts them back in it. */
    public Edit deleteCategory(String description, Category category) {
        Category stored = category(category);
        return new DeleteEdit(description, SnapshotRemoval.category(stored.id()));
    }

    public DeletionImpact categoryImpact(Category category) {
        int indicators = (int) workspace.indicators().findByPlan(category.planId()).stream()
                .filter(i -> Objects.equals(i.categoryId(), category.id())).count();
        return new DeletionImpact(0, indicators, 0);
    }

    // -----------------------------------------------------------------------------------------

    private Category category(Category category) {
        requireStored(category.id());
        return workspace.plans().categories(category.planId()).stream()
                .filter(c -> c.id().equals(category.id())).findFirst()
                .orElseThrow(() -> gone("category", category.id()));
    }

    private static void requireNew(Long id) {
        if (id != null) {
            throw new IllegalArgumentException("a new record has no id yet, was " + id);
        }
    }

    private static long requireStored(Long id) {
        if (id == null) {
            throw new IllegalArgumentException("only a stored record, with its id, can be changed");
        }
        return id;
    }

    private static IllegalStateException gone(String what, Long id) {
        return new IllegalStateException(what + " " + id + " no longer exists");
    }
}
