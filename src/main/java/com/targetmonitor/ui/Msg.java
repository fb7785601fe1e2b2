package com.targetmonitor.ui;

/**
 * Every text key the user interface uses. The texts live in {@code i18n/messages.properties}
 * (Chinese, the default) and {@code i18n/messages_en.properties}; {@code I18nTest} checks that each
 * key exists in both bundles with the declared number of arguments, and that no bundle holds keys
 * missing here. UI code asks for texts only through {@link I18n#get(Msg, Object...)}.
 */
public enum Msg {
    APP_NAME("app.name", 0),
    /** {0}: workspace file name. */
    WINDOW_TITLE("window.title", 1),

    PLANS_HEADING("plans.heading", 0),
    PLAN_COLUMN_NAME("plans.column.name", 0),
    PLAN_COLUMN_REGION("plans.column.region", 0),
    PLAN_COLUMN_YEAR("plans.column.year", 0),
    PLANS_EMPTY("plans.empty", 0),

    /** {0}: workspace path; {1}: number of plans. */
    STATUS_WORKSPACE("status.workspace", 2),
    /** {0}: workspace path; {1}: the reason. */
    STATUS_LOAD_FAILED("status.loadFailed", 2),

    STARTUP_ERROR_HEADER("startup.error.header", 0),
    /** {0}: workspace path; {1}: the reason. */
    STARTUP_ERROR_DETAIL("startup.error.detail", 2),

    // Each feature adds its keys under its own marker (keeps parallel edits apart); every entry ends
    // with a comma, the list ends with the lone semicolon below.
    // --- main window ---
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
    /** {0}: stretch target with its unit. */
    TARGET_STRETCH("target.stretch", 1),
    /** {0}: deadline date. */
    TARGET_DEADLINE("target.deadline", 1),
    // --- detail pane ---
    // --- editing ---
    // --- actuals grid ---
    // --- units view ---
    // --- workspaces, settings, errors ---
    // --- excel ---
    // --- charts, print ---
    ;

    private final String key;
    private final int argumentCount;

    Msg(String key, int argumentCount) {
        this.key = key;
        this.argumentCount = argumentCount;
    }

    /** The key in the resource bundles. */
    public String key() {
        return key;
    }

    /** How many MessageFormat arguments ({0} … {n-1}) the text takes. */
    public int argumentCount() {
        return argumentCount;
    }
}
