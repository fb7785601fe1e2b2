package com.targetmonitor.model;

import java.time.Instant;

/**
 * One import as recorded in the history: which file (name and SHA-256), when, how many values it
 * wrote, and whether it has been undone.
 *
 * @param kind        STATISTICS (actuals) or TARGETS (a targets table)
 * @param periodLabel the period the figures are for (2024年1-6月), empty for targets
 * @param undoneAt    when it was undone, or null
 * @param createdPlan a targets import that created its plan
 */
public record ImportBatch(long id, Long planId, String kind, String fileName, String sha256, Instant importedAt,
                          int rowCount, String periodLabel, Instant undoneAt, boolean createdPlan) {

    public static final String STATISTICS = "STATISTICS";
    public static final String TARGETS = "TARGETS";

    public boolean isUndone() {
        return undoneAt != null;
    }
}
