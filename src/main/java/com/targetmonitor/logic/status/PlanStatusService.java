package com.targetmonitor.logic.status;

import com.targetmonitor.model.AsOf;
import com.targetmonitor.model.Category;
import com.targetmonitor.model.DecompositionCheck;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.Responsibility;
import com.targetmonitor.model.ResponsibilityRole;
import com.targetmonitor.model.Standing;
import com.targetmonitor.model.StatusCalculator;
import com.targetmonitor.model.Unit;
import com.targetmonitor.persistence.Workspace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Finds plans and computes where each of their indicators stands at an as-of month. */
public final class PlanStatusService {

    /**
     * The most indicators a standing is spliced for: an edit, an undo, a pasted block. Beyond it the
     * statement's list of ids grows long and the whole computation (two statements) is as quick.
     */
    public static final int SPLICE_LIMIT = 200;

    private final Workspace workspace;

    public PlanStatusService(Workspace workspace) {
        this.workspace = workspace;
    }

    public List<Plan> plans() {
        return workspace.plans().findAll();
    }

    /**
     * The one plan whose name is, or contains, the given text ("金昌市2022" picks 金昌市2022年).
     * An exact name wins over partial matches.
     *
     * @throws PlanNotFoundException when none or several plans match
     */
    public Plan findPlan(String nameOrPart) {
        String wanted = nameOrPart == null ? "" : nameOrPart.strip();
        List<Plan> all = plans();
        for (Plan p : all) {
            if (p.name().equals(wanted)) {
                return p;
            }
        }
        String lower = wanted.toLowerCase(Locale.ROOT);
        List<Plan> matches = all.stream().filter(p -> p.name().toLowerCase(Locale.ROOT).contains(lower)).toList();
        if (wanted.isEmpty() || matches.isEmpty()) {
            throw new PlanNotFoundException("no plan matches '" + wanted + "'; plans: " + names(all));
        }
        if (matches.size() > 1) {
            throw new PlanNotFoundException("'" + wanted + "' matches several plans: " + names(matches)
                    + "; give more of the name");
        }
        return matches.get(0);
    }

    /** Every indicator's standing at the as-of month, in display order, with the decomposition checks. */
    public PlanStatus status(Plan plan, AsOf asOf) {
        return status(plan, asOf, frame(plan));
    }

    /**
     * What a standing of the plan is computed on besides its values: its indicators (with targets
     * and responsibilities), category and unit names. It changes only with the plan's structure, so
     * the window reads it once per plan and structure change, not on every month and edit.
     *
     * @param planId the plan it was read for
     */
    public record PlanFrame(long planId, List<Indicator> indicators, Map<Long, String> categoryNames,
                            Map<Long, String> unitNames) {
        public PlanFrame {
            indicators = List.copyOf(indicators);
            // Not Map.copyOf: an indicator without a category looks up a null key, which it refuses.
            categoryNames = java.util.Collections.unmodifiableMap(new HashMap<>(categoryNames));
            unitNames = java.util.Collections.unmodifiableMap(new HashMap<>(unitNames));
        }
    }

    /** Reads the plan's frame. */
    public PlanFrame frame(Plan plan) {
        return new PlanFrame(plan.id(), workspace.indicators().findByPlan(plan.id()),
                workspace.plans().categories(plan.id()).stream().collect(Collectors.toMap(Category::id, Category::name)),
                workspace.units().findAll().stream().collect(Collectors.toMap(Unit::id, Unit::name)));
    }

