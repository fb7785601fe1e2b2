package com.targetmonitor.ui.state;

import com.targetmonitor.logic.change.Change;
import com.targetmonitor.logic.status.PlanStatus;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.logic.workspace.WorkspaceQueries;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.model.Plan;
import com.targetmonitor.ui.task.BackgroundTask;
import com.targetmonitor.ui.task.TaskExecutor;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The one state of the window every view reads: the plans, the plan and as-of month shown, the
 * selected indicator, the view on screen, and the plan's standing at that month, computed once per
 * change off the FX thread. Changes to the workspace arrive typed from the {@link Session}; the
 * standing is computed again (after values changed, only their indicators' rows: see
 * {@link StandingSource#statusAfter}) and every listener gets one {@link StandingUpdate} saying what caused
 * it. Changes arriving while a computation runs are merged into the next update, never lost;
 * results of older computations are dropped. A change of plan picks its month in the same step
 * (one computation, not two). Used on the FX thread (or a test's thread).
 */
public final class WindowState {

    /** The standing of a plan at a month; the window's computes it through the workspace queries. */
    @FunctionalInterface
    public interface StandingSource {
        PlanStatus status(Plan plan, AsOf asOf);

        /**
         * The standing after the values of these indicators changed, {@code before} being the standing
         * of the same plan and month with nothing else changed since it was computed. By default computed
         * whole; the window's splices the changed indicators' rows into {@code before}.
         */
        default PlanStatus statusAfter(PlanStatus before, Set<Long> changedIndicators) {
            return status(before.plan(), before.asOf());
        }

        /** Forgets what it keeps between computations: the officer asked to read everything again. */
        default void forget() {
        }
    }

    private final Session session;
    private final TaskExecutor tasks;
    private final StandingSource source;
    private final List<Consumer<StandingUpdate>> listeners = new CopyOnWriteArrayList<>();
    private final ObservableList<Plan> plans = FXCollections.observableArrayList();
    private final ObjectProperty<Plan> plan = new SimpleObjectProperty<>(this, "plan");
    private final ObjectProperty<AsOf> asOf = new SimpleObjectProperty<>(this, "asOf");
    private final ObjectProperty<Long> indicatorId = new SimpleObjectProperty<>(this, "indicatorId");
    private final ObjectProperty<ViewId> shownView = new SimpleObjectProperty<>(this, "shownView", ViewId.STATUS);
    private final ReadOnlyObjectWrapper<PlanStatus> standing = new ReadOnlyObjectWrapper<>(this, "standing");
    /** Data changes not yet reported to the listeners. */
    private final List<Change> unreported = new ArrayList<>();
    private boolean selectionUnreported;
    /** The officer asked to read everything again: no standing is made from the one shown until delivered. */
    private boolean readAgain;
    /** Something changed since the last computation started. */
    private boolean dirty;
    /** Inside a step that sets several properties: compute once at its end. */
    private int holding;
    private long generation;
    private int computations;
    private String taskTitle = "";

    public WindowState(Session session, TaskExecutor tasks) {
        this(session, tasks, new FramedStandings(session));
    }

    /** @param source computes a standing; tests count its calls */
    public WindowState(Session session, TaskExecutor tasks, StandingSource source) {
        this.session = Objects.requireNonNull(session, "session");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.source = Objects.requireNonNull(source, "source");
        session.addChangeListener(this::changed);
        plan.addListener((obs, old, now) -> hold(() -> planChosen(old, now)));
        asOf.addListener((obs, old, now) -> selectionChanged());
    }

    /** The window's task executor: a view begins short work ahead of its next paint through it. */
    public TaskExecutor tasks() {
        return tasks;
    }

    /** Reads the plans and shows the given one (by name), or keeps the current one, or the most informative. */
    public void load(String preferredPlanName) {
        load(preferredPlanName, (p, opened) -> null);
    }

    /**
     * As {@link #load(String)}, at the month {@code month} picks from the plan and the month it opened at
     * (null: that one). One computation: a month chosen after the load would start a second standing,
     * the first one's work thrown away, at the window's start.
     */
    public void load(String preferredPlanName, BiFunction<Plan, YearMonth, YearMonth> month) {
        hold(() -> {
            List<Plan> loaded = queries().plans();
            String keep = preferredPlanName != null ? preferredPlanName
                    : plan.get() == null ? null : plan.get().name();
            plans.setAll(loaded);
            Plan pick = loaded.stream().filter(p -> p.name().equals(keep)).findFirst()
                    .orElseGet(() -> mostInformative(loaded));
            plan.set(pick);
            AsOf opened = asOf.get();
            YearMonth wanted = pick == null || opened == null ? null : month.apply(pick, opened.month());
            if (wanted != null && wanted.getYear() == pick.year()) {
                asOf.set(AsOf.of(wanted.getYear(), wanted.getMonthValue()));
            }
        });
    }

    /** Shows the plan at the month in one step (one computation); a null plan shows nothing. */
    public void select(Plan newPlan, AsOf newAsOf) {
        hold(() -> {
            if (newPlan != null && !plans.contains(newPlan)) {
                plans.setAll(queries().plans());
            }
            plan.set(newPlan);
            asOf.set(newPlan == null ? null : newAsOf);
        });
    }

    /** Computes the standing again, e.g. when the officer asks to refresh. */
    public void refresh() {
        source.forget();
        readAgain = true;
        dirty = true;
        compute();
    }

    /** The title of the background task that computes the standing (in the user's language). */
    public void setTaskTitle(String title) {
        this.taskTitle = Objects.requireNonNull(title, "title");
    }

    private void changed(Change change) {
        unreported.add(change);
        dirty = true;
        if (change instanceof Change.Values) {
            compute();
            return;
        }
        // Plans or their rules may have changed: show the stored plan again (another file: pick anew).
        hold(() -> {
            if (change instanceof Change.WorkspaceReplaced) {
                indicatorId.set(null);
                plan.set(null);
            }
            Long shown = plan.get() == null ? null : plan.get().id();
            List<Plan> loaded = queries().plans();
            plans.setAll(loaded);
            plan.set(loaded.stream().filter(p -> p.id().equals(shown)).findFirst()
                    .orElseGet(() -> mostInformative(loaded)));
        });
    }

    private void planChosen(Plan old, Plan now) {
        if (old == null || now == null || !old.id().equals(now.id())) {
            selectionChanged();
        }
        if (now == null) {
            asOf.set(null);
            return;
        }
        AsOf month = asOf.get();
        if (old == null || old.year() != now.year() || month == null || month.month().getYear() != now.year()) {
            asOf.set(AsOf.of(now.year(), defaultMonth(now)));
        }
    }

    private void selectionChanged() {
        selectionUnreported = true;
        dirty = true;
        compute();
    }

    /** Runs a step that may set plan and month, computing once at its end if anything changed. */
    private void hold(Runnable step) {
        holding++;
        try {
            step.run();
        } finally {
            holding--;
        }
        compute();
    }

    private void compute() {
        if (holding > 0 || !dirty) {
            return;
        }
        dirty = false;
        long g = ++generation;
        Plan p = plan.get();
        AsOf month = asOf.get();
        if (p == null || month == null) {
            deliver(g, null);
            return;
        }
        computations++;
        PlanStatus base = spliceBase(p, month);
        Set<Long> changed = base == null ? Set.of() : ((Change.Values) Change.merge(unreported)).indicatorIds();
        tasks.execute(BackgroundTask.of(taskTitle, (progress, cancel) -> base == null ? source.status(p, month)
                        : source.statusAfter(base, changed))
                .onSuccess(result -> deliver(g, result)));
    }

    /**
     * The standing a computation can be made from, null for none (compute it whole): the one shown, when
     * since it was delivered only values changed, in its plan and month. The changes not yet reported are
     * exactly those since (a result computed before a change is dropped, and its changes stay unreported).
     */
    private PlanStatus spliceBase(Plan p, AsOf month) {
        PlanStatus shown = standing.get();
        if (shown == null || readAgain || selectionUnreported || unreported.isEmpty()
                || !unreported.stream().allMatch(c -> c instanceof Change.Values)) {
            return null;
        }
        return shown.plan().equals(p) && shown.asOf().equals(month) ? shown : null;
    }

    private void deliver(long g, PlanStatus result) {
        if (g != generation) {
            return;
        }
        Change change = unreported.isEmpty() ? null : Change.merge(unreported);
        StandingUpdate update = new StandingUpdate(result, change, selectionUnreported);
        unreported.clear();
        selectionUnreported = false;
        readAgain = false;
        standing.set(result);
        listeners.forEach(l -> l.accept(update));
    }

    /**
     * The plan to open when none is remembered: the one with most indicators that have both a target
     * and a value, so a first-time user lands on a plan that shows standings rather than blanks.
     */
    private Plan mostInformative(List<Plan> candidates) {
        if (candidates.size() <= 1) {
            return candidates.isEmpty() ? null : candidates.get(0);
        }
        WorkspaceQueries q = queries();
        Plan best = null;
        long bestScore = -1;
        for (Plan p : candidates) {
            // A count on the database, on the FX thread: not the plan's every value read to count them.
            long score = q.informedIndicators(p.id());
            if (score > bestScore) {
                best = p;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * The month a plan opens at: the latest month it has data for, else the current month for this
     * year's plan, else December.
     */
    int defaultMonth(Plan p) {
        Optional<Integer> latest = queries().latestMonthWithData(p);
        if (latest.isPresent()) {
            return latest.get();
        }
        YearMonth now = YearMonth.now();
        return now.getYear() == p.year() ? now.getMonthValue() : 12;
    }

    private WorkspaceQueries queries() {
        return session.queries();
    }

    /** Called on the FX thread with every new standing. */
    public void addListener(Consumer<StandingUpdate> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<StandingUpdate> listener) {
        listeners.remove(listener);
    }

    /** The session whose workspace is shown. */
    public Session session() {
        return session;
    }

    /** The workspace's plans, in stored order. */
    public ObservableList<Plan> plans() {
        return plans;
    }

    /** The plan shown; setting another picks its month in the same step. */
    public ObjectProperty<Plan> planProperty() {
        return plan;
    }

    /** The as-of month shown. */
    public ObjectProperty<AsOf> asOfProperty() {
        return asOf;
    }

    /** The indicator selected (in the table, a chart, the grid); the detail pane follows it. */
    public ObjectProperty<Long> indicatorIdProperty() {
        return indicatorId;
    }

    /** The view on screen; hidden views put their work off until they are shown. */
    public ObjectProperty<ViewId> shownViewProperty() {
        return shownView;
    }

    public boolean isShown(ViewId view) {
        return view.equals(shownView.get());
    }

    /** The plan's standing at the month, null while no plan is shown. */
    public ReadOnlyObjectProperty<PlanStatus> standingProperty() {
        return standing.getReadOnlyProperty();
    }

    public PlanStatus standing() {
        return standing.get();
    }

    /** How many standings were computed so far (benchmarks and tests count them). */
    public int computations() {
        return computations;
    }
}
