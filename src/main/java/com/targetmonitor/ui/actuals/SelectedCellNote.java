package com.targetmonitor.ui.actuals;

import java.util.Collection;
import java.util.Objects;

/**
 * The grid cell the officer is on and the note shown for its period: a note typed for one cell is
 * saved before another is shown, so moving on never loses it; a note stored meanwhile (undo, an
 * import, another officer) is shown without losing what is being typed.
 */
final class SelectedCellNote {

    private final ActualsRows rows;
    private final ProgressNoteViewModel note;
    private final ActualsChangeRunner runner;
    private CellPosition selected;

    SelectedCellNote(ActualsRows rows, ProgressNoteViewModel note, ActualsChangeRunner runner) {
        this.rows = rows;
        this.note = note;
        this.runner = runner;
    }

    /** Moves to a cell (null or a column outside the periods: none), saving the note typed for the previous one. */
    void select(CellPosition position) {
        if (Objects.equals(position, selected)) {
            return;
        }
        saveIfDirty();
        selected = position;
        ActualsCell cell = selected == null ? null : rows.cell(selected.row(), selected.column());
        if (cell == null || !cell.isEditable()) {
            note.showNothing();
            return;
        }
        ActualsRow row = rows.get(selected.row());
        note.show(row, cell, runner.edits().note(row.indicator().id(), cell.period()));
    }

    void saveIfDirty() {
        if (note.isDirty()) {
            runner.saveNote();
        }
    }

    /** No cell selected and no note shown: the rows were rebuilt, emptied or are of another plan. */
    void forget() {
        selected = null;
        note.showNothing();
    }

    /**
     * Shows the stored note again when its indicator is among those changed.
     *
     * @param indicatorIds the indicators whose values or notes changed; null for any
     */
    void storedChanged(Collection<Long> indicatorIds) {
        if (note.cell() == null) {
            return;
        }
        long id = note.row().indicator().id();
        if (indicatorIds == null || indicatorIds.contains(id)) {
            note.storedChanged(runner.edits().note(id, note.cell().period()));
        }
    }
}
