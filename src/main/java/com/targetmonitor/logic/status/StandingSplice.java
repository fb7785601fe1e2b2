package com.targetmonitor.logic.status;

import com.targetmonitor.logic.status.PlanStatusService.PlanFrame;
import com.targetmonitor.model.DecompositionBreak;
import com.targetmonitor.model.DecompositionCheck;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.StatusCalculator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A plan's standing after the values of a few indicators changed, made from the standing before:
 * those indicators are judged again and their rows replaced, every other row is the same object as
 * before. Of what a standing derives from several indicators, the decomposition checks of actuals
 * are made again for each parent whose own value or one of whose parts' values changed; the target
 * checks depend on the frame only, and the counts per status are counted from the rows. The result
 * equals the whole computation on the same frame ({@code StandingSpliceTest} compares every row).
 *
 * <p>Built once per frame (the positions of rows and families, a walk over the plan), so that a
 * splice costs what the changed indicators cost, not what the plan does.
 */
public final class StandingSplice {

    private final PlanFrame frame;
    private final Map<Long, Indicator> byId = new HashMap<>();
    /** Where each indicator's row is in the standing: the display order. */
    private final Map<Long, Integer> rowOf = new HashMap<>();
    /** Each parent's parts in the plan's order, as the decomposition check lists them. */
    private final Map<Long, List<Indicator>> partsOf = new HashMap<>();
    /** The order the decomposition check lists a parent's break in: its first part's place in the plan. */
    private final Map<Long, Integer> breakOrder = new HashMap<>();

    public StandingSplice(PlanFrame frame) {
        this.frame = frame;
        List<Indicator> indicators = frame.indicators();
        indicators.forEach(i -> byId.put(i.id(), i));
        List<Indicator> shown = PlanStatusService.displayOrder(indicators);
        for (int r = 0; r < shown.size(); r++) {
            rowOf.put(shown.get(r).id(), r);
        }
        for (Indicator i : indicators) {
            if (i.parentId() != null && byId.containsKey(i.parentId())) {
                partsOf.computeIfAbsent(i.parentId(), k -> new ArrayList<>()).add(i);
                breakOrder.putIfAbsent(i.parentId(), breakOrder.size());
            }
        }
    }

    /** The frame the positions were taken from. */
    public PlanFrame frame() {
        return frame;
    }

    /**
     * Whether every indicator is one of the frame's rows (an unknown one: the standing must be computed
     * whole). A frame some of whose indicators have no row (parts of each other) splices nothing.
     */
    public boolean knows(Set<Long> indicatorIds) {
        return rowOf.size() == byId.size() && rowOf.keySet().containsAll(indicatorIds);
    }

    /**
     * The standing after the values of these indicators changed.
     *
     * @param before       the standing computed on this frame, at the plan and month wanted
     * @param observations what the changed indicators' standings are judged on, as
     *                     {@code ObservationRepository.forStanding} reads it (missing: none)
     * @return empty when {@code before} is not of this frame or an indicator is not in it
     */
    public Optional<PlanStatus> after(PlanStatus before, Set<Long> changed, Map<Long, List<Observation>> observations) {
        if (before.plan().id() != frame.planId() || before.rows().size() != rowOf.size() || !knows(changed)) {
            return Optional.empty();
        }
        StatusCalculator calculator = new StatusCalculator(before.plan().rules());
        List<StandingRow> rows = new ArrayList<>(before.rows());
        for (long id : changed) {
            int r = rowOf.get(id);
            StandingRow old = rows.get(r);
            if (!old.standing().indicator().equals(byId.get(id))) {
                return Optional.empty(); // computed on another frame: not the row it replaces
            }
            rows.set(r, new StandingRow(calculator.evaluate(byId.get(id), observations.getOrDefault(id, List.of()),
                    before.plan().year(), before.asOf()), old.categoryName(), old.leadUnitName(),
                    old.supportUnitNames(), old.depth()));
        }
        return Optional.of(new PlanStatus(before.plan(), before.asOf(), rows, before.targetBreaks(),
                actualBreaks(before, rows, changed)));
    }

    /** The checks of actuals with those of the changed families made again, in the whole check's order. */
    private List<DecompositionBreak> actualBreaks(PlanStatus before, List<StandingRow> rows, Set<Long> changed) {
        Set<Long> parents = new LinkedHashSet<>();
        for (long id : changed) {
            if (partsOf.containsKey(id)) {
                parents.add(id);
            }
            Long parent = byId.get(id).parentId();
            if (parent != null && partsOf.containsKey(parent)) {
                parents.add(parent);
            }
        }
        if (parents.isEmpty()) {
            return before.actualBreaks();
        }
        List<DecompositionBreak> breaks = new ArrayList<>();
        before.actualBreaks().stream().filter(b -> !parents.contains(b.parent().id())).forEach(breaks::add);
        DecompositionCheck check = new DecompositionCheck(before.plan().rules());
        for (long parent : parents) {
            List<Indicator> parts = partsOf.get(parent);
            Map<Long, Double> actuals = new HashMap<>();
            actuals.put(parent, actual(rows, parent));
            parts.forEach(p -> actuals.put(p.id(), actual(rows, p.id())));
            check.actualsOf(byId.get(parent), parts, actuals).ifPresent(breaks::add);
        }
        breaks.sort(Comparator.comparing(b -> breakOrder.get(b.parent().id())));
        return breaks;
    }

    private Double actual(List<StandingRow> rows, long indicatorId) {
        return rows.get(rowOf.get(indicatorId)).standing().actual();
    }
}
