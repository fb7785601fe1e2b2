package com.targetmonitor.logic.excel.stats;

import com.targetmonitor.logic.excel.text.PeriodHint;
import java.util.List;

/**
 * A data row of a statistics sheet: the name as written, its unit and its value cells.
 *
 * @param nameColumn  the 0-based column of the name's cell
 * @param unit        the unit column's text, or empty
 * @param cells       the row's value cells (at most one per role), as texts beside the table's value columns
 * @param period      long layout: the row's own period; otherwise the sheet's
 * @param periodText  long layout: the period cell's text, for messages
 * @param key         our templates' hidden key ("TM:plan:indicator"), or empty
 */
public record StatRow(String sheet, int rowIndex, String name, int nameColumn, String unit, ValueCells cells,
                      PeriodHint period, String periodText, String key) {

    /** The row's value cells, by role (at most one per role). */
    public List<StatValue> values() {
        return cells.values(sheet, rowIndex);
    }

    /** The name's cell, e.g. Sheet1!A7. */
    public String nameAddress() {
        return com.targetmonitor.logic.excel.text.CellRef.address(sheet, rowIndex, nameColumn);
    }

    public StatValue value(ColumnRole role) {
        return cells.value(role, sheet, rowIndex);
    }

    /** The row's value cells hold at least one number. */
    public boolean hasAnyNumber() {
        return cells.anyNumber();
    }

    /** The row's value cells hold something: a number or text that is not a number. */
    public boolean hasAnyContent() {
        return cells.anyContent();
    }
}
