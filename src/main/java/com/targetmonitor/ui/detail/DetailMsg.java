package com.targetmonitor.ui.detail;

import com.targetmonitor.ui.MessageKey;

/** UI texts of the detail feature; see {@link com.targetmonitor.ui.MessageKey}. */
public enum DetailMsg implements MessageKey {
    /** {0}: stretch target with its unit. */
    TARGET_STRETCH("target.stretch", 1),
    /** {0}: deadline date. */
    TARGET_DEADLINE("target.deadline", 1),
    DETAIL_EMPTY("detail.empty", 0),
    DETAIL_SECTION_DEFINITION("detail.section.definition", 0),
    /** {0}: the as-of month, already formatted. */
    DETAIL_SECTION_STANDING("detail.section.standing", 1),
    /** {0}: the plan's year. */
    DETAIL_SECTION_SERIES("detail.section.series", 1),
    DETAIL_SECTION_CHILDREN("detail.section.children", 0),
    DETAIL_SECTION_SOURCE("detail.section.source", 0),
    DETAIL_FIELD_CODE("detail.field.code", 0),
    DETAIL_FIELD_NAME("detail.field.name", 0),
    DETAIL_FIELD_CATEGORY("detail.field.category", 0),
    DETAIL_FIELD_PARENT("detail.field.parent", 0),
    DETAIL_FIELD_KIND("detail.field.kind", 0),
    DETAIL_FIELD_UNIT("detail.field.unit", 0),
    DETAIL_FIELD_TARGET("detail.field.target", 0),
    DETAIL_FIELD_DIRECTION("detail.field.direction", 0),
    DETAIL_FIELD_FREQUENCY("detail.field.frequency", 0),
    DETAIL_FIELD_LEAD("detail.field.lead", 0),
    DETAIL_FIELD_SUPPORT("detail.field.support", 0),
    DETAIL_FIELD_PHASING("detail.field.phasing", 0),
    DETAIL_FIELD_STATUS("detail.field.status", 0),
    DETAIL_FIELD_ACTUAL("detail.field.actual", 0),
    DETAIL_FIELD_COMPLETION("detail.field.completion", 0),
    DETAIL_FIELD_STRETCH_COMPLETION("detail.field.stretchCompletion", 0),
    DETAIL_FIELD_TIME_PROGRESS("detail.field.timeProgress", 0),
    DETAIL_FIELD_GAP("detail.field.gap", 0),
    DETAIL_FIELD_DEVIATION("detail.field.deviation", 0),
    /** {0}: a text; {1}: what it refers to, e.g. value (period), status (light). */
    DETAIL_WITH_NOTE("detail.withNote", 2),
    /** {0}: a number already formatted. */
    DETAIL_PERCENT("detail.percent", 1),
    DETAIL_NONE("detail.none", 0),
    DETAIL_DIRECTION_HIGHER("detail.direction.higher", 0),
    DETAIL_DIRECTION_LOWER("detail.direction.lower", 0),
    DETAIL_FREQUENCY_MONTHLY("detail.frequency.monthly", 0),
    DETAIL_FREQUENCY_QUARTERLY("detail.frequency.quarterly", 0),
    DETAIL_FREQUENCY_ANNUAL("detail.frequency.annual", 0),
    DETAIL_PHASING_EVEN("detail.phasing.even", 0),
    /** {0}: month 1..12; {1}: cumulative share, formatted. */
    DETAIL_PHASING_MONTH("detail.phasing.month", 2),
    DETAIL_LIST_SEPARATOR("detail.listSeparator", 0),
    /** {0}: a value with its unit. */
    DETAIL_GROWTH("detail.growth", 1),
    /** {0}: a value with its unit. */
    DETAIL_DECLINE("detail.decline", 1),
    /** {0}: value with unit; {1}: the qualifier word. */
    DETAIL_TARGET_AT_LEAST("detail.target.atLeast", 2),
    /** {0}: value with unit; {1}: the qualifier word. */
    DETAIL_TARGET_ABOUT("detail.target.about", 2),
    /** {0}: value with unit; {1}: the qualifier word. */
    DETAIL_TARGET_AT_MOST("detail.target.atMost", 2),
    /** {0}: value with unit; {1}: the qualifier word. */
    DETAIL_TARGET_EXCEED("detail.target.exceed", 2),
    /** {0}: the target; {1}: what follows it (stretch, deadline). */
    DETAIL_TARGET_JOIN("detail.target.join", 2),
    DETAIL_TARGET_NONE("detail.target.none", 0),
    /** {0}: year; {1}: month. */
    DETAIL_MONTH("detail.month", 2),
    /** {0}: year; {1}: month. */
    DETAIL_MONTH_END("detail.monthEnd", 2),
    /** {0}: year. */
    DETAIL_YEAR_END("detail.yearEnd", 1),
    /** {0}: year; {1}: month; {2}: day. */
    DETAIL_DATE("detail.date", 3),
    DETAIL_SERIES_PERIOD("detail.series.period", 0),
    DETAIL_SERIES_VALUE("detail.series.value", 0),
    DETAIL_SERIES_YOY("detail.series.yoy", 0),
    DETAIL_SERIES_PROGRESS("detail.series.progress", 0),
    DETAIL_SERIES_PROBLEMS("detail.series.problems", 0),
    DETAIL_SERIES_NEXT_STEPS("detail.series.nextSteps", 0),
    DETAIL_SERIES_ORIGIN("detail.series.origin", 0),
    /** {0}: the plan's year. */
    DETAIL_SERIES_EMPTY("detail.series.empty", 1),
    DETAIL_ORIGIN_SEED("detail.origin.seed", 0),
    DETAIL_ORIGIN_TYPED("detail.origin.typed", 0),
    /** {0}: the import batch number. */
    DETAIL_ORIGIN_IMPORT("detail.origin.import", 1),
    DETAIL_MILESTONE_DONE("detail.milestone.done", 0),
    DETAIL_MILESTONE_NOT_DONE("detail.milestone.notDone", 0),
    /** {0}: sum of the parts with unit. */
    DETAIL_DECOMPOSITION_OK("detail.decomposition.ok", 1),
    /** {0}: sum of the parts with unit; {1}: the excess with unit. */
    DETAIL_DECOMPOSITION_MORE("detail.decomposition.more", 2),
    /** {0}: sum of the parts with unit; {1}: the shortfall with unit. */
    DETAIL_DECOMPOSITION_LESS("detail.decomposition.less", 2),
    /** {0}: names of the parts without a target. */
    DETAIL_DECOMPOSITION_MISSING("detail.decomposition.missing", 1),
    DETAIL_DECOMPOSITION_NOT_ADDITIVE("detail.decomposition.notAdditive", 0),
    DETAIL_DECOMPOSITION_NO_TOTAL("detail.decomposition.noTotal", 0),
    DETAIL_SOURCE_SENTENCE("detail.source.sentence", 0),
    DETAIL_SOURCE_DOCUMENT("detail.source.document", 0),
    DETAIL_SOURCE_NOTE("detail.source.note", 0),
    DETAIL_SOURCE_NONE("detail.source.none", 0),
    /** {0}: the quoted sentence. */
    DETAIL_QUOTED("detail.quoted", 1),
    // --- history (留痕) ---
    DETAIL_SECTION_HISTORY("detail.section.history", 0),
    DETAIL_HISTORY_EMPTY("detail.history.empty", 0),
    /** {0}: time; {1}: account; {2}: origin; {3}: period and field; {4}: old → new. */
    DETAIL_HISTORY_LINE("detail.history.line", 5),
    DETAIL_HISTORY_TYPED("detail.history.typed", 0),
    /** {0}: import number. */
    DETAIL_HISTORY_IMPORT("detail.history.import", 1),
    DETAIL_HISTORY_UNDO("detail.history.undo", 0),
    DETAIL_HISTORY_REDO("detail.history.redo", 0),
    /** {0}: import number. */
    DETAIL_HISTORY_UNDO_IMPORT("detail.history.undoImport", 1),
    DETAIL_HISTORY_RESTORE("detail.history.restore", 0),
    DETAIL_HISTORY_FIELD_VALUE("detail.history.field.value", 0),
    DETAIL_HISTORY_FIELD_YOY("detail.history.field.yoy", 0),
    DETAIL_HISTORY_FIELD_PROGRESS("detail.history.field.progress", 0),
    DETAIL_HISTORY_FIELD_PROBLEMS("detail.history.field.problems", 0),
    DETAIL_HISTORY_FIELD_NEXT("detail.history.field.next", 0),
    DETAIL_HISTORY_FIELD_TARGET("detail.history.field.target", 0),
    DETAIL_HISTORY_FIELD_INDICATOR("detail.history.field.indicator", 0),
    ;

    private final Spec spec;

    DetailMsg(String key, int argumentCount) {
        this.spec = new Spec(key, argumentCount);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
