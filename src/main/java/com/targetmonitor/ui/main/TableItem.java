package com.targetmonitor.ui.main;

import com.targetmonitor.logic.status.StandingRow;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** What a row of the status tree holds: a category heading or an indicator. */
sealed interface TableItem {

    record CategoryItem(String name, int count) implements TableItem {
    }

    /**
     * An indicator's row. It lives as long as the indicator is in the plan: a new standing (another
     * month, an edited value) only sets its row, and the cells showing it follow that property, so
     * the table keeps its tree items, their order, the sort and the selection.
     */
    final class IndicatorItem implements TableItem {
        private final ReadOnlyObjectWrapper<StandingRow> row;

        IndicatorItem(StandingRow row) {
            this.row = new ReadOnlyObjectWrapper<>(this, "row", Objects.requireNonNull(row, "row"));
        }

        StandingRow row() {
            return row.get();
        }

        ReadOnlyObjectProperty<StandingRow> rowProperty() {
            return row.getReadOnlyProperty();
        }

        long indicatorId() {
            return row.get().standing().indicator().id();
        }

        /** Shows the row's new standing; a standing equal to the one shown changes nothing (answers false). */
        boolean update(StandingRow next) {
            StandingRow now = row.get();
            if (now == next || now.equals(next)) {
                return false;
            }
            row.set(next);
            return true;
        }

        @Override
        public String toString() {
            return "IndicatorItem[" + row.get() + "]";
        }
    }
}
