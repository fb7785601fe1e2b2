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
    STARTUP_ERROR_DETAIL("startup.error.detail", 2);

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
