package com.targetmonitor.model;

/** A unit's part in an indicator: lead (牵头) or supporting (配合), in the order the plan lists them. */
public record Responsibility(long unitId, ResponsibilityRole role) {
}
