package com.targetmonitor.logic.edit;

import com.targetmonitor.model.Category;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.Unit;
import com.targetmonitor.model.ImportBatch;
import com.targetmonitor.persistence.ImportChange;
import com.targetmonitor.persistence.IndicatorAlias;
import com.targetmonitor.persistence.Workspace;
import java.util.List;
import java.util.Map;

/** Reads of a seeded workspace the edit tests compare before and after. */
final class SeededWorkspace {

    static final String JINCHANG_2022 = "金昌市2022年";

    private SeededWorkspace() {
    }

    static Plan plan(Workspace ws, String name) {
        return ws.plans().findByName(name).orElseThrow();
    }

    static Indicator indicator(Workspace ws, String planName, String code) {
        return ws.indicators().findByPlan(plan(ws, planName).id()).stream()
                .filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    static Unit unit(Workspace ws, String name) {
        return ws.units().findByName(name).orElseThrow();
    }

    /** Everything the repositories say about a plan, in their order. */
    record PlanContent(Plan plan, List<Category> categories, List<Indicator> indicators,
                       Map<Long, List<Observation>> observations, List<ImportBatch> imports,
                       List<List<ImportChange>> importChanges, List<IndicatorAlias> aliases) {
    }

    static PlanContent content(Workspace ws, long planId) {
        List<ImportBatch> imports = ws.imports().findByPlan(planId);
        return new PlanContent(ws.plans().find(planId).orElse(null), ws.plans().categories(planId),
                ws.indicators().findByPlan(planId), ws.observations().findByPlan(planId), imports,
                imports.stream().map(b -> ws.imports().changes(b.id())).toList(), ws.aliases().findByPlan(planId));
    }

    /** All plans' content, and the units. */
    record Everything(List<PlanContent> plans, List<Unit> units) {
    }

    static Everything everything(Workspace ws) {
        return new Everything(ws.plans().findAll().stream().map(p -> content(ws, p.id())).toList(),
                ws.units().findAll());
    }
}
