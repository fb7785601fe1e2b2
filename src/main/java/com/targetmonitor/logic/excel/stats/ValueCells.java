package com.targetmonitor.logic.excel.stats;

import com.targetmonitor.model.number.NumberReader;
import java.util.List;

/**
 * A statistics row's value cells as their texts only, beside its table's value columns and their roles
 * (the same arrays for every row of a table, never changed). A cell is made when asked for and read as
 * a number then ({@link StatValue#unread}): a 100,000-row table's rows are all held until they are
 * matched, and a list of cell objects per row was two fifths of them.
 *
 * @param roles   the value columns' roles, at most one column per role
 * @param columns the value columns, 0-based
 * @param texts   the row's text in each of them
 */
record ValueCells(ColumnRole[] roles, int[] columns, String[] texts) {

    List<StatValue> values(String sheet, int row) {
        StatValue[] values = new StatValue[texts.length];
        for (int i = 0; i < texts.length; i++) {
            values[i] = StatValue.unread(roles[i], sheet, row, columns[i], texts[i]);
        }
        return List.of(values);
    }

    StatValue value(ColumnRole role, String sheet, int row) {
        for (int i = 0; i < roles.length; i++) {
            if (roles[i] == role) {
                return StatValue.unread(role, sheet, row, columns[i], texts[i]);
            }
        }
        return null;
    }

    boolean anyNumber() {
        for (String text : texts) {
            if (NumberReader.read(text).hasValue()) {
                return true;
            }
        }
        return false;
    }

    boolean anyContent() {
        for (String text : texts) {
            if (!NumberReader.read(text).isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
