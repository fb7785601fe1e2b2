package com.targetmonitor.ui.excel;

import com.targetmonitor.ui.MessageKey;

/** UI texts of the excel feature; see {@link com.targetmonitor.ui.MessageKey}. */
public enum ExcelMsg implements MessageKey {
    EXCEL_MENU_IMPORT("excel.menu.import", 0),
    EXCEL_MENU_HISTORY("excel.menu.history", 0),
    EXCEL_MENU_EXPORT("excel.menu.export", 0),
    EXCEL_MENU_TEMPLATES("excel.menu.templates", 0),
    EXCEL_FILE_TYPE_SPREADSHEETS("excel.fileType.spreadsheets", 0),
    EXCEL_FILE_TYPE_XLSX("excel.fileType.xlsx", 0),
    EXCEL_IMPORT_CHOOSE("excel.import.choose", 0),
    EXCEL_IMPORT_READING_TITLE("excel.import.readingTitle", 0),
    /** {0}: sheet or file; {1}: row number. */
    EXCEL_IMPORT_READING("excel.import.reading", 2),
    EXCEL_IMPORT_MATCHING("excel.import.matching", 0),
    /** {0}: done; {1}: in all; {2}: indicator name. */
    EXCEL_IMPORT_APPLYING("excel.import.applying", 3),
    EXCEL_IMPORT_CANCEL("excel.import.cancel", 0),
    EXCEL_IMPORT_FAILED_TITLE("excel.import.failedTitle", 0),
    /** {0}: file name; {1}: the reason in words. */
    EXCEL_IMPORT_FAILED("excel.import.failed", 2),
    /** {0}: what went wrong. */
    EXCEL_IMPORT_APPLY_FAILED("excel.import.applyFailed", 1),
    EXCEL_IMPORT_DONE_TITLE("excel.import.doneTitle", 0),
    /** {0}: values written; {1}: files. */
    EXCEL_IMPORT_DONE_VALUES("excel.import.doneValues", 2),
    /** {0}: aliases remembered. */
    EXCEL_IMPORT_DONE_ALIASES("excel.import.doneAliases", 1),
    /** {0}: created; {1}: updated; {2}: units created. */
    EXCEL_IMPORT_DONE_TARGETS("excel.import.doneTargets", 3),
    EXCEL_IMPORT_NOTHING("excel.import.nothing", 0),
    EXCEL_REASON_EMPTY("excel.reason.empty", 0),
    EXCEL_REASON_NOT_A_SPREADSHEET("excel.reason.notASpreadsheet", 0),
    EXCEL_REASON_ENCRYPTED("excel.reason.encrypted", 0),
    EXCEL_REASON_DAMAGED("excel.reason.damaged", 0),
    EXCEL_REASON_TOO_LARGE("excel.reason.tooLarge", 0),
    EXCEL_REASON_UNSAFE("excel.reason.unsafe", 0),
    EXCEL_REASON_NO_HEADER("excel.reason.noHeader", 0),
    EXCEL_REASON_PERIOD_UNKNOWN("excel.reason.periodUnknown", 0),
    EXCEL_REASON_UNREADABLE("excel.reason.unreadable", 0),
    /** {0}: plan name. */
    EXCEL_PREVIEW_TITLE("excel.preview.title", 1),
    /** {0}: apply; {1}: questions; {2}: unmatched; {3}: errors; {4}: unchanged, no value or ignored. */
    EXCEL_PREVIEW_SUMMARY("excel.preview.summary", 5),
    /** {0}: rows counted but not listed; {1}: rows without an indicator listed. */
    EXCEL_PREVIEW_NOT_LISTED("excel.preview.notListed", 2),
    EXCEL_PREVIEW_HINT("excel.preview.hint", 0),
    /** {0}: file name; {1}: period label; {2}: data rows. */
    EXCEL_PREVIEW_FILE("excel.preview.file", 3),
    /** {0}: time of the earlier import. */
    EXCEL_PREVIEW_FILE_EARLIER("excel.preview.fileEarlier", 1),
    EXCEL_PREVIEW_FILTER_ALL("excel.preview.filter.all", 0),
    EXCEL_PREVIEW_FILTER_WRITE("excel.preview.filter.write", 0),
    EXCEL_PREVIEW_FILTER_CHECK("excel.preview.filter.check", 0),
    EXCEL_PREVIEW_FILTER_ERRORS("excel.preview.filter.errors", 0),
    EXCEL_PREVIEW_FILTER_REST("excel.preview.filter.rest", 0),
    /** {0}: rows. */
    EXCEL_PREVIEW_TAB_ROWS("excel.preview.tab.rows", 1),
    /** {0}: rows. */
    EXCEL_PREVIEW_TAB_SKIPPED("excel.preview.tab.skipped", 1),
    /** {0}: rows. */
    EXCEL_PREVIEW_TAB_TARGETS("excel.preview.tab.targets", 1),
    EXCEL_COL_CELL("excel.col.cell", 0),
    EXCEL_COL_RAW_NAME("excel.col.rawName", 0),
    EXCEL_COL_INDICATOR("excel.col.indicator", 0),
    EXCEL_COL_SCORE("excel.col.score", 0),
    EXCEL_COL_PERIOD("excel.col.period", 0),
    EXCEL_COL_CHANGE("excel.col.change", 0),
    EXCEL_COL_STATE("excel.col.state", 0),
    EXCEL_COL_PROBLEMS("excel.col.problems", 0),
    EXCEL_COL_FILE("excel.col.file", 0),
    EXCEL_COL_TEXT("excel.col.text", 0),
    EXCEL_COL_REASON("excel.col.reason", 0),
    EXCEL_COL_TARGET("excel.col.target", 0),
    EXCEL_COL_PARENT("excel.col.parent", 0),
    EXCEL_COL_UNITS("excel.col.units", 0),
    EXCEL_PREVIEW_ACCEPT("excel.preview.accept", 0),
    EXCEL_PREVIEW_IGNORE("excel.preview.ignore", 0),
    EXCEL_PREVIEW_PICK("excel.preview.pick", 0),
    /** {0}: values (and targets) to write. */
    EXCEL_PREVIEW_APPLY("excel.preview.apply", 1),
    EXCEL_PREVIEW_CLOSE("excel.preview.close", 0),
    /** {0}: similarity in %; {1}: how it was matched. */
    EXCEL_PREVIEW_SCORE("excel.preview.score", 2),
    /** {0}: year-on-year growth. */
    EXCEL_PREVIEW_GROWTH("excel.preview.growth", 1),
    /** {0}: old target; {1}: new target. */
    EXCEL_PREVIEW_TARGET_CHANGE("excel.preview.targetChange", 2),
    /** {0}: unit names. */
    EXCEL_PREVIEW_NEW_UNITS("excel.preview.newUnits", 1),
    /** {0}: file; {1}: region and year the file names; {2}: plan. */
    EXCEL_PLAN_SHOWN("excel.plan.shown", 3),
    /** {0}: file; {1}: region and year the file names; {2}: plan shown; {3}: the existing plan it goes to. */
    EXCEL_PLAN_EXISTING("excel.plan.existing", 4),
    /** {0}: file; {1}: region and year the file names; {2}: new plan; {3}: plan shown. */
    EXCEL_PLAN_NEW("excel.plan.new", 4),
    /** {0}: file; {1}: what the file names (may be nothing). */
    EXCEL_PLAN_UNDECIDED("excel.plan.undecided", 2),
    /** {0}: file; {1}: region and year the file names; {2}: number of plans. */
    EXCEL_PLAN_MANY("excel.plan.many", 3),
    /** {0}: file; {1}: the plan chosen. */
    EXCEL_PLAN_CHOSEN("excel.plan.chosen", 2),
    /** {0}: file; {1}: the plan chosen; {2}: region and year the file names. */
    EXCEL_PLAN_CHOSEN_OTHER("excel.plan.chosenOther", 3),
    EXCEL_PLAN_NOTHING_NAMED("excel.plan.nothingNamed", 0),
    /** {0}: what the file names (a region, or a year). */
    EXCEL_PLAN_ONLY_NAMED("excel.plan.onlyNamed", 1),
    /** {0}: plan name. */
    EXCEL_PLAN_OPTION_NEW("excel.plan.optionNew", 1),
    EXCEL_PLAN_PICK("excel.plan.pick", 0),
    EXCEL_STATE_APPLY("excel.state.apply", 0),
    EXCEL_STATE_NOT_APPLYING("excel.state.notApplying", 0),
    EXCEL_STATE_NOT_PERMITTED("excel.state.notPermitted", 0),
    EXCEL_PROBLEM_NOT_PERMITTED("excel.problem.notPermitted", 0),
    /** {0}: the region the sheet reports for. */
    EXCEL_PROBLEM_OUT_OF_SCOPE("excel.problem.outOfScope", 1),
    EXCEL_STATE_UNCHANGED("excel.state.unchanged", 0),
    EXCEL_STATE_QUESTION("excel.state.question", 0),
    EXCEL_STATE_UNMATCHED("excel.state.unmatched", 0),
    EXCEL_STATE_NO_VALUE("excel.state.noValue", 0),
    EXCEL_STATE_ERROR("excel.state.error", 0),
    EXCEL_STATE_IGNORED("excel.state.ignored", 0),
    EXCEL_MATCH_KEY("excel.match.key", 0),
    EXCEL_MATCH_ALIAS("excel.match.alias", 0),
    EXCEL_MATCH_EXACT("excel.match.exact", 0),
    EXCEL_MATCH_SIMILAR("excel.match.similar", 0),
    EXCEL_MATCH_WEAK("excel.match.weak", 0),
    EXCEL_MATCH_CONFIRMED("excel.match.confirmed", 0),
    EXCEL_MATCH_NONE("excel.match.none", 0),
    /** {0}: cell; {1}: what. */
    EXCEL_PROBLEM_AT("excel.problem.at", 2),
    /** {0}: the cell text. */
    EXCEL_PROBLEM_NOT_A_NUMBER("excel.problem.notANumber", 1),
    /** {0}: the cell text. */
    EXCEL_PROBLEM_APPROXIMATE("excel.problem.approximate", 1),
    /** {0}: unit in the file; {1}: the indicator's unit. */
    EXCEL_PROBLEM_UNIT_MISMATCH("excel.problem.unitMismatch", 2),
    /** {0}: value with unit; {1}: converted value with unit. */
    EXCEL_PROBLEM_UNIT_CONVERTED("excel.problem.unitConverted", 2),
    EXCEL_PROBLEM_MONTH_VALUE_ONLY("excel.problem.monthValueOnly", 0),
    EXCEL_PROBLEM_MONTH_GROWTH_ONLY("excel.problem.monthGrowthOnly", 0),
    /** {0}: the period cell's text. */
    EXCEL_PROBLEM_PERIOD_UNKNOWN("excel.problem.periodUnknown", 1),
    /** {0}: period; {1}: plan year. */
    EXCEL_PROBLEM_OUTSIDE_PLAN_YEAR("excel.problem.outsidePlanYear", 2),
    /** {0}: the other cell. */
    EXCEL_PROBLEM_CONFLICT("excel.problem.conflict", 1),
    /** {0}: the other cell. */
    EXCEL_PROBLEM_DUPLICATE("excel.problem.duplicate", 1),
    /** {0}: similarity in %; {1}: indicator name. */
    EXCEL_PROBLEM_WEAK_MATCH("excel.problem.weakMatch", 2),
    EXCEL_PROBLEM_NO_MATCH("excel.problem.noMatch", 0),
    EXCEL_PROBLEM_NO_VALUE("excel.problem.noValue", 0),
    /** {0}: the cell text. */
    EXCEL_PROBLEM_NOT_A_MILESTONE_STATE("excel.problem.notAMilestoneState", 1),
    /** {0}: the cell as written; {1}: why it is doubtful. */
    EXCEL_PROBLEM_IMPLAUSIBLE("excel.problem.implausible", 2),
    EXCEL_DOUBT_TOO_LARGE("excel.doubt.tooLarge", 0),
    EXCEL_DOUBT_SHARE("excel.doubt.share", 0),
    EXCEL_DOUBT_FRACTION("excel.doubt.fraction", 0),
    EXCEL_DOUBT_GROWTH("excel.doubt.growth", 0),
    EXCEL_DOUBT_NOT_FINITE("excel.doubt.notFinite", 0),
    /** {0}: indicator names. */
    EXCEL_PROBLEM_SUGGESTIONS("excel.problem.suggestions", 1),
    EXCEL_SKIPPED_HIDDEN("excel.skipped.hidden", 0),
    EXCEL_SKIPPED_FOOTNOTE("excel.skipped.footnote", 0),
    EXCEL_SKIPPED_NO_VALUES("excel.skipped.noValues", 0),
    EXCEL_SKIPPED_HEADER("excel.skipped.header", 0),
    EXCEL_TARGET_CREATE("excel.target.create", 0),
    EXCEL_TARGET_UPDATE("excel.target.update", 0),
    EXCEL_TARGET_UNCHANGED("excel.target.unchanged", 0),
    EXCEL_TARGET_ERROR("excel.target.error", 0),
    /** {0}: plan name. */
    EXCEL_HISTORY_TITLE("excel.history.title", 1),
    EXCEL_HISTORY_EMPTY("excel.history.empty", 0),
    EXCEL_HISTORY_COL_TIME("excel.history.col.time", 0),
    EXCEL_HISTORY_COL_KIND("excel.history.col.kind", 0),
    EXCEL_HISTORY_COL_ROWS("excel.history.col.rows", 0),
    EXCEL_HISTORY_COL_STATE("excel.history.col.state", 0),
    EXCEL_HISTORY_KIND_STATISTICS("excel.history.kind.statistics", 0),
    EXCEL_HISTORY_KIND_TARGETS("excel.history.kind.targets", 0),
    EXCEL_HISTORY_ACTIVE("excel.history.active", 0),
    /** {0}: time. */
    EXCEL_HISTORY_UNDONE_AT("excel.history.undoneAt", 1),
    EXCEL_HISTORY_UNDO("excel.history.undo", 0),
    EXCEL_HISTORY_CLOSE("excel.history.close", 0),
    EXCEL_HISTORY_WHY_UNDONE("excel.history.why.undone", 0),
    /** {0}: file name; {1}: its time. */
    EXCEL_HISTORY_WHY_LATER("excel.history.why.later", 2),
    EXCEL_HISTORY_WHY_LATER_TARGETS("excel.history.why.laterTargets", 0),
    EXCEL_HISTORY_CONFIRM_TITLE("excel.history.confirmTitle", 0),
    /** {0}: file name; {1}: rows. */
    EXCEL_HISTORY_CONFIRM("excel.history.confirm", 2),
    /** {0}: file name; {1}: plan name. */
    EXCEL_HISTORY_CONFIRM_PLAN("excel.history.confirmPlan", 2),
    EXCEL_HISTORY_UNDONE_TITLE("excel.history.undoneTitle", 0),
    /** {0}: entries restored. */
    EXCEL_HISTORY_RESTORED("excel.history.restored", 1),
    /** {0}: count; {1}: cells. */
    EXCEL_HISTORY_KEPT("excel.history.kept", 2),
    EXCEL_HISTORY_UNDO_FAILED("excel.history.undoFailed", 0),
    EXCEL_EXPORT_TITLE("excel.export.title", 0),
    /** {0}: plan name; {1}: as-of month (1-6月). */
    EXCEL_EXPORT_FILE_NAME("excel.export.fileName", 2),
    /** {0}: file name. */
    EXCEL_EXPORT_WRITING("excel.export.writing", 1),
    EXCEL_EXPORT_DONE_TITLE("excel.export.doneTitle", 0),
    /** {0}: file; {1}: indicators; {2}: as-of month. */
    EXCEL_EXPORT_DONE("excel.export.done", 3),
    EXCEL_EXPORT_FAILED_TITLE("excel.export.failedTitle", 0),
    /** {0}: file; {1}: what went wrong. */
    EXCEL_EXPORT_FAILED("excel.export.failed", 2),
    EXCEL_TEMPLATES_CHOOSE("excel.templates.choose", 0),
    EXCEL_TEMPLATES_WRITING("excel.templates.writing", 0),
    EXCEL_TEMPLATES_DONE_TITLE("excel.templates.doneTitle", 0),
    /** {0}: files; {1}: folder; {2}: period to fill in. */
    EXCEL_TEMPLATES_DONE("excel.templates.done", 3),
    /** {0}: indicator names. */
    EXCEL_TEMPLATES_UNASSIGNED("excel.templates.unassigned", 1),
    EXCEL_TEMPLATES_FAILED_TITLE("excel.templates.failedTitle", 0),
    ;

    private final Spec spec;

    ExcelMsg(String key, int argumentCount) {
        this.spec = new Spec(key, argumentCount);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
