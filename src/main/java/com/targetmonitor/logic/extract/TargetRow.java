package com.targetmonitor.logic.extract;

import com.targetmonitor.model.Target;

/**
 * A proposed target against the plan.
 *
 * @param existingId     the plan's indicator it updates, or null when it creates one
 * @param existingTarget that indicator's target now, or null
 * @param leadUnitId     the workspace's unit the sentence names as lead, or null when none or not registered
 */
public record TargetRow(ProposedTarget proposal, ProposalAction action, Long existingId, String existingName,
                        Target existingTarget, Long leadUnitId) {
}
