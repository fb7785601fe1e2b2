package com.targetmonitor.logic.history;

import java.time.Instant;

/**
 * One line of an indicator's or a plan's history (留痕), ready to show.
 *
 * @param origin   TYPED, IMPORT, UNDO, REDO, UNDO_IMPORT or RESTORE
 * @param batchId  the import for IMPORT and UNDO_IMPORT
 * @param subject  OBSERVATION, INDICATOR, PLAN, IMPORT or RESTORE
 * @param what     the indicator (code and name), the plan, or the imported file
 * @param period   the observation's period (2024-06), else empty
 * @param field    what changed: value, yoy_growth, progress, problems, next_steps, target_value …, or * for a whole row
 * @param oldValue as stored, null when there was none
 * @param newValue as stored, null when it was removed
 */
public record HistoryLine(Instant at, String account, String origin, Long batchId, String subject, Long indicatorId,
                          String what, String period, String field, String oldValue, String newValue) {

    /** The origin in words for the command line and the log: typed, import #3, undo of import #3, restore. */
    public String originText() {
        return switch (origin) {
            case "IMPORT" -> "import #" + batchId;
            case "UNDO_IMPORT" -> "undo of import #" + batchId;
            default -> origin.toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** old → new, with "—" for nothing. */
    public String change() {
        return text(oldValue) + " → " + text(newValue);
    }

    private static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "—";
        }
        // REAL columns come back as 120.0; an officer wrote 120.
        return value.matches("-?\\d+\\.0") ? value.substring(0, value.length() - 2) : value;
    }
}
