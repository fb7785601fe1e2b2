package com.targetmonitor.ui.actuals;

import com.targetmonitor.logic.edit.Edit;
import com.targetmonitor.logic.edit.EditConflictException;
import com.targetmonitor.logic.edit.ObservationEdit;
import com.targetmonitor.logic.entry.ActualsEdits;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.PeriodTexts;
import com.targetmonitor.ui.dialog.DialogService;
import java.util.Collection;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores what the officer typed, pasted, cleared or noted in the grid as undoable steps of the
 * session's history, and handles what can go wrong while storing: a refused value marks its cells,
 * a failing workspace is reported, and a value someone else changed meanwhile asks whose stays.
 * Split from {@link ActualsGridViewModel}, which decides what the grid shows.
 */
final class ActualsChangeRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ActualsChangeRunner.class);

    private final Session session;
    private final DialogService dialogs;
    private final ActualsRows rows;
    private final ProgressNoteViewModel note;
    /** The grid's message line: the text, and whether it reports a refusal or a failure. */
    private final BiConsumer<String, Boolean> message;

    ActualsChangeRunner(Session session, DialogService dialogs, ActualsRows rows, ProgressNoteViewModel note,
                        BiConsumer<String, Boolean> message) {
        this.session = session;
        this.dialogs = dialogs;
        this.rows = rows;
        this.note = note;
        this.message = message;
    }

    boolean typed(int row, int column, String text) {
        return guarded(() -> apply(changes().typed(row, column, text)));
    }

    boolean pasted(int row, int column, String text) {
        return guarded(() -> apply(changes().pasted(row, column, text)));
    }

    boolean cleared(Collection<CellPosition> cells) {
        return guarded(() -> apply(changes().cleared(cells)));
    }

    /** Stores the typed note for the note's cell as one undoable step; false when there is nothing to store. */
    boolean saveNote() {
        return guarded(this::storeNote);
    }

    ActualsEdits edits() {
        return session.actualsEdits();
    }

    private CellChanges changes() {
        return new CellChanges(rows, edits());
    }

    private boolean storeNote() {
        ActualsRow row = note.row();
        ActualsCell cell = note.cell();
        if (row == null || cell == null || !note.isDirty()) {
            return false;
        }
        String place = CellChanges.place(row, cell);
        Optional<ObservationEdit> edit = edits().setNote(I18n.get(ActualsMsg.GRID_EDIT_NOTE, place),
                row.indicator().id(), cell.period(), note.stored(), note.typed());
        edit.ifPresent(this::execute);
        note.storedChanged(edits().note(row.indicator().id(), cell.period()));
        message.accept(I18n.get(ActualsMsg.GRID_NOTE_SAVED, place), false);
        return true;
    }

    /** Runs an accepted change; marks the cells of a refused one and says why. */
    private boolean apply(CellChanges.Outcome outcome) {
        rows.forEachCell(c -> c.setInvalid(false));
        if (!outcome.accepted()) {
            outcome.refused().forEach(c -> c.setInvalid(true));
            message.accept(outcome.message(), true);
            return false;
        }
        if (outcome.edit() != null) {
            execute(outcome.edit());
        }
        message.accept(outcome.message(), false);
        return true;
    }

    private void execute(Edit edit) {
        session.history().execute(edit);
    }

    /**
     * Runs a change; a failure of the workspace (file gone, disk full, locked) is reported in the
     * message and as a dialog with the details, and leaves the workspace as it was (one transaction).
     */
    private boolean guarded(BooleanSupplier change) {
        try {
            return change.getAsBoolean();
        } catch (EditConflictException conflict) {
            return resolve(conflict, change);
        } catch (RuntimeException e) {
            LOG.warn("cannot store a change of the actuals grid", e);
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            message.accept(I18n.get(ActualsMsg.GRID_ERROR_SAVE_FAILED, reason), true);
            dialogs.showException(I18n.get(ActualsMsg.GRID_ERROR_SAVE_FAILED, reason), e);
            return false;
        }
    }

    /**
     * Someone else changed a value or note after the grid showed it; nothing was stored. The grid now
     * shows theirs, the officer sees both and chooses: their own is written again, knowingly (a new
     * conflict asks again), or the other's stays.
     */
    private boolean resolve(EditConflictException conflict, BooleanSupplier change) {
        long id = conflict.indicatorId();
        rows.refill(id, session.queries().observationsOf(id));
        ActualsRow row = rows.readOnly().stream().filter(r -> r.indicator().id() == id).findFirst().orElse(null);
        String place = row == null ? PeriodTexts.label(conflict.period())
                : I18n.get(ActualsMsg.GRID_PLACE, row.getName(), PeriodTexts.label(conflict.period()));
        boolean mine = ConflictQuestion.keepMine(dialogs, conflict, place,
                row == null ? null : row.indicator().kind());
        if (conflict.aboutNote()) {
            if (mine) {
                note.keepTypedOver(conflict.theirNote());
            } else {
                note.take(conflict.theirNote());
            }
        }
        if (mine) {
            return guarded(change);
        }
        message.accept(I18n.get(ActualsMsg.GRID_CONFLICT_TOOK_THEIRS, place), false);
        return false;
    }
}
