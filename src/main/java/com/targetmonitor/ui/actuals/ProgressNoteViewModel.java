package com.targetmonitor.ui.actuals;

import com.targetmonitor.model.ProgressNote;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.PeriodTexts;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The note of the selected cell's period (进展 / 存在问题 / 下一步措施) while the officer writes it.
 * {@link ActualsGridViewModel} decides which cell it belongs to and stores it.
 */
public final class ProgressNoteViewModel {

    private final StringProperty progress = new SimpleStringProperty(this, "progress", "");
    private final StringProperty problems = new SimpleStringProperty(this, "problems", "");
    private final StringProperty nextSteps = new SimpleStringProperty(this, "nextSteps", "");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading");
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");

    private ActualsRow row;
    private ActualsCell cell;
    private ProgressNote stored = ProgressNote.EMPTY;

    ProgressNoteViewModel() {
        progress.addListener((obs, old, now) -> updateDirty());
        problems.addListener((obs, old, now) -> updateDirty());
        nextSteps.addListener((obs, old, now) -> updateDirty());
        showNothing();
    }

    /** 进展: what has been done. */
    public StringProperty progressProperty() {
        return progress;
    }

    /** 存在问题: what holds it back. */
    public StringProperty problemsProperty() {
        return problems;
    }

    /** 下一步措施: what comes next. */
    public StringProperty nextStepsProperty() {
        return nextSteps;
    }

    /** Whose note it is ("进展说明：城镇新增就业 1-7月"), or a hint when no period cell is selected. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public String getHeading() {
        return heading.get();
    }

    /** True when a cell that takes a value is selected, so a note can be written for its period. */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    public boolean isAvailable() {
        return available.get();
    }

    /** True when the texts differ from what is stored: there is something to save. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** The note as typed. */
    public ProgressNote typed() {
        return new ProgressNote(progress.get().strip(), problems.get().strip(), nextSteps.get().strip());
    }

    ActualsRow row() {
        return row;
    }

    ActualsCell cell() {
        return cell;
    }

    void show(ActualsRow newRow, ActualsCell newCell, ProgressNote note) {
        row = newRow;
        cell = newCell;
        heading.set(I18n.get(ActualsMsg.GRID_NOTE_HEADING, newRow.getName(), PeriodTexts.label(newCell.period())));
        available.set(true);
        fill(note);
    }

    void showNothing() {
        row = null;
        cell = null;
        heading.set(I18n.get(ActualsMsg.GRID_NOTE_NONE));
        available.set(false);
        fill(ProgressNote.EMPTY);
    }

    /**
     * The stored note may have changed (undo, redo, a save): take it over unless it is the one
     * already shown, so text being typed survives refreshes caused by other cells.
     */
    void storedChanged(ProgressNote note) {
        // Text being typed is not overwritten by someone else's note: saving it then asks which to keep.
        if (!note.equals(stored) && (!dirty.get() || typed().equals(note))) {
            fill(note);
        }
    }

    /** The note as stored when it was shown: what an edit of it starts from. */
    ProgressNote stored() {
        return stored;
    }

    /** The officer keeps their typed text over {@code other}, stored by someone else meanwhile. */
    void keepTypedOver(ProgressNote other) {
        stored = other;
        updateDirty();
    }

    /** The officer takes {@code other}, stored by someone else meanwhile, in place of the typed text. */
    void take(ProgressNote other) {
        fill(other);
    }

    private void fill(ProgressNote note) {
        stored = note;
        progress.set(note.progress());
        problems.set(note.problems());
        nextSteps.set(note.nextSteps());
        updateDirty();
    }

    private void updateDirty() {
        dirty.set(available.get() && !typed().equals(stored));
    }
}
