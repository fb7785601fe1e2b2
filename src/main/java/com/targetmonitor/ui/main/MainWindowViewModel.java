package com.targetmonitor.ui.main;

import com.targetmonitor.logic.edit.EditHistory;
import com.targetmonitor.logic.status.PlanStatus;
import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Plan;
import com.targetmonitor.persistence.Workspace;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.CommonMsg;
import com.targetmonitor.ui.task.BackgroundTask;
import com.targetmonitor.ui.task.TaskExecutor;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The main window's state: the plans, the chosen plan and as-of month, the status table, the
 * selected indicator, undo/redo state and the title. The status is recomputed off the FX thread
 * whenever the plan, the month or the data changes.
 */
public final class MainWindowViewModel {

    private final Session session;
    private final TaskExecutor tasks;
    private final Runnable historyListener = this::dataChanged;
    private EditHistory watchedHistory;

    private final ObservableList<Plan> plans = FXCollections.observableArrayList();
    private final ObjectProperty<Plan> selectedPlan = new SimpleObjectProperty<>(this, "selectedPlan");
    private final ObservableList<AsOfChoice> asOfChoices = FXCollections.observableArrayList();
    private final ObjectProperty<AsOfChoice> selectedAsOf = new SimpleObjectProperty<>(this, "selectedAsOf");
    private final ObjectProperty<Long> selectedIndicatorId = new SimpleObjectProperty<>(this, "selectedIndicatorId");
    private final StatusTableViewModel table = new StatusTableViewModel();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText", "");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "");

    public MainWindowViewModel(Session session, TaskExecutor tasks) {
        this.session = Objects.requireNonNull(session, "session");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        selectedPlan.addListener((obs, old, plan) -> planChanged(old, plan));
        selectedAsOf.addListener((obs, old, now) -> recompute());
        session.addListener(w -> workspaceChanged());
        watchHistory();
        updateTitle();
    }

    /** Reads the plans and selects the given one (by name), or keeps the current one, or the first. */
    public void load(String preferredPlanName) {
        List<Plan> loaded = new PlanStatusService(session.workspace()).plans();
        String keep = preferredPlanName != null ? preferredPlanName
                : selectedPlan.get() == null ? null : selectedPlan.get().name();
        plans.setAll(loaded);
        Plan pick = loaded.stream().filter(p -> p.name().equals(keep)).findFirst()
                .orElseGet(() -> mostInformative(loaded));
        if (Objects.equals(pick, selectedPlan.get())) {
            recompute();
        } else {
            selectedPlan.set(pick);
        }
        updateStatusText();
    }

    /**
     * The plan to open when none is remembered: the one with most indicators that have both a target
     * and a value, so a first-time user lands on a plan that shows standings rather than blanks.
     */
    private Plan mostInformative(List<Plan> candidates) {
        Plan best = null;
        long bestScore = -1;
        for (Plan plan : candidates) {
            var values = session.workspace().observations().findByPlan(plan.id());
            long score = session.workspace().indicators().findByPlan(plan.id()).stream()
                    .filter(i -> i.target().hasValue() && values.containsKey(i.id())).count();
            if (score > bestScore) {
                best = plan;
                bestScore = score;
            }
        }
        return best;
    }

    /** Chooses the as-of month of the current plan, e.g. from the remembered settings. */
    public void selectAsOf(YearMonth month) {
        asOfChoices.stream().filter(c -> !c.quarter() && c.asOf().month().equals(month)).findFirst()
                .ifPresent(selectedAsOf::set);
    }

    /** The indicator selected in the table, as the table last computed it. */
    public Optional<com.targetmonitor.model.Indicator> selectedIndicator() {
        Long id = selectedIndicatorId.get();
        PlanStatus status = table.statusProperty().get();
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

    /** Recomputes the status of the chosen plan and month off the FX thread. */
    public void recompute() {
        Plan plan = selectedPlan.get();
        AsOfChoice choice = selectedAsOf.get();
        if (plan == null || choice == null) {
            table.statusProperty().set(null);
            return;
        }
        Workspace workspace = session.workspace();
        AsOf asOf = choice.asOf();
        tasks.execute(BackgroundTask.of(I18n.get(MainMsg.MAIN_RECOMPUTING, plan.name()),
                        (progress, cancel) -> new PlanStatusService(workspace).status(plan, asOf))
                .onSuccess(status -> {
                    if (plan.equals(selectedPlan.get()) && choice.equals(selectedAsOf.get())) {
                        table.statusProperty().set(status);
                        updateStatusText();
                    }
                }));
    }

    private void planChanged(Plan old, Plan plan) {
        if (plan == null) {
            asOfChoices.clear();
            selectedAsOf.set(null);
            table.statusProperty().set(null);
            return;
        }
        int keepMonth = selectedAsOf.get() == null ? -1 : selectedAsOf.get().asOf().month().getMonthValue();
        boolean sameYear = old != null && old.year() == plan.year();
        asOfChoices.setAll(AsOfChoice.forYear(plan.year()));
        AsOfChoice next = sameYear && keepMonth > 0 ? AsOfChoice.month(asOfChoices, keepMonth)
                : AsOfChoice.month(asOfChoices, defaultMonth(plan));
        if (next.equals(selectedAsOf.get())) {
            recompute();
        } else {
            selectedAsOf.set(next);
        }
    }

    /**
     * The month a plan opens at: the latest month it has data for, else the current month for this
     * year's plan, else December.
     */
    int defaultMonth(Plan plan) {
        Optional<Integer> latest = session.workspace().observations().findByPlan(plan.id()).values().stream()
                .flatMap(List::stream)
                .filter(o -> o.period().year() == plan.year() && o.value() != null)
                .map(Observation::period).map(p -> p.endMonth()).max(Integer::compare);
        if (latest.isPresent()) {
            return latest.get();
        }
        YearMonth now = YearMonth.now();
        return now.getYear() == plan.year() ? now.getMonthValue() : 12;
    }

    private void dataChanged() {
        updateUndoState();
        load(null);
    }

    private void workspaceChanged() {
        watchHistory();
        updateTitle();
        selectedIndicatorId.set(null);
        plans.clear();
        selectedPlan.set(null);
        load(null);
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
        Path file = session.workspace().file();
        Path name = file.getFileName();
        title.set(I18n.get(CommonMsg.WINDOW_TITLE, name == null ? file.toString() : name.toString()));
    }

    private void updateStatusText() {
        Path file = session.workspace().file().toAbsolutePath().normalize();
        PlanStatus s = table.statusProperty().get();
        statusText.set(s == null
                ? I18n.get(CommonMsg.STATUS_WORKSPACE, file, plans.size())
                : I18n.get(MainMsg.MAIN_STATUS_LINE, file, plans.size(), s.rows().size()));
    }

    /** Texts depend on the language: call after switching it. */
    public void refreshTexts() {
        updateTitle();
        updateUndoState();
        updateStatusText();
    }

    public ObservableList<Plan> plans() {
        return plans;
    }

    public ObjectProperty<Plan> selectedPlanProperty() {
        return selectedPlan;
    }

    public ObservableList<AsOfChoice> asOfChoices() {
        return asOfChoices;
    }

    public ObjectProperty<AsOfChoice> selectedAsOfProperty() {
        return selectedAsOf;
    }

    /** The indicator selected in the table; the detail pane and the grid follow it. */
    public ObjectProperty<Long> selectedIndicatorIdProperty() {
        return selectedIndicatorId;
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
