package com.targetmonitor.ui.units;

import com.targetmonitor.ui.MessageKey;

/** UI texts of the units feature; see {@link com.targetmonitor.ui.MessageKey}. */
public enum UnitsMsg implements MessageKey {
    UNITS_TAB("main.tab.units", 0),
    UNITS_TREE_HEADING("units.tree.heading", 0),
    /** {0}: chain name; {1}: 链长. */
    UNITS_CHAIN_LEADER("units.chainLeader", 2),
    /** {0}: unit name. */
    UNITS_INDICATORS_HEADING("units.indicators.heading", 1),
    UNITS_INDICATORS_NONE_SELECTED("units.indicators.noneSelected", 0),
    UNITS_INDICATORS_EMPTY("units.indicators.empty", 0),
    UNITS_COLUMN_CODE("units.column.code", 0),
    UNITS_COLUMN_INDICATOR("units.column.indicator", 0),
    UNITS_COLUMN_ROLE("units.column.role", 0),
    UNITS_COLUMN_STATUS("units.column.status", 0),
    UNITS_ROLE_LEAD("units.role.lead", 0),
    UNITS_ROLE_SUPPORT("units.role.support", 0),
    /** {0}: the as-of month, formatted. */
    UNITS_LEAGUE_HEADING("units.league.heading", 1),
    /** {0}: the as-of month, formatted. */
    UNITS_LEAGUE_EMPTY("units.league.empty", 1),
    UNITS_LEAGUE_NOTE("units.league.note", 0),
    UNITS_COLUMN_RANK("units.column.rank", 0),
    UNITS_COLUMN_UNIT("units.column.unit", 0),
    UNITS_COLUMN_ON_TRACK("units.column.onTrack", 0),
    UNITS_COLUMN_SHARE("units.column.share", 0),
    UNITS_COLUMN_CHANGE("units.column.change", 0),
    /** {0}: on track; {1}: judged. */
    UNITS_ON_TRACK_OF("units.onTrackOf", 2),
    /** {0}: share, formatted. */
    UNITS_PERCENT("units.percent", 1),
    /** {0}: places moved up. */
    UNITS_CHANGE_UP("units.change.up", 1),
    /** {0}: places moved down. */
    UNITS_CHANGE_DOWN("units.change.down", 1),
    UNITS_CHANGE_SAME("units.change.same", 0),
    /** {0}: places moved up. */
    UNITS_CHANGE_UP_WORDS("units.change.upWords", 1),
    /** {0}: places moved down. */
    UNITS_CHANGE_DOWN_WORDS("units.change.downWords", 1),
    UNITS_CHANGE_SAME_WORDS("units.change.sameWords", 0),
    UNITS_CHANGE_NONE_WORDS("units.change.noneWords", 0),
    /** {0}: year; {1}: month. */
    UNITS_MONTH("units.month", 2),
    ;

    private final Spec spec;

    UnitsMsg(String key, int argumentCount) {
        this.spec = new Spec(key, argumentCount);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
