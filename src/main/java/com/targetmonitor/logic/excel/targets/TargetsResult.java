package com.targetmonitor.logic.excel.targets;

import com.targetmonitor.model.Plan;
import com.targetmonitor.model.ImportBatch;

/** What a targets import wrote: the plan (created or not), the batch in the history, the indicators touched. */
public record TargetsResult(Plan plan, ImportBatch batch, int created, int updated, int unitsCreated) {
}
