package com.targetmonitor.ui.actuals;

import com.targetmonitor.logic.change.Change;
import com.targetmonitor.logic.entry.ClipboardGrid;
import com.targetmonitor.logic.status.PlanStatus;
import com.targetmonitor.logic.status.StandingRow;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.logic.workspace.WorkspaceQueries;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.model.Plan;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.dialog.DialogService;
import com.targetmonitor.ui.state.StandingUpdate;
import com.targetmonitor.ui.state.ViewId;
import com.targetmonitor.ui.state.WindowState;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
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
    private final ActualsRows rows = new ActualsRows();
    private final ReadOnlyObjectWrapper<Plan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(this, "messageIsError");
    private final ProgressNoteViewModel note = new ProgressNoteViewModel();
    private final ActualsChangeRunner runner;
    private final SelectedCellNote selection;
    private final Consumer<StandingUpdate> onUpdate = this::updated;
    private final InvalidationListener onShown = o -> catchUp();
    /** Behind the window state while the grid's tab is hidden. */
    private boolean stale;

    /** Shows the window state's plan; follows its updates while the grid's tab is shown. */
    public ActualsGridViewModel(WindowState state, DialogService dialogs) {
        this.state = Objects.requireNonNull(state, "state");
        this.session = state.session();
        this.runner = new ActualsChangeRunner(session, Objects.requireNonNull(dialogs, "dialogs"), rows, note,
                this::setMessage);
        this.selection = new SelectedCellNote(rows, note, runner);
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
        selection.storedChanged(values.indicatorIds());
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
        selection.saveIfDirty();
        plan.set(newPlan);
        selection.forget();
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
        return runner.typed(row, column, text);
    }

    /**
     * Pastes text copied from Excel (one value per line, tabs between columns) down and right from
     * a cell, as one undoable step. Nothing is stored when any value is refused or the block does
     * not fit; every refused cell is marked.
     */
    public boolean paste(int row, int column, String text) {
        return runner.pasted(row, column, text);
    }

    /** Clears the cells (Delete key) as one undoable step; cells that take no value are skipped. */
    public boolean clear(Collection<CellPosition> cells) {
        return runner.cleared(cells);
    }

    /** The cells as Excel reads them from the clipboard: the block they span, tabs and line breaks. */
    public String copy(Collection<CellPosition> cells) {
        return cells.isEmpty() ? "" : ClipboardGrid.format(rows.texts(cells));
    }

    /**
     * The cell the officer is on (null or a column outside the periods: none); its period's note is
     * shown. A note typed for the previous cell is saved first, so moving on never loses it.
     */
    public void select(CellPosition position) {
        selection.select(position);
    }

    /** Stores the typed note for the selected cell's period as one undoable step. */
    public boolean saveNote() {
        return runner.saveNote();
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
                selection.forget();
            } else {
                selection.storedChanged(null);
            }
        } catch (RuntimeException e) {
            LOG.warn("cannot read the actuals of {}", current, e);
            rows.clearAll();
            selection.forget();
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
        selection.forget();
        setMessage("", false);
        reload(true, true);
    }

    private void setMessage(String text, boolean error) {
        message.set(text);
        messageIsError.set(error);
    }
}
