package com.targetmonitor.logic.excel.imports;

import com.targetmonitor.logic.excel.match.ValueRole;
import com.targetmonitor.logic.excel.stats.ColumnRole;
import com.targetmonitor.logic.excel.stats.StatRow;
import com.targetmonitor.logic.excel.stats.StatValue;
import com.targetmonitor.model.IndicatorKind;

/**
 * Picks the cell of a row that feeds an indicator. Cumulative figures feed amounts, levels and
 * shares; the month's own figure only stands in for them in January (when they are the same) or for
 * a level, which is a value at a point in time. Growth indicators take the cumulative growth.
 */
final class CellChooser {

    /** The chosen cell (possibly empty), or the problem that prevents a choice. */
    record Choice(StatValue cell, ImportProblem.Code problem) {
    }

    private CellChooser() {
    }

    /**
     * @param mainColumn take the row's value column whatever the role: a row whose name asks for a
     *                   growth rate ("规上工业增加值增速"), or a row of our own template or export
     */
    static Choice choose(StatRow row, ValueRole role, boolean mainColumn, IndicatorKind kind, int endMonth) {
        ImportProblem.Code monthProblem = role == ValueRole.GROWTH ? ImportProblem.Code.MONTH_GROWTH_ONLY
                : ImportProblem.Code.MONTH_VALUE_ONLY;
        if (role == ValueRole.GROWTH && !mainColumn) {
            return pick(row.value(ColumnRole.CUMULATIVE_GROWTH), row.value(ColumnRole.MONTH_GROWTH), endMonth == 1,
                    monthProblem);
        }
        boolean monthWillDo = endMonth == 1
                || role == ValueRole.VALUE && (kind == IndicatorKind.LEVEL || kind == IndicatorKind.MILESTONE);
        return pick(row.value(ColumnRole.CUMULATIVE), row.value(ColumnRole.MONTH), monthWillDo, monthProblem);
    }

    /** The growth cell that goes with an amount's value (stored as its 同比增长), or null. */
    static StatValue growthAlongside(StatRow row, int endMonth) {
        StatValue cumulative = row.value(ColumnRole.CUMULATIVE_GROWTH);
        if (cumulative != null && cumulative.reading().hasValue()) {
            return cumulative;
        }
        StatValue month = row.value(ColumnRole.MONTH_GROWTH);
        return endMonth == 1 && month != null && month.reading().hasValue() ? month : null;
    }

    private static Choice pick(StatValue cumulative, StatValue month, boolean monthWillDo, ImportProblem.Code monthProblem) {
        if (cumulative != null && !cumulative.reading().isEmpty()) {
            return new Choice(cumulative, null);
        }
        if (month != null && !month.reading().isEmpty()) {
            return monthWillDo ? new Choice(month, null) : new Choice(month, monthProblem);
        }
        return new Choice(cumulative != null ? cumulative : month, null);
    }
}
