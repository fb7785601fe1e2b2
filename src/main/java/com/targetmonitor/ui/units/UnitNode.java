package com.targetmonitor.ui.units;

import com.targetmonitor.model.Unit;
import java.util.List;

/**
 * A unit in the tree of responsible units (city → counties, departments, chains), as plain data: the
 * view turns it into tree items.
 *
 * @param label          the name, with the 链长 for a chain that has one
 * @param indicatorCount how many of the plan's indicators name the unit (lead or supporting)
 */
public record UnitNode(Unit unit, String label, int indicatorCount, List<UnitNode> children) {

    public UnitNode {
        children = List.copyOf(children);
    }
}
