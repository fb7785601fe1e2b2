package com.targetmonitor.ui.state;

import com.targetmonitor.logic.change.Change;
import com.targetmonitor.logic.status.PlanStatus;

/**
 * The window's standing after a change, with what caused it, so each view does only what the
 * cause needs: a typed value updates one cell of the grid and the rows of the table, a new
 * indicator rebuilds the rows, another month rebuilds what depends on the month.
 *
 * @param standing          the plan's standing at the month, null when no plan is shown
 * @param change            the data change(s) since the last update, merged; null when only the
 *                          selection (plan or month) changed
 * @param selectionChanged  the plan or the month changed since the last update
 */
public record StandingUpdate(PlanStatus standing, Change change, boolean selectionChanged) {

    /** Only values changed in the plan and month shown: rows and their order are as they were. */
    public boolean valuesOnly() {
        return !selectionChanged && change instanceof Change.Values;
    }

    /** Rows must be built anew: another plan, new or removed indicators, another workspace. */
    public boolean rowsChanged() {
        return change != null && change.structural() || selectionChanged;
    }
}
