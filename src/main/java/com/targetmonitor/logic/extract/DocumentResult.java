package com.targetmonitor.logic.extract;

import com.targetmonitor.model.Plan;
import com.targetmonitor.model.ImportBatch;

/** What an applied document import wrote, under one import batch that undo takes back as a whole. */
public record DocumentResult(Plan plan, ImportBatch batch, int created, int updated, int observations) {
}
