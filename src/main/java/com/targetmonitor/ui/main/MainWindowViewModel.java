package com.targetmonitor.ui.main;

import com.targetmonitor.ui.state.ViewId;
import com.targetmonitor.logic.change.Change;
import com.targetmonitor.logic.edit.EditHistory;
import com.targetmonitor.logic.status.PlanStatus;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.model.Plan;
import com.targetmonitor.ui.CommonMsg;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.state.StandingUpdate;
import com.targetmonitor.ui.state.WindowState;
import com.targetmonitor.ui.task.TaskExecutor;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The main window's own state on top of the {@link WindowState}: the as-of choices (months and
 * quarters) for the chosen plan, the status table fed from the shared standing, undo/redo state,
 * the title and the status line. Plan, month, selection and the standing itself live in the
 * window state, computed once per change for every view.
 */
public final class MainWindowViewModel {

    private final WindowState state;
    private final Session session;
    private final Runnable historyListener = this::updateUndoState;
    private EditHistory watchedHistory;

    private final ObservableList<AsOfChoice> asOfChoices = FXCollections.observableArrayList();
    private final ObjectProperty<AsOfChoice> selectedAsOf = new SimpleObjectProperty<>(this, "selectedAsOf");
    private final StatusTableViewModel table = new StatusTableViewModel();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText", "");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "");
    /** The table is behind the standing while its tab is hidden. */
    private boolean tableStale;
    private boolean syncing;

    /** A window of its own state (tests, and windows that share nothing). */
    public MainWindowViewModel(Session session, TaskExecutor tasks) {
        this(new WindowState(session, tasks));
    }

    public MainWindowViewModel(WindowState state) {
        this.state = Objects.requireNonNull(state, "state");
        this.session = state.session();
        state.setTaskTitle(I18n.get(MainMsg.MAIN_RECOMPUTING, ""));
        state.asOfProperty().addListener((obs, old, now) -> followMonth(now));
        selectedAsOf.addListener((obs, old, now) -> {
            if (!syncing && now != null) {
                state.asOfProperty().set(now.asOf());
            }
        });
        state.addListener(this::standingUpdated);
        state.shownViewProperty().addListener((obs, old, now) -> {
            if (ViewId.STATUS.equals(now) && tableStale) {
                showTable();
            }
        });
        session.addChangeListener(change -> {
            if (change instanceof Change.WorkspaceReplaced) {
                watchHistory();
                updateTitle();
            }
        });
        watchHistory();
        updateTitle();
        followMonth(state.asOfProperty().get());
    }

    /** Reads the plans and selects the given one (by name), or keeps the current one, or the first. */
    public void load(String preferredPlanName) {
        state.load(preferredPlanName);
        updateStatusText();
    }

    /**
     * Opens the named plan (else the one the window state picks) at the month {@code month} chooses from
     * the plan and the month it would open at (its latest with data); a month that is not a choice of the
     * plan's year, or null, keeps that one. One standing is computed, not one per step.
     */
    public void load(String preferredPlanName, BiFunction<Plan, YearMonth, YearMonth> month) {
        state.load(preferredPlanName, (plan, opened) -> {
            YearMonth wanted = month.apply(plan, opened);
            return wanted != null && AsOfChoice.exactMonth(AsOfChoice.forYear(plan.year()), wanted).isPresent()
                    ? wanted : null;
        });
        updateStatusText();
    }

    /** Reads the plans again and computes the standing again (the 刷新 button). */
    public void reload() {
        state.load(null);
        state.refresh();
    }

    /** Chooses the as-of month of the current plan, e.g. from the remembered settings. */
    public void selectAsOf(YearMonth month) {
        AsOfChoice.exactMonth(asOfChoices, month).ifPresent(selectedAsOf::set);
    }

