package com.targetmonitor.ui.actuals;

import com.targetmonitor.logic.edit.CompositeEdit;
import com.targetmonitor.logic.edit.Edit;
import com.targetmonitor.logic.edit.ObservationEdit;
import com.targetmonitor.logic.entry.ActualsEdits;
import com.targetmonitor.logic.entry.ClipboardGrid;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.number.NumberReader;
import com.targetmonitor.model.number.NumberReading;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.MessageKey;
import com.targetmonitor.ui.PeriodTexts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Turns what an officer typed, pasted or deleted into the edit to run, or into the cells refused and
 * why ("城镇新增就业 1-7月：“abc”不是数字"). Nothing is stored here: the view model runs the edit.
 */
final class CellChanges {

    /**
     * @param edit    what to run; null when nothing changes or when refused
     * @param message what was done, or why nothing was
     * @param refused the cells whose text was refused (empty when the whole request was, e.g. too big)
     */
    record Outcome(boolean accepted, Edit edit, String message, List<ActualsCell> refused) {

        static Outcome done(Edit edit, String message) {
            return new Outcome(true, edit, message, List.of());
        }

        static Outcome refused(String message, List<ActualsCell> cells) {
            return new Outcome(false, null, message, List.copyOf(cells));
        }
    }

    private final ActualsRows rows;
    private final ActualsEdits edits;

    CellChanges(ActualsRows rows, ActualsEdits edits) {
        this.rows = rows;
        this.edits = edits;
    }

    /** A value typed into one cell. */
    Outcome typed(int row, int column, String text) {
        ActualsCell cell = rows.cell(row, column);
        if (cell == null) {
            return Outcome.refused("", List.of());
        }
        ActualsRow target = rows.get(row);
        String problem = problem(target, cell, text);
        if (problem != null) {
            return Outcome.refused(problem, List.of(cell));
        }
        Double value = parse(target, text).value();
        String place = place(target, cell);
        Optional<ObservationEdit> edit = edits.setValue(I18n.get(ActualsMsg.GRID_EDIT_VALUE, place),
                target.indicator().id(), cell.period(), cell.value(), value);
        if (edit.isEmpty()) {
            return Outcome.done(null, "");
        }
        return Outcome.done(edit.get(), value == null ? I18n.get(ActualsMsg.GRID_CLEARED, 1)
                : I18n.get(ActualsMsg.GRID_SAVED, place, ActualsTexts.value(target.indicator().kind(), value)));
    }

    /** A block copied from Excel, filled down and right from a cell: all of it, or none. */
    Outcome pasted(int row, int column, String text) {
        List<List<String>> block = ClipboardGrid.parse(text);
        if (block.isEmpty() || rows.cell(row, column) == null) {
            return Outcome.done(null, "");
        }
        int width = ClipboardGrid.width(block);
        if (row + block.size() > rows.size() || column + width > ActualsGridViewModel.COLUMN_COUNT) {
            return Outcome.refused(I18n.get(ActualsMsg.GRID_ERROR_PASTE_TOO_BIG, block.size(), width, rows.size() - row,
                    ActualsGridViewModel.COLUMN_COUNT - column), List.of());
        }
        List<String> problems = new ArrayList<>();
        List<ActualsCell> refused = new ArrayList<>();
        List<ObservationEdit> parts = new ArrayList<>();
        for (int r = 0; r < block.size(); r++) {
            ActualsRow target = rows.get(row + r);
            for (int c = 0; c < block.get(r).size(); c++) {
                String value = block.get(r).get(c);
                ActualsCell cell = target.cell(column + c);
                if (!cell.isEditable() && NumberReader.read(value).isEmpty()) {
                    continue;  // a blank landing on a month of a quarterly indicator means nothing
                }
                String problem = problem(target, cell, value);
                if (problem != null) {
                    problems.add(problem);
                    refused.add(cell);
                    continue;
                }
                edits.setValue("", target.indicator().id(), cell.period(), cell.value(), parse(target, value).value())
                        .ifPresent(parts::add);
            }
        }
        if (!problems.isEmpty()) {
            return Outcome.refused(problems.size() == 1 ? problems.get(0)
                    : I18n.get(ActualsMsg.GRID_ERROR_MORE, problems.get(0), problems.size() - 1), refused);
        }
        return together(parts, ActualsMsg.GRID_EDIT_PASTE, ActualsMsg.GRID_PASTED);
    }

    /** The cells cleared with Delete; cells that take no value or hold none are skipped. */
    Outcome cleared(Collection<CellPosition> cells) {
        List<ObservationEdit> parts = new ArrayList<>();
        for (CellPosition p : cells) {
            ActualsCell cell = rows.cell(p.row(), p.column());
            if (cell != null && cell.isEditable() && cell.value() != null) {
                edits.setValue("", rows.get(p.row()).indicator().id(), cell.period(), cell.value(), null)
                        .ifPresent(parts::add);
            }
        }
        return together(parts, ActualsMsg.GRID_EDIT_CLEAR, ActualsMsg.GRID_CLEARED);
    }

    /** "城镇新增就业 1-7月": the indicator and the period of a cell, as messages name them. */
    static String place(ActualsRow row, ActualsCell cell) {
        return I18n.get(ActualsMsg.GRID_PLACE, row.getName(), PeriodTexts.label(cell.period()));
    }

    /** Several cells as one undo step, even a single one: a paste is undone as the officer did it. */
    private static Outcome together(List<ObservationEdit> parts, MessageKey description, MessageKey done) {
        if (parts.isEmpty()) {
            return Outcome.done(null, "");
        }
        return Outcome.done(new CompositeEdit(I18n.get(description, parts.size()), parts),
                I18n.get(done, parts.size()));
    }

    private static NumberReading parse(ActualsRow row, String text) {
        Indicator indicator = row.indicator();
        return NumberReader.forIndicator(text, indicator.kind(), indicator.unitOfMeasure());
    }

    /** Why the text cannot go into the cell, or null when it can. */
    private static String problem(ActualsRow row, ActualsCell cell, String text) {
        if (!cell.isEditable()) {
            return I18n.get(ActualsMsg.GRID_ERROR_READ_ONLY, row.getName(), ActualsTexts.columnHeader(cell.endMonth()));
        }
        NumberReading parsed = parse(row, text);
        if (parsed.isValid()) {
            return null;
        }
        String place = place(row, cell);
        String typed = text == null ? "" : text.strip();
        return switch (parsed.problem()) {
            case NEGATIVE -> I18n.get(ActualsMsg.GRID_ERROR_NEGATIVE, place);
            case NOT_A_MILESTONE_STATE -> I18n.get(ActualsMsg.GRID_ERROR_MILESTONE, place, typed);
            case APPROXIMATE -> I18n.get(ActualsMsg.GRID_ERROR_APPROXIMATE, place, typed);
            case OTHER_UNIT -> I18n.get(ActualsMsg.GRID_ERROR_OTHER_UNIT, place, typed,
                    row.indicator().unitOfMeasure());
            case PERCENT_NOT_ALLOWED -> I18n.get(ActualsMsg.GRID_ERROR_PERCENT, place, typed);
            // A formula error, an overlong text, a number beyond range: "is not a number" says it.
            case NOT_A_NUMBER, FORMULA_ERROR, TOO_LONG, OUT_OF_RANGE -> I18n.get(ActualsMsg.GRID_ERROR_NOT_A_NUMBER,
                    place, typed);
        };
    }
}
