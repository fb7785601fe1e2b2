package com.targetmonitor.logic.workspace;

import com.targetmonitor.logic.history.HistoryLine;
import com.targetmonitor.logic.history.HistoryService;
import com.targetmonitor.logic.league.LeagueRow;
import com.targetmonitor.logic.league.UnitLeague;
import com.targetmonitor.logic.status.PlanStatus;
import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.logic.status.StandingSplice;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.Unit;
import com.targetmonitor.persistence.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the window reads from the workspace, in model types: the one door between the views and
 * the repositories, so the UI never sees a persistence type. Each instance reads the workspace it
 * was made on; take a fresh one from {@link Session#queries()} after the workspace is replaced.
 * Safe to use off the FX thread (the repositories serialise their own access).
 */
public final class WorkspaceQueries {

    private final Workspace workspace;

    WorkspaceQueries(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
    }

    /** The workspace file. */
    public Path file() {
        return workspace.file();
    }

    public List<Plan> plans() {
        return workspace.plans().findAll();
    }

    public Optional<Plan> plan(long planId) {
        return workspace.plans().find(planId);
    }

    public Optional<Plan> planByName(String name) {
        return workspace.plans().findByName(name);
    }

    public List<Indicator> indicators(long planId) {
        return workspace.indicators().findByPlan(planId);
    }

    public Optional<Indicator> indicator(long indicatorId) {
        return workspace.indicators().find(indicatorId);
    }

    public List<com.targetmonitor.model.Category> categories(long planId) {
        return workspace.plans().categories(planId);
    }

    public List<Unit> units() {
        return workspace.units().findAll();
    }

    /** Every value of the plan's indicators, by indicator id. */
    public Map<Long, List<Observation>> observations(long planId) {
        return workspace.observations().findByPlan(planId);
    }

    /** Every value of one indicator, oldest first. */
    public List<Observation> observationsOf(long indicatorId) {
        return workspace.observations().findByIndicator(indicatorId);
    }

    /** How many of the plan's indicators have both a target and a value: what makes a plan worth opening. */
    public long informedIndicators(long planId) {
        return workspace.observations().informedIndicators(planId);
    }

    /** The last month of the plan's year that some indicator has a value for. */
    public Optional<Integer> latestMonthWithData(Plan plan) {
        return workspace.observations().latestMonth(plan.id(), plan.year());
    }

    /** Where every indicator of the plan stands at the month: the one status computation. */
    public PlanStatus status(Plan plan, AsOf asOf) {
        return new PlanStatusService(workspace).status(plan, asOf);
    }

    /** The plan's indicators and names a standing is computed on; see {@link PlanStatusService.PlanFrame}. */
    public PlanStatusService.PlanFrame frame(Plan plan) {
        return new PlanStatusService(workspace).frame(plan);
    }

    /** The standing on a frame read before, with the values as they are now. */
    public PlanStatus status(Plan plan, AsOf asOf, PlanStatusService.PlanFrame frame) {
        return new PlanStatusService(workspace).status(plan, asOf, frame);
    }

    /** The standing after these indicators' values changed, spliced in; see {@link PlanStatusService#statusAfter}. */
    public Optional<PlanStatus> statusAfter(PlanStatus before, StandingSplice splice, Set<Long> changed) {
        return new PlanStatusService(workspace).statusAfter(before, splice, changed);
    }

    /** The league of lead units from a standing already computed. */
    public List<LeagueRow> league(PlanStatus status) {
        return new UnitLeague(workspace).table(status);
    }

    /**
     * Last year's figures of the indicator: those of the indicator of the same name in a plan of the
     * same region for the year before (金昌市2022年 for 金昌市2023年). Empty when there is none.
     */
    public List<Observation> lastYear(Plan plan, Indicator indicator) {
        if (plan.region().isBlank()) {
            return List.of();
        }
        String name = indicator.name().strip();
        for (Plan earlier : plans()) {
            if (earlier.year() != plan.year() - 1 || !earlier.region().strip().equals(plan.region().strip())) {
                continue;
            }
            Optional<Indicator> same = indicators(earlier.id()).stream()
                    .filter(i -> i.name().strip().equals(name)).findFirst();
            if (same.isPresent()) {
                return observationsOf(same.get().id());
            }
        }
        return List.of();
    }

    /** The newest {@code limit} lines of one indicator's change history (留痕), newest first. */
    public List<HistoryLine> history(long planId, long indicatorId, int limit) {
        return new HistoryService(workspace).latest(planId, indicatorId, limit);
    }
}
