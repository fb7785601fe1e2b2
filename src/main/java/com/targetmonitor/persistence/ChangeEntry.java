package com.targetmonitor.persistence;

import java.time.Instant;

/**
 * One recorded change (留痕): when, by whom, from where, what, and old → new as stored text.
 *
 * @param origin  TYPED, IMPORT, UNDO, REDO, UNDO_IMPORT or RESTORE
 * @param batchId the import batch for IMPORT and UNDO_IMPORT, else null
 * @param subject OBSERVATION, INDICATOR, PLAN, IMPORT or RESTORE
 * @param period  the period of an observation (2024-06, 2024-06Q for a quarter), else empty
 * @param field   the column that changed (value, yoy_growth, progress …), or * for a whole row
 */
public record ChangeEntry(long id, Instant at, String account, String origin, Long batchId, Long planId,
                          Long indicatorId, String subject, String period, String field, String oldValue,
                          String newValue) {
}
