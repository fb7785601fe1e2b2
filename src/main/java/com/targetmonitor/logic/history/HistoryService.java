package com.targetmonitor.logic.history;

import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Plan;
import com.targetmonitor.persistence.ChangeEntry;
import com.targetmonitor.persistence.Workspace;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads the history of every change (留痕) of a plan or one of its indicators, oldest first. */
public final class HistoryService {

    private final Workspace workspace;

    public HistoryService(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
    }

    /**
     * @param indicatorId only this indicator (null: the whole plan)
     * @param since       only changes from this day on, in the local time zone (null: all)
     */
    public List<HistoryLine> history(Plan plan, Long indicatorId, LocalDate since) {
        Instant from = since == null ? null : since.atStartOfDay(ZoneId.systemDefault()).toInstant();
        List<ChangeEntry> entries = workspace.changes().find(plan.id(), indicatorId, from);
        // One indicator's history (the detail pane, on every selection) names only that indicator:
        // reading the plan's 10,000 indicators to name it cost more than the history itself.
        Map<Long, Indicator> indicators = indicatorId == null
                ? workspace.indicators().findByPlan(plan.id()).stream()
                        .collect(Collectors.toMap(Indicator::id, Function.identity()))
                : workspace.indicators().find(indicatorId).stream()
                        .collect(Collectors.toMap(Indicator::id, Function.identity()));
        return entries.stream().map(e -> line(e, plan, indicators)).toList();
    }

    /** The indicator's history, newest first, at most {@code limit} lines (the detail pane). */
    public List<HistoryLine> latest(long planId, long indicatorId, int limit) {
        Plan plan = workspace.plans().find(planId).orElse(null);
        if (plan == null) {
            return List.of();
        }
        List<HistoryLine> all = history(plan, indicatorId, null);
        List<HistoryLine> newest = new java.util.ArrayList<>(all.subList(Math.max(0, all.size() - limit), all.size()));
        java.util.Collections.reverse(newest);
        return newest;
    }

    /** The indicator of the plan with this code. */
    public Indicator indicator(Plan plan, String code) {
        return workspace.indicators().findByPlan(plan.id()).stream()
                .filter(i -> i.code().equalsIgnoreCase(code.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("plan " + plan.name() + " has no indicator with code "
                        + code));
    }

    private static HistoryLine line(ChangeEntry e, Plan plan, Map<Long, Indicator> indicators) {
        String what = switch (e.subject()) {
            case "OBSERVATION", "INDICATOR" -> {
                Indicator i = e.indicatorId() == null ? null : indicators.get(e.indicatorId());
                // A deleted indicator is named by its id; its deletion row carries its name.
                yield i == null ? "#" + e.indicatorId() : i.code().isEmpty() ? i.name() : i.code() + " " + i.name();
            }
            case "PLAN" -> plan.name();
            case "IMPORT" -> e.newValue() != null ? e.newValue() : e.oldValue();
            default -> "";
        };
        return new HistoryLine(e.at(), e.account(), e.origin(), e.batchId(), e.subject(), e.indicatorId(), what,
                e.period(), e.field(), e.oldValue(), e.newValue());
    }
}
