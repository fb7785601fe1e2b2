package com.targetmonitor.ui.dashboard;

import com.targetmonitor.ui.MessageKey;

/** UI texts of the dashboard feature; see {@link com.targetmonitor.ui.MessageKey}. */
public enum DashboardMsg implements MessageKey {
    DASHBOARD_TAB("dashboard.tab", 0),
    /** {0}: plan name; {1}: period, e.g. 1-6月; {2}: time progress in % without the sign. */
    DASHBOARD_HEADING("dashboard.heading", 3),
    DASHBOARD_EMPTY("dashboard.empty", 0),
    /** {0}: plan or indicator name. */
    DASHBOARD_LOADING("dashboard.loading", 1),
    DASHBOARD_LOAD_FAILED("dashboard.loadFailed", 0),
    DASHBOARD_PACE_TITLE("dashboard.pace.title", 0),
    DASHBOARD_DEVIATION_TITLE("dashboard.deviation.title", 0),
    DASHBOARD_LEAGUE_TITLE("dashboard.league.title", 0),
    DASHBOARD_BULLETS_TITLE("dashboard.bullets.title", 0),
    /** {0}: how many more rows a click shows; {1}: rows in all. */
    DASHBOARD_MORE("dashboard.more", 2),
    DASHBOARD_TREND_NONE("dashboard.trend.none", 0),
    /** {0}: indicator name. */
    DASHBOARD_TREND_TITLE("dashboard.trend.title", 1),
    DASHBOARD_TREND_HINT("dashboard.trend.hint", 0),
    /** {0}: indicator name. */
    DASHBOARD_TREND_NO_DATA("dashboard.trend.noData", 1),
    DASHBOARD_EXPORT_PNG("dashboard.exportPng", 0),
    DASHBOARD_EXPORT_PNG_TITLE("dashboard.exportPng.title", 0),
    DASHBOARD_PNG_FILE_TYPE("dashboard.pngFileType", 0),
    /** {0}: file. */
    DASHBOARD_EXPORTED("dashboard.exported", 1),
    DASHBOARD_EXPORT_FAILED("dashboard.exportFailed", 0),
    /** {0}: file; {1}: what went wrong. */
    DASHBOARD_EXPORT_FAILED_DETAIL("dashboard.exportFailed.detail", 2),
    ;

    private final Spec spec;

    DashboardMsg(String key, int argumentCount) {
        this.spec = new Spec(key, argumentCount);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
