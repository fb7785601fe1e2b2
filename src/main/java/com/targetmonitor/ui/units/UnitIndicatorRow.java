package com.targetmonitor.ui.units;

import com.targetmonitor.model.Light;
import com.targetmonitor.model.ResponsibilityRole;
import com.targetmonitor.model.Status;

/** One indicator of the selected unit: what it is, the unit's part in it (牵头/配合), its standing. */
public record UnitIndicatorRow(long indicatorId, String code, String name, ResponsibilityRole role, String roleText,
                               Status status, String statusText, Light light) {
}
