package com.targetmonitor.ui.units;

import com.targetmonitor.logic.league.LeagueRow;
import com.targetmonitor.model.ResponsibilityRole;
import com.targetmonitor.ui.I18n;

/** The texts of the units view: roles and the league table's cells. */
final class LeagueTexts {

    private LeagueTexts() {
    }

    static String role(ResponsibilityRole role) {
        return I18n.get(role == ResponsibilityRole.LEAD ? UnitsMsg.UNITS_ROLE_LEAD : UnitsMsg.UNITS_ROLE_SUPPORT);
    }

    static LeagueItem item(LeagueRow row) {
        return new LeagueItem(row, String.valueOf(row.rank()), row.unit().name(),
                I18n.get(UnitsMsg.UNITS_ON_TRACK_OF, row.onTrack(), row.judged()),
                I18n.get(UnitsMsg.UNITS_PERCENT, row.sharePct().toPlainString()), change(row.rankChange()),
                changeWords(row.rankChange()));
    }

    /** "↑2", "↓1", "—" for the same rank, empty when there is nothing to compare with. */
    static String change(Integer change) {
        if (change == null) {
            return "";
        }
        if (change > 0) {
            return I18n.get(UnitsMsg.UNITS_CHANGE_UP, change);
        }
        return change < 0 ? I18n.get(UnitsMsg.UNITS_CHANGE_DOWN, -change) : I18n.get(UnitsMsg.UNITS_CHANGE_SAME);
    }

    static String changeWords(Integer change) {
        if (change == null) {
            return I18n.get(UnitsMsg.UNITS_CHANGE_NONE_WORDS);
        }
        if (change > 0) {
            return I18n.get(UnitsMsg.UNITS_CHANGE_UP_WORDS, change);
        }
        return change < 0 ? I18n.get(UnitsMsg.UNITS_CHANGE_DOWN_WORDS, -change) : I18n.get(UnitsMsg.UNITS_CHANGE_SAME_WORDS);
    }
}
