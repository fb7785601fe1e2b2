package com.targetmonitor.ui.extract;

import com.targetmonitor.ui.MessageKey;

/** UI texts of reading targets out of documents; see {@link com.targetmonitor.ui.MessageKey}. */
public enum ExtractMsg implements MessageKey {
    EXTRACT_MENU_FILES("extract.menu.files", 0),
    EXTRACT_MENU_PASTE("extract.menu.paste", 0),
    EXTRACT_FILE_TYPE("extract.fileType", 0),
    EXTRACT_CHOOSE("extract.choose", 0),
    EXTRACT_READING("extract.reading", 0),
    EXTRACT_APPLYING("extract.applying", 0),
    EXTRACT_FAILED_TITLE("extract.failedTitle", 0),
    /** {0}: the reason, naming the file. */
    EXTRACT_FAILED("extract.failed", 1),
    EXTRACT_PASTE_TITLE("extract.paste.title", 0),
    EXTRACT_PASTE_PROMPT("extract.paste.prompt", 0),
    EXTRACT_PASTE_READ("extract.paste.read", 0),
    EXTRACT_PASTED_NAME("extract.pastedName", 0),
    /** {0}: document names. */
    EXTRACT_REVIEW_TITLE("extract.review.title", 1),
    /** {0}: the plan's name. */
    EXTRACT_INTO_PLAN("extract.intoPlan", 1),
    EXTRACT_INTO_NEW_PLAN("extract.intoNewPlan", 0),
    EXTRACT_NEW_PLAN_NAME("extract.newPlanName", 0),
    EXTRACT_YEAR("extract.year", 0),
    EXTRACT_TAB_TARGETS("extract.tab.targets", 0),
    EXTRACT_TAB_PROGRESS("extract.tab.progress", 0),
    EXTRACT_TAB_STATEMENTS("extract.tab.statements", 0),
    EXTRACT_COL_ACCEPT("extract.col.accept", 0),
    EXTRACT_COL_ACTION("extract.col.action", 0),
    EXTRACT_COL_NAME("extract.col.name", 0),
    EXTRACT_COL_KIND("extract.col.kind", 0),
    EXTRACT_COL_TARGET("extract.col.target", 0),
    EXTRACT_COL_UNIT("extract.col.unit", 0),
    EXTRACT_COL_QUALIFIER("extract.col.qualifier", 0),
    EXTRACT_COL_STRETCH("extract.col.stretch", 0),
    EXTRACT_COL_DEADLINE("extract.col.deadline", 0),
    EXTRACT_COL_NOW("extract.col.now", 0),
    EXTRACT_COL_PERIOD("extract.col.period", 0),
    EXTRACT_COL_VALUE("extract.col.value", 0),
    EXTRACT_COL_INDICATOR("extract.col.indicator", 0),
    EXTRACT_COL_PHRASE("extract.col.phrase", 0),
    EXTRACT_SENTENCE("extract.sentence", 0),
    EXTRACT_ACCEPT_ALL("extract.acceptAll", 0),
    EXTRACT_REJECT_ALL("extract.rejectAll", 0),
    /** {0}: rows accepted. */
    EXTRACT_APPLY("extract.apply", 1),
    EXTRACT_CANCEL("extract.cancel", 0),
    /** {0}: targets; {1}: progress figures; {2}: statements without a figure. */
    EXTRACT_SUMMARY("extract.summary", 3),
    EXTRACT_ACTION_CREATE("extract.action.create", 0),
    EXTRACT_ACTION_UPDATE("extract.action.update", 0),
    EXTRACT_ACTION_UNCHANGED("extract.action.unchanged", 0),
    EXTRACT_ACTION_WRITE("extract.action.write", 0),
    EXTRACT_ACTION_NO_INDICATOR("extract.action.noIndicator", 0),
    EXTRACT_ACTION_NO_VALUE("extract.action.noValue", 0),
    /** {0}: row name; {1}: the text; {2}: which column. */
    EXTRACT_BAD_NUMBER("extract.badNumber", 3),
    EXTRACT_NO_PLAN_NAME("extract.noPlanName", 0),
    /** {0}: name given to the new plan; it exists. */
    EXTRACT_PLAN_EXISTS("extract.planExists", 1),
    EXTRACT_DONE_TITLE("extract.doneTitle", 0),
    /** {0}: plan; {1}: created; {2}: updated; {3}: values written. */
    EXTRACT_DONE("extract.done", 4),
    EXTRACT_NOTHING("extract.nothing", 0),
    ;

    private final Spec spec;

    ExtractMsg(String key, int argumentCount) {
        this.spec = new Spec(key, argumentCount);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