    /** The indicator selected in the table, as the standing last computed it. */
    public Optional<com.targetmonitor.model.Indicator> selectedIndicator() {
        Long id = state.indicatorIdProperty().get();
        PlanStatus status = state.standing();
        if (id == null || status == null) {
            return Optional.empty();
        }
        return status.rows().stream().map(r -> r.standing().indicator()).filter(i -> id.equals(i.id())).findFirst();
    }

    public void undo() {
        session.history().undo();
    }

    public void redo() {
        session.history().redo();
    }

    /** Recomputes the standing of the chosen plan and month off the FX thread. */
    public void recompute() {
        state.refresh();
    }

    /** The month choices follow the plan's year; the chosen one follows the state's month. */
    private void followMonth(AsOf month) {
        syncing = true;
        try {
            if (month == null) {
                asOfChoices.clear();
                selectedAsOf.set(null);
                return;
            }
            int year = month.month().getYear();
            if (asOfChoices.isEmpty() || asOfChoices.get(0).asOf().month().getYear() != year) {
                asOfChoices.setAll(AsOfChoice.forYear(year));
            }
            AsOfChoice shown = selectedAsOf.get();
            if (shown == null || !shown.asOf().equals(month) || !asOfChoices.contains(shown)) {
                selectedAsOf.set(AsOfChoice.month(asOfChoices, month.month().getMonthValue()));
            }
        } finally {
            syncing = false;
        }
    }

    private void standingUpdated(StandingUpdate update) {
        if (state.isShown(ViewId.STATUS) || update.standing() == null) {
            showTable();
        } else {
            tableStale = true;
        }
        updateStatusText();
    }

    private void showTable() {
        tableStale = false;
        table.statusProperty().set(state.standing());
    }

    private void watchHistory() {
        if (watchedHistory != null) {
            watchedHistory.removeListener(historyListener);
        }
        watchedHistory = session.history();
        watchedHistory.addListener(historyListener);
        updateUndoState();
    }

    private void updateUndoState() {
        EditHistory h = session.history();
        canUndo.set(h.canUndo());
        canRedo.set(h.canRedo());
        undoText.set(h.undoDescription().map(d -> I18n.get(MainMsg.MAIN_UNDO_WHAT, d)).orElse(I18n.get(MainMsg.MAIN_UNDO)));
        redoText.set(h.redoDescription().map(d -> I18n.get(MainMsg.MAIN_REDO_WHAT, d)).orElse(I18n.get(MainMsg.MAIN_REDO)));
    }

    private void updateTitle() {
        Path file = session.queries().file();
        Path name = file.getFileName();
        title.set(I18n.get(CommonMsg.WINDOW_TITLE, name == null ? file.toString() : name.toString()));
    }

    private void updateStatusText() {
        Path file = session.queries().file().toAbsolutePath().normalize();
        PlanStatus s = state.standing();
        statusText.set(s == null
                ? I18n.get(CommonMsg.STATUS_WORKSPACE, file, state.plans().size())
                : I18n.get(MainMsg.MAIN_STATUS_LINE, file, state.plans().size(), s.rows().size()));
    }

    /** Texts depend on the language: call after switching it. */
    public void refreshTexts() {
        updateTitle();
        updateUndoState();
        updateStatusText();
    }

    /** The window state this window shows. */
    public WindowState state() {
        return state;
    }

    public ObservableList<Plan> plans() {
        return state.plans();
    }

    public ObjectProperty<Plan> selectedPlanProperty() {
        return state.planProperty();
    }

    public ObservableList<AsOfChoice> asOfChoices() {
        return asOfChoices;
    }

    public ObjectProperty<AsOfChoice> selectedAsOfProperty() {
        return selectedAsOf;
    }

    /** The indicator selected in the table; the detail pane and the grid follow it. */
    public ObjectProperty<Long> selectedIndicatorIdProperty() {
        return state.indicatorIdProperty();
    }

    public StatusTableViewModel table() {
        return table;
    }

    public Session session() {
        return session;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }
}
