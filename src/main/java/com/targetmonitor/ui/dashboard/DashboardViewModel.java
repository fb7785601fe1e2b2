package com.targetmonitor.ui.dashboard;

import com.targetmonitor.logic.edit.EditHistory;
import com.targetmonitor.logic.league.UnitLeague;
import com.targetmonitor.logic.status.PlanStatus;
import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.logic.status.StatusColumns;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Plan;
import com.targetmonitor.persistence.Workspace;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.charts.TrendChartData;
import com.targetmonitor.ui.dialog.DialogService;
import com.targetmonitor.ui.task.BackgroundTask;
import com.targetmonitor.ui.task.TaskExecutor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * State of the dashboard tab: the charts of the chosen plan at the chosen month (pace, deviation,
 * bullet graphs, unit league), the trend of the selected indicator with last year's line when the
 * workspace holds last year's plan of the same region, and the chart export to PNG. The selected
 * indicator is a property the main window binds to its own, so a click on a bar selects the
 * indicator everywhere. Recomputes off the FX thread after every edit; forgets the plan when
 * another workspace is opened (the window then shows the new one).
 */
public final class DashboardViewModel {

    /** Writes a chart's picture to a file; the view supplies it (a snapshot of the chart node). */
    @FunctionalInterface
    public interface ChartWriter {
        void write(Path file) throws IOException;
    }

    private final Session session;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Runnable onEdit = this::refresh;
    private final Consumer<Workspace> onReplace = w -> workspaceReplaced();
    private EditHistory watchedHistory;
    private Plan plan;
    private AsOf asOf;
    /** Results of older computations arriving late are dropped. */
    private long generation;
    private long trendGeneration;

    private final ObjectProperty<Long> selectedIndicatorId = new SimpleObjectProperty<>(this, "selectedIndicatorId");
    private final ReadOnlyObjectWrapper<DashboardContent> content = new ReadOnlyObjectWrapper<>(this, "content");
    private final ReadOnlyObjectWrapper<TrendChartData> trend = new ReadOnlyObjectWrapper<>(this, "trend");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper trendTitle = new ReadOnlyStringWrapper(this, "trendTitle", "");
    private final ReadOnlyStringWrapper trendMessage = new ReadOnlyStringWrapper(this, "trendMessage", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);

    public DashboardViewModel(Session session, TaskExecutor tasks, DialogService dialogs) {
        this.session = Objects.requireNonNull(session, "session");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        session.addListener(onReplace);
        watchHistory();
        selectedIndicatorId.addListener(o -> loadTrend());
        showNothing();
    }

    /**
     * Shows the plan at the as-of month (null: nothing). Asking again for what is shown does
     * nothing, so the window may call this whenever its selection changes; edits refresh by themselves.
     */
    public void show(Plan newPlan, AsOf newAsOf) {
        if (Objects.equals(newPlan, plan) && Objects.equals(newAsOf, asOf)
                && (content.get() != null || loading.get())) {
            return;
        }
        plan = newPlan;
        asOf = newAsOf;
        refresh();
    }

    /** Shows a standing already computed (e.g. the main window's); only the league is computed here. */
    public void show(PlanStatus status) {
        if (status == null) {
            show(null, null);
            return;
        }
        plan = status.plan();
        asOf = status.asOf();
        compute(status);
    }

    /** Computes the charts again from the workspace, off the FX thread. */
    public void refresh() {
        compute(null);
    }

    private void compute(PlanStatus given) {
        long g = ++generation;
        if (plan == null || asOf == null) {
            showNothing();
            return;
        }
        Workspace workspace = session.workspace();
        Plan wanted = plan;
        AsOf month = asOf;
        loading.set(true);
        tasks.execute(BackgroundTask.of(I18n.get(DashboardMsg.DASHBOARD_LOADING, wanted.name()), (progress, cancel) -> {
            // Read the plan again: its rules may have been edited since the window chose it.
            Optional<Plan> current = workspace.plans().find(wanted.id());
            if (current.isEmpty()) {
                return null;
            }
            PlanStatus status = given != null ? given : new PlanStatusService(workspace).status(current.get(), month);
            return DashboardContent.of(status, new UnitLeague(workspace).table(current.get(), month));
        }).onSuccess(result -> {
            if (g == generation) {
                apply(result);
            }
        }).onFailure(error -> {
            if (g == generation) {
                loading.set(false);
                dialogs.showException(I18n.get(DashboardMsg.DASHBOARD_LOAD_FAILED), error);
            }
        }));
    }

    private void apply(DashboardContent result) {
        loading.set(false);
        if (result == null) {
            plan = null;
            showNothing();
            return;
        }
        showHeading(result);
        content.set(result);
        loadTrend();
    }

    private void showHeading(DashboardContent result) {
        PlanStatus status = result.status();
        int month = status.asOf().monthWithin(status.plan().year());
        String period = month == 0 ? "" : Period.month(status.plan().year(), month).label();
        heading.set(I18n.get(DashboardMsg.DASHBOARD_HEADING, status.plan().name(), period,
                StatusColumns.number(result.pace().timeProgressPct())));
    }

    /** Texts depend on the language: call after switching it (before the view is built again). */
    public void refreshTexts() {
        DashboardContent shown = content.get();
        if (shown == null) {
            showNothing();
            return;
        }
        showHeading(shown);
        message.set("");
        loadTrend();
    }

    private void showNothing() {
        content.set(null);
        trend.set(null);
        loading.set(false);
        heading.set(I18n.get(DashboardMsg.DASHBOARD_EMPTY));
        trendTitle.set(I18n.get(DashboardMsg.DASHBOARD_TREND_NONE));
        trendMessage.set(I18n.get(DashboardMsg.DASHBOARD_TREND_HINT));
    }

