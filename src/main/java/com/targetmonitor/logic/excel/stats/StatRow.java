package com.targetmonitor.logic.excel.stats;

import com.targetmonitor.logic.excel.text.PeriodHint;
import java.util.List;

/**
 * A data row of a statistics sheet: the name as written, its unit and its value cells.
 *
 * @param nameColumn  the 0-based column of the name's cell
 * @param unit        the unit column's text, or empty
 * @param values      the row's value cells, by role (at most one per role)
 * @param period      long layout: the row's own period; otherwise the sheet's
 * @param periodText  long layout: the period cell's text, for messages
 * @param key         our templates' hidden key ("TM:plan:indicator"), or empty
 */
public record StatRow(String sheet, int rowIndex, String name, int nameColumn, String unit,
                      List<StatValue> values, PeriodHint period, String periodText, String key) {

    public StatRow {
        values = List.copyOf(values);
    }

    /** The name's cell, e.g. Sheet1!A7. */
    public String nameAddress() {
        return com.targetmonitor.logic.excel.text.CellRef.address(sheet, rowIndex, nameColumn);
    }

    public StatValue value(ColumnRole role) {
        for (StatValue v : values) {
            if (v.role() == role) {
                return v;
            }
        }
        return null;
    }

    /** The row's value cells hold at least one number. */
    public boolean hasAnyNumber() {
        for (StatValue v : values) {
            if (v.reading().hasValue()) {
                return true;
            }
        }
        return false;
    }

    /** The row's value cells hold something: a number or text that is not a number. */
    public boolean hasAnyContent() {
        for (StatValue v : values) {
            if (!v.reading().isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
