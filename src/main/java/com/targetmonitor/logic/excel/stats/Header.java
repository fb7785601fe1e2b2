package com.targetmonitor.logic.excel.stats;

import com.targetmonitor.logic.excel.text.PeriodHint;
import java.util.Arrays;

/**
 * A sheet's header as found: where it ends, each column's label (both levels joined with '|') and
 * role, and the period its labels name ("1-6月" over the cumulative column).
 *
 * @param firstRow 0-based row of the header's first line
 * @param lastRow  0-based row of its last line (the same for a one-line header)
 */
public record Header(int firstRow, int lastRow, String[] labels, ColumnRole[] roles, PeriodHint period) {

    /** The first column with the role, or -1. */
    public int column(ColumnRole role) {
        for (int i = 0; i < roles.length; i++) {
            if (roles[i] == role) {
                return i;
            }
        }
        return -1;
    }

    public boolean has(ColumnRole role) {
        return column(role) >= 0;
    }

    public boolean hasValueColumn() {
        return Arrays.stream(roles).anyMatch(ColumnRole::isValue);
    }

    /** One row per indicator and period (a 期间 column) rather than one row per indicator. */
    public boolean isLong() {
        return has(ColumnRole.PERIOD) && hasValueColumn();
    }

    /** A targets table: names and targets, no value columns. */
    public boolean isTargets() {
        return has(ColumnRole.NAME) && has(ColumnRole.TARGET) && !hasValueColumn();
    }

    public String label(int column) {
        return column >= 0 && column < labels.length && labels[column] != null ? labels[column] : "";
    }

    public ColumnRole role(int column) {
        return column >= 0 && column < roles.length ? roles[column] : ColumnRole.UNKNOWN;
    }

    @Override
    public String toString() {
        return "Header[rows " + (firstRow + 1) + "-" + (lastRow + 1) + " " + Arrays.toString(labels) + " "
                + Arrays.toString(roles) + " " + period + "]";
    }
}