    /** The trend of the selected indicator, with last year's figures when there are any. */
    private void loadTrend() {
        long g = ++trendGeneration;
        DashboardContent shown = content.get();
        Long id = selectedIndicatorId.get();
        Optional<Indicator> indicator = shown == null || id == null ? Optional.empty()
                : shown.status().rows().stream().map(r -> r.standing().indicator())
                        .filter(i -> id.equals(i.id())).findFirst();
        if (indicator.isEmpty()) {
            trend.set(null);
            trendTitle.set(I18n.get(DashboardMsg.DASHBOARD_TREND_NONE));
            trendMessage.set(I18n.get(DashboardMsg.DASHBOARD_TREND_HINT));
            return;
        }
        Indicator chosen = indicator.get();
        Plan ofPlan = shown.status().plan();
        Workspace workspace = session.workspace();
        tasks.execute(BackgroundTask.of(I18n.get(DashboardMsg.DASHBOARD_LOADING, chosen.name()), (progress, cancel) ->
                TrendChartData.of(chosen, workspace.observations().findByIndicator(chosen.id()), ofPlan.year(),
                        lastYear(workspace, ofPlan, chosen)))
                .onSuccess(data -> {
                    if (g == trendGeneration) {
                        trend.set(data);
                        trendTitle.set(I18n.get(DashboardMsg.DASHBOARD_TREND_TITLE, chosen.name()));
                        boolean nothing = data.actual().isEmpty() && data.planned().isEmpty() && data.target() == null;
                        trendMessage.set(nothing ? I18n.get(DashboardMsg.DASHBOARD_TREND_NO_DATA, chosen.name()) : "");
                    }
                }));
    }

    /**
     * Last year's figures of the indicator: those of the indicator of the same name in a plan of the
     * same region for the year before (金昌市2022年 for 金昌市2023年). Empty when there is none.
     */
    static List<Observation> lastYear(Workspace workspace, Plan plan, Indicator indicator) {
        if (plan.region().isBlank()) {
            return List.of();
        }
        String name = indicator.name().strip();
        for (Plan earlier : workspace.plans().findAll()) {
            if (earlier.year() != plan.year() - 1 || !earlier.region().strip().equals(plan.region().strip())) {
                continue;
            }
            Optional<Indicator> same = workspace.indicators().findByPlan(earlier.id()).stream()
                    .filter(i -> i.name().strip().equals(name)).findFirst();
            if (same.isPresent()) {
                return workspace.observations().findByIndicator(same.get().id());
            }
        }
        return List.of();
    }

    /** Selects an indicator, e.g. when its bar is clicked. */
    public void selectIndicator(Long indicatorId) {
        selectedIndicatorId.set(indicatorId);
    }

    /**
     * Asks where to save a chart as PNG and writes it there (a failure is told, and leaves no half
     * picture). @return whether a file was written
     */
    public boolean exportChart(String chartName, ChartWriter writer) {
        Optional<Path> written = new PngExport(dialogs).export(suggestedFileName(chartName), writer);
        written.ifPresent(file -> message.set(I18n.get(DashboardMsg.DASHBOARD_EXPORTED, file)));
        return written.isPresent();
    }

    /** "金昌市2022年_1-6月_完成率与时序进度.png", without characters file systems refuse. */
    String suggestedFileName(String chartName) {
        DashboardContent shown = content.get();
        StringBuilder name = new StringBuilder();
        if (shown != null) {
            PlanStatus s = shown.status();
            int month = s.asOf().monthWithin(s.plan().year());
            name.append(s.plan().name()).append('_');
            if (month > 0) {
                name.append(Period.month(s.plan().year(), month).label()).append('_');
            }
        }
        name.append(chartName);
        return name.toString().replaceAll("[\\\\/:*?\"<>|\\s]+", "_") + ".png";
    }

    private void workspaceReplaced() {
        watchHistory();
        plan = null;
        asOf = null;
        generation++;
        trendGeneration++;
        showNothing();
    }

    private void watchHistory() {
        if (watchedHistory != null) {
            watchedHistory.removeListener(onEdit);
        }
        watchedHistory = session.history();
        watchedHistory.addListener(onEdit);
    }

    /** Stops listening to the session; call when the dashboard is thrown away for good. */
    public void dispose() {
        session.removeListener(onReplace);
        if (watchedHistory != null) {
            watchedHistory.removeListener(onEdit);
            watchedHistory = null;
        }
    }

    /** The indicator selected; bind it to the main window's (bidirectionally). */
    public ObjectProperty<Long> selectedIndicatorIdProperty() {
        return selectedIndicatorId;
    }

    /** The charts' data, or null when no plan is shown. */
    public ReadOnlyObjectProperty<DashboardContent> contentProperty() {
        return content.getReadOnlyProperty();
    }

    /** The trend of the selected indicator, or null when none is selected. */
    public ReadOnlyObjectProperty<TrendChartData> trendProperty() {
        return trend.getReadOnlyProperty();
    }

    /** "金昌市2022年（1-6月），时序进度 50%", or what to do when nothing is shown. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty trendTitleProperty() {
        return trendTitle.getReadOnlyProperty();
    }

    /** Shown instead of the trend chart: how to choose an indicator, or that it has no figures. */
    public ReadOnlyStringProperty trendMessageProperty() {
        return trendMessage.getReadOnlyProperty();
    }

    /** The last thing done, e.g. where a chart was exported to. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while the charts are being computed. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
