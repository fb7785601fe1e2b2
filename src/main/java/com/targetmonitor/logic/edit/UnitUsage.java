package com.targetmonitor.logic.edit;

import com.targetmonitor.persistence.Workspace;
import java.util.Objects;

/**
 * What still refers to a unit: indicators naming it as lead or supporting unit, and units below it.
 * A unit in use cannot be deleted.
 */
public record UnitUsage(int indicators, int childUnits) {

    static UnitUsage of(Workspace workspace, long unitId) {
        int children = (int) workspace.units().findAll().stream()
                .filter(u -> Objects.equals(u.parentId(), unitId)).count();
        return new UnitUsage(workspace.units().indicatorCount(unitId), children);
    }

    public boolean inUse() {
        return indicators > 0 || childUnits > 0;
    }
}
