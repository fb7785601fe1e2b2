package com.targetmonitor.logic.excel.targets;

import com.targetmonitor.model.Plan;
import java.util.List;

/**
 * What importing a targets table would do.
 *
 * @param plan        the plan the targets go into; its id is null when the import creates it
 * @param newCategories categories the plan lacks
 * @param newUnits    responsible units the workspace lacks (workspace names; the region's unit first when new)
 * @param units       where each unit the table names belongs (see {@link UnitPlacement})
 */
public record TargetsPreview(TargetsTable table, Plan plan, List<TargetPreviewRow> rows, List<String> newCategories,
                             List<String> newUnits, UnitPlacement units) {

    public TargetsPreview {
        rows = List.copyOf(rows);
        newCategories = List.copyOf(newCategories);
        newUnits = List.copyOf(newUnits);
    }

    public boolean createsPlan() {
        return plan.id() == null;
    }

    public long count(TargetAction action) {
        return rows.stream().filter(r -> r.action() == action).count();
    }
}
