package com.targetmonitor.logic.status;

import com.targetmonitor.model.Standing;

/**
 * One row of a plan's status table: the standing with the names a reader needs next to it.
 *
 * @param depth 0 for a plan-level indicator, 1 for a decomposed part, and so on
 */
public record StandingRow(Standing standing, String categoryName, String leadUnitName, String supportUnitNames,
                          int depth) {
}