    /** The standing on a frame read before (of this plan, with no structure change since). */
    public PlanStatus status(Plan plan, AsOf asOf, PlanFrame frame) {
        if (frame.planId() != plan.id()) {
            throw new IllegalArgumentException("frame of plan " + frame.planId() + ", not of " + plan.id());
        }
        List<Indicator> indicators = frame.indicators();
        // Only what the standings are judged on: the latest value up to the month (and a milestone's first "done").
        Map<Long, List<Observation>> observations = workspace.observations().forStanding(plan.id(), plan.year(),
                asOf.monthWithin(plan.year()));
        Map<Long, String> categoryNames = frame.categoryNames();
        Map<Long, String> unitNames = frame.unitNames();

        StatusCalculator calculator = new StatusCalculator(plan.rules());
        Map<Long, Standing> standings = new LinkedHashMap<>();
        for (Indicator indicator : indicators) {
            standings.put(indicator.id(), calculator.evaluate(indicator,
                    observations.getOrDefault(indicator.id(), List.of()), plan.year(), asOf));
        }
        Map<Long, Long> parents = new HashMap<>();
        indicators.forEach(i -> parents.put(i.id(), i.parentId()));
        List<StandingRow> rows = new ArrayList<>();
        for (Indicator indicator : displayOrder(indicators)) {
            rows.add(new StandingRow(standings.get(indicator.id()),
                    categoryNames.getOrDefault(indicator.categoryId(), ""),
                    unitNames(indicator, ResponsibilityRole.LEAD, unitNames),
                    unitNames(indicator, ResponsibilityRole.SUPPORT, unitNames),
                    depth(indicator, parents)));
        }
        Map<Long, Double> actuals = new HashMap<>();
        standings.forEach((id, s) -> actuals.put(id, s.actual()));
        DecompositionCheck check = new DecompositionCheck(plan.rules());
        return new PlanStatus(plan, asOf, rows, check.targets(indicators), check.actuals(indicators, actuals));
    }

    /**
     * The standing after the values of these indicators changed, from {@code before} (computed on the
     * splice's frame, at the plan and month wanted): their observations are read in one statement and
     * their rows spliced in ({@link StandingSplice}). Empty when it cannot be done that way: an
     * indicator not in the frame, another plan's frame, or more indicators than an edit or a pasted
     * block names ({@value #SPLICE_LIMIT}); then the caller computes the standing whole.
     */
    public Optional<PlanStatus> statusAfter(PlanStatus before, StandingSplice splice, Set<Long> changed) {
        Plan plan = before.plan();
        if (changed.size() > SPLICE_LIMIT || plan.id() != splice.frame().planId() || !splice.knows(changed)) {
            return Optional.empty();
        }
        return splice.after(before, changed, workspace.observations().forStanding(changed, plan.year(),
                before.asOf().monthWithin(plan.year())));
    }

    /** Parents first, each followed by its decomposed parts, keeping the stored order otherwise. */
    static List<Indicator> displayOrder(List<Indicator> indicators) {
        Map<Long, List<Indicator>> children = new LinkedHashMap<>();
        Map<Long, Indicator> byId = indicators.stream().collect(Collectors.toMap(Indicator::id, Function.identity()));
        List<Indicator> roots = new ArrayList<>();
        for (Indicator i : indicators) {
            if (i.parentId() != null && byId.containsKey(i.parentId())) {
                children.computeIfAbsent(i.parentId(), k -> new ArrayList<>()).add(i);
            } else {
                roots.add(i);
            }
        }
        List<Indicator> ordered = new ArrayList<>();
        for (Indicator root : roots) {
            addWithChildren(root, children, ordered);
        }
        return ordered;
    }

    private static void addWithChildren(Indicator i, Map<Long, List<Indicator>> children, List<Indicator> out) {
        out.add(i);
        for (Indicator child : children.getOrDefault(i.id(), List.of())) {
            addWithChildren(child, children, out);
        }
    }

    private static int depth(Indicator indicator, Map<Long, Long> parents) {
        int depth = 0;
        Long parent = indicator.parentId();
        while (parent != null && depth < parents.size()) {
            depth++;
            parent = parents.get(parent);
        }
        return depth;
    }

    /** The units in that role, joined by 、 (a loop: two streams per indicator were a tenth of a large status). */
    private static String unitNames(Indicator indicator, ResponsibilityRole role, Map<Long, String> names) {
        String only = null;
        StringBuilder more = null;
        for (Responsibility r : indicator.responsibilities()) {
            if (r.role() != role) {
                continue;
            }
            String name = names.getOrDefault(r.unitId(), "?");
            if (only == null) {
                only = name;
            } else {
                more = (more == null ? new StringBuilder(only) : more).append('、').append(name);
            }
        }
        return more != null ? more.toString() : only != null ? only : "";
    }

    private static String names(List<Plan> plans) {
        return plans.isEmpty() ? "(none)" : plans.stream().map(Plan::name).collect(Collectors.joining(", "));
    }
}
