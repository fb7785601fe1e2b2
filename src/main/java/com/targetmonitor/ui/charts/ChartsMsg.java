package com.targetmonitor.ui.charts;

import com.targetmonitor.ui.MessageKey;

/** UI texts of the charts feature; see {@link com.targetmonitor.ui.MessageKey}. */
public enum ChartsMsg implements MessageKey {
    CHARTS_LEAGUE_AXIS("charts.league.axis", 0),
    /** {0}: share in % without the sign; {1}: indicators on track; {2}: indicators judged. */
    CHARTS_LEAGUE_VALUE("charts.league.value", 3),
    /** {0}: places moved up. */
    CHARTS_LEAGUE_UP("charts.league.up", 1),
    /** {0}: places moved down. */
    CHARTS_LEAGUE_DOWN("charts.league.down", 1),
    CHARTS_LEAGUE_SAME("charts.league.same", 0),
    CHARTS_LEAGUE_NEW("charts.league.new", 0),
    CHARTS_LEAGUE_NO_COMPARISON("charts.league.noComparison", 0),
    CHARTS_LEAGUE_EMPTY("charts.league.empty", 0),
    CHARTS_EMPTY("charts.empty", 0),
    /** {0}: time progress in % without the sign, e.g. 50. */
    CHARTS_TIME_PROGRESS("charts.timeProgress", 1),
    CHARTS_PACE_AXIS("charts.pace.axis", 0),
    CHARTS_PACE_CAPTION("charts.pace.caption", 0),
    CHARTS_TARGET_LINE("charts.targetLine", 0),
    CHARTS_DEVIATION_AXIS("charts.deviation.axis", 0),
    CHARTS_DEVIATION_CAPTION("charts.deviation.caption", 0),
    /** {0}: actual; {1}: target; {2}: status in words. */
    CHARTS_BULLET_VALUE("charts.bullet.value", 3),
    /** {0}: actual; {1}: target; {2}: stretch target (力争); {3}: status in words. */
    CHARTS_BULLET_VALUE_STRETCH("charts.bullet.valueStretch", 4),
    /** {0}: month number 1..12. */
    CHARTS_MONTH("charts.month", 1),
    /** {0}: indicator name; {1}: unit of measure. */
    CHARTS_NAME_WITH_UNIT("charts.nameWithUnit", 2),
    CHARTS_TREND_ACTUAL("charts.trend.actual", 0),
    CHARTS_TREND_PLANNED("charts.trend.planned", 0),
    CHARTS_TREND_TARGET("charts.trend.target", 0),
    CHARTS_TREND_LAST_YEAR("charts.trend.lastYear", 0),
    ;

    private final Spec spec;

    ChartsMsg(String key, int argumentCount) {
        this.spec = new Spec(key, argumentCount);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
