package com.targetmonitor.ui.actuals;

/**
 * A cell of the actuals grid.
 *
 * @param row    index into {@link ActualsGridViewModel#rows()}
 * @param column index of the period column: 0 is 1-2月, 1 is 3月 … 10 is 12月
 */
public record CellPosition(int row, int column) {
}
