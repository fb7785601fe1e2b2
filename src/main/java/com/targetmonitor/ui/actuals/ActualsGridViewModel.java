package com.targetmonitor.ui.actuals;

import com.targetmonitor.logic.change.Change;
import com.targetmonitor.logic.edit.Edit;
import com.targetmonitor.logic.edit.EditConflictException;
import com.targetmonitor.logic.edit.ObservationEdit;
import com.targetmonitor.logic.entry.ActualsEdits;
import com.targetmonitor.logic.entry.ClipboardGrid;
import com.targetmonitor.logic.status.PlanStatus;
import com.targetmonitor.logic.status.StandingRow;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.logic.workspace.WorkspaceQueries;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.model.Plan;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.PeriodTexts;
import com.targetmonitor.ui.dialog.DialogService;
import com.targetmonitor.ui.state.StandingUpdate;
import com.targetmonitor.ui.state.ViewId;
import com.targetmonitor.ui.state.WindowState;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The monthly grid of one plan where officers type, paste and correct actuals: one row per
 * indicator (parents, then their decomposed parts), one column per cumulative period 1-2月 … 12月.
 * Every accepted change is one undoable step of the session's history; a refused value is not
 * stored, its cell is marked and {@link #messageProperty()} says what is wrong and where.
 * The grid follows the window state: a typed value (undo, redo, import) updates its cells only,
 * another plan or workspace rebuilds the rows; hidden, it catches up when shown.
 */
public final class ActualsGridViewModel {

    /** The grid's tab (实际值录入): it refills only while it is on screen. */
    public static final ViewId VIEW = new ViewId("actuals");

    /** Columns end in February (1-2月) … December. */
    public static final int FIRST_END_MONTH = 2;
    public static final int COLUMN_COUNT = 12 - FIRST_END_MONTH + 1;

    private static final Logger LOG = LoggerFactory.getLogger(ActualsGridViewModel.class);

    private final WindowState state;
    private final Session session;
    private final DialogService dialogs;
    private final ActualsRows rows = new ActualsRows();
    private final ReadOnlyObjectWrapper<Plan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(this, "messageIsError");
    private final ProgressNoteViewModel note = new ProgressNoteViewModel();
    private final Consumer<StandingUpdate> onUpdate = this::updated;
    private final InvalidationListener onShown = o -> catchUp();
    private CellPosition selected;
    /** Behind the window state while the grid's tab is hidden. */
    private boolean stale;

    /** Shows the window state's plan; follows its updates while the grid's tab is shown. */
    public ActualsGridViewModel(WindowState state, DialogService dialogs) {
        this.state = Objects.requireNonNull(state, "state");
        this.session = state.session();
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        state.addListener(onUpdate);
        state.shownViewProperty().addListener(onShown);
    }

    private boolean isShown() {
        return state.isShown(VIEW);
    }

    private void catchUp() {
        if (stale && isShown()) {
            stale = false;
            follow(null);
        }
    }

    private void updated(StandingUpdate update) {
        if (!isShown()) {
            stale = true;
            return;
        }
        follow(update);
    }

    /**
     * Does what the update needs: another plan or workspace rebuilds the rows, typed values update
     * their cells only, a new month changes nothing (the grid shows every month).
     */
    private void follow(StandingUpdate update) {
        Plan shown = state.planProperty().get();
        Plan current = plan.get();
        if (update == null || shown == null || current == null || !shown.id().equals(current.id())) {
            show(shown);
        } else if (update.change() instanceof Change.WorkspaceReplaced) {
            workspaceReplaced();
        } else if (update.valuesOnly()) {
            valuesChanged((Change.Values) update.change());
        } else if (update.change() != null) {
            plan.set(shown);
            refresh();
        }
    }

    private void valuesChanged(Change.Values values) {
        WorkspaceQueries queries = session.queries();
        for (Long id : values.indicatorIds()) {
            rows.refill(id, queries.observationsOf(id));
        }
        if (note.cell() != null && values.indicatorIds().contains(note.row().indicator().id())) {
            note.storedChanged(edits().note(note.row().indicator().id(), note.cell().period()));
        }
    }

    // ---- what the grid shows --------------------------------------------------------------

    /**
     * Shows the plan's indicators and values (null: an empty grid). A note being written is saved
     * first. Setting the plan already shown only refreshes it, keeping the officer's place.
     */
    public void setPlan(Plan newPlan) {
        state.planProperty().set(newPlan);
        if (!Objects.equals(plan.get(), newPlan)) {
            show(newPlan);
        }
    }

    private void show(Plan newPlan) {
        Plan current = plan.get();
        if (newPlan != null && current != null && Objects.equals(newPlan.id(), current.id())) {
            plan.set(newPlan);
            refresh();
            return;
        }
        saveNoteIfDirty();
        plan.set(newPlan);
        selected = null;
        note.showNothing();
        setMessage("", false);
        reload(true, false);
    }

    public ReadOnlyObjectProperty<Plan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public Plan getPlan() {
        return plan.get();
    }

    /** The rows in display order; replaced only when the plan's indicators change. */
    public ObservableList<ActualsRow> rows() {
        return rows.readOnly();
    }

    /** The period column headers: 1-2月, 3月 … 12月. */
    public List<String> columnHeaders() {
        List<String> headers = new ArrayList<>();
        for (int c = 0; c < COLUMN_COUNT; c++) {
            headers.add(ActualsTexts.columnHeader(FIRST_END_MONTH + c));
        }
        return headers;
    }

    /** The cell at a position, or null outside the grid. */
    public ActualsCell cell(int row, int column) {
        return rows.cell(row, column);
    }

    /** What the last action did or why it was refused, with the indicator and period it concerns. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String getMessage() {
        return message.get();
    }

    /** True when {@link #getMessage()} reports a refused value or a failure. */
    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    public boolean isMessageError() {
        return messageIsError.get();
    }

    /** The note of the selected cell's period. */
    public ProgressNoteViewModel note() {
        return note;
    }

    /** Reads values (and, when they changed, the indicators) again from the workspace. */
    public void refresh() {
        reload(false, false);
    }

    /** Stops following the window state; call when the grid is closed for good. */
    public void dispose() {
        state.removeListener(onUpdate);
        state.shownViewProperty().removeListener(onShown);
    }

    // ---- editing ----------------------------------------------------------------------------

    /**
     * Stores the text typed into a cell as one undoable step. Returns false (nothing stored, cell
     * marked, message set) when the text is not a value for the cell; true when stored or unchanged.
     */
    public boolean commit(int row, int column, String text) {
        return guarded(() -> apply(changes().typed(row, column, text)));
    }

    /**
     * Pastes text copied from Excel (one value per line, tabs between columns) down and right from
     * a cell, as one undoable step. Nothing is stored when any value is refused or the block does
     * not fit; every refused cell is marked.
     */
    public boolean paste(int row, int column, String text) {
        return guarded(() -> apply(changes().pasted(row, column, text)));
    }

    /** Clears the cells (Delete key) as one undoable step; cells that take no value are skipped. */
    public boolean clear(Collection<CellPosition> cells) {
        return guarded(() -> apply(changes().cleared(cells)));
    }

    /** The cells as Excel reads them from the clipboard: the block they span, tabs and line breaks. */
    public String copy(Collection<CellPosition> cells) {
        return cells.isEmpty() ? "" : ClipboardGrid.format(rows.texts(cells));
    }

    // ---- the selected cell's note -------------------------------------------------------------

    /**
     * The cell the officer is on (null or a column outside the periods: none); its period's note is
     * shown. A note typed for the previous cell is saved first, so moving on never loses it.
     */
    public void select(CellPosition position) {
        if (Objects.equals(position, selected)) {
            return;
        }
        saveNoteIfDirty();
        selected = position;
        showSelectedNote();
    }

    /** Stores the typed note for the selected cell's period as one undoable step. */
    public boolean saveNote() {
        return guarded(this::storeNote);
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
        setMessage(I18n.get(ActualsMsg.GRID_NOTE_SAVED, place), false);
        return true;
    }

    // ---- internals ----------------------------------------------------------------------------

    /** Runs an accepted change; marks the cells of a refused one and says why. */
    private boolean apply(CellChanges.Outcome outcome) {
        rows.forEachCell(c -> c.setInvalid(false));
        if (!outcome.accepted()) {
            outcome.refused().forEach(c -> c.setInvalid(true));
            setMessage(outcome.message(), true);
            return false;
        }
        if (outcome.edit() != null) {
            execute(outcome.edit());
        }
        setMessage(outcome.message(), false);
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
            setMessage(I18n.get(ActualsMsg.GRID_ERROR_SAVE_FAILED, reason), true);
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
        setMessage(I18n.get(ActualsMsg.GRID_CONFLICT_TOOK_THEIRS, place), false);
        return false;
    }

    private void saveNoteIfDirty() {
        if (note.isDirty()) {
            saveNote();
        }
    }

    private void showSelectedNote() {
        ActualsCell cell = selected == null ? null : cell(selected.row(), selected.column());
        if (cell == null || !cell.isEditable()) {
            note.showNothing();
            return;
        }
        ActualsRow row = rows.get(selected.row());
        note.show(row, cell, edits().note(row.indicator().id(), cell.period()));
    }

    /**
     * @param rebuild     build the rows anew even when the indicators are unchanged
     * @param otherFile   the workspace was replaced: ids mean nothing there, find the plan by name
     */
    private void reload(boolean rebuild, boolean otherFile) {
        Plan current = plan.get();
        try {
            WorkspaceQueries queries = session.queries();
            Plan stored = current == null ? null
                    : (otherFile ? queries.planByName(current.name()) : queries.plan(current.id())).orElse(null);
            if (!Objects.equals(stored, current)) {
                plan.set(stored);
            }
            boolean rebuilt = rows.load(queries, stored, orderOf(stored), rebuild);
            if (rebuilt || stored == null) {
                selected = null;
                note.showNothing();
            } else if (note.cell() != null) {
                note.storedChanged(edits().note(note.row().indicator().id(), note.cell().period()));
            }
        } catch (RuntimeException e) {
            LOG.warn("cannot read the actuals of {}", current, e);
            rows.clearAll();
            note.showNothing();
            setMessage(I18n.get(ActualsMsg.GRID_ERROR_LOAD_FAILED, e.getMessage() == null ? e.toString() : e.getMessage()),
                    true);
        }
    }

    /** The plan's rows in display order (parents, then their parts): the window's standing's when it is of this plan. */
    private List<StandingRow> orderOf(Plan p) {
        if (p == null) {
            return List.of();
        }
        PlanStatus standing = state.standing();
        if (standing != null && standing.plan().id().equals(p.id())) {
            return standing.rows();
        }
        return session.queries().status(p, AsOf.of(p.year(), 12)).rows();
    }

    private void workspaceReplaced() {
        note.showNothing();
        selected = null;
        setMessage("", false);
        reload(true, true);
    }

    private ActualsEdits edits() {
        return session.actualsEdits();
    }

    private CellChanges changes() {
        return new CellChanges(rows, edits());
    }

    private void setMessage(String text, boolean error) {
        message.set(text);
        messageIsError.set(error);
    }
}
