package com.targetmonitor.ui.main;

import com.targetmonitor.logic.status.StandingRow;

/** What a row of the status tree holds: a category heading or an indicator. */
sealed interface TableItem {

    record CategoryItem(String name, int count) implements TableItem {
    }

    record IndicatorItem(StandingRow row) implements TableItem {
    }
}
