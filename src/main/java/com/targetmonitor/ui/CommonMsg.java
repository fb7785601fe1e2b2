package com.targetmonitor.ui;

/** UI texts shared by several features (status words, kinds, qualifiers, the window title); see {@link MessageKey}. */
public enum CommonMsg implements MessageKey {
    APP_NAME("app.name", 0),
    /** {0}: workspace file name. */
    WINDOW_TITLE("window.title", 1),
    /** {0}: workspace path; {1}: number of plans. */
    STATUS_WORKSPACE("status.workspace", 2),
    STARTUP_ERROR_HEADER("startup.error.header", 0),
    /** {0}: workspace path; {1}: the reason. */
    STARTUP_ERROR_DETAIL("startup.error.detail", 2),
    STATUS_WORD_COMPLETED("status.word.completed", 0),
    STATUS_WORD_AHEAD("status.word.ahead", 0),
    STATUS_WORD_BEHIND("status.word.behind", 0),
    STATUS_WORD_MET("status.word.met", 0),
    STATUS_WORD_MISSED("status.word.missed", 0),
    STATUS_WORD_DONE("status.word.done", 0),
    STATUS_WORD_PENDING("status.word.pending", 0),
    STATUS_WORD_OVERDUE("status.word.overdue", 0),
    STATUS_WORD_NO_DATA("status.word.noData", 0),
    STATUS_WORD_NO_TARGET("status.word.noTarget", 0),
    LIGHT_GREEN("light.green", 0),
    LIGHT_YELLOW("light.yellow", 0),
    LIGHT_RED("light.red", 0),
    LIGHT_GREY("light.grey", 0),
    KIND_AMOUNT("kind.amount", 0),
    KIND_COUNT("kind.count", 0),
    KIND_GROWTH_RATE("kind.growthRate", 0),
    KIND_LEVEL("kind.level", 0),
    KIND_MILESTONE("kind.milestone", 0),
    QUALIFIER_AT_LEAST("qualifier.atLeast", 0),
    QUALIFIER_ABOUT("qualifier.about", 0),
    QUALIFIER_AT_MOST("qualifier.atMost", 0),
    QUALIFIER_EXCEED("qualifier.exceed", 0),
    /** Dialog buttons in the application's language (JavaFX's own follow the system's). */
    BUTTON_OK("button.ok", 0),
    BUTTON_CANCEL("button.cancel", 0),
    BUTTON_YES("button.yes", 0),
    BUTTON_NO("button.no", 0),
    BUTTON_SHOW_DETAILS("button.showDetails", 0),
    BUTTON_HIDE_DETAILS("button.hideDetails", 0),
    /** {0}: a gap in percentage points, without sign ("3.5个百分点"). */
    GAP_POINTS("gap.points", 1),
    /** {0}: a gap in the indicator's own unit, without sign; {1}: the unit ("20万千瓦"). */
    GAP_IN_UNIT("gap.inUnit", 2),
    /** {0}: the amount from GAP_POINTS or GAP_IN_UNIT, for each of the gap words below. */
    GAP_TIME_AHEAD("gap.time.ahead", 1),
    GAP_TIME_BEHIND("gap.time.behind", 1),
    GAP_TIME_EVEN("gap.time.even", 0),
    GAP_CEILING_SHARE_ABOVE("gap.ceilingShare.above", 1),
    GAP_CEILING_SHARE_BELOW("gap.ceilingShare.below", 1),
    GAP_TARGET_ABOVE("gap.target.above", 1),
    GAP_TARGET_BELOW("gap.target.below", 1),
    GAP_TARGET_EVEN("gap.target.even", 0),
    GAP_CEILING_ABOVE("gap.ceiling.above", 1),
    GAP_CEILING_BELOW("gap.ceiling.below", 1),
    GAP_CEILING_EVEN("gap.ceiling.even", 0),
    GAP_DECLINE_MORE("gap.decline.more", 1),
    GAP_DECLINE_LESS("gap.decline.less", 1),
    PERIOD_JANUARY("period.january", 0),
    /** {0}: the last month, 2 … 12 (a number: the English text chooses the month's name from it). */
    PERIOD_MONTHS("period.months", 1),
    PERIOD_Q1("period.q1", 0),
    PERIOD_H1("period.h1", 0),
    PERIOD_Q1_TO_Q3("period.q1ToQ3", 0),
    PERIOD_YEAR("period.year", 0),
    ;

    private final Spec spec;

    CommonMsg(String key, int argumentCount) {
        this.spec = new Spec(key, argumentCount);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
