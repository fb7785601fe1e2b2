package com.targetmonitor.ui.dashboard;

import com.targetmonitor.logic.status.PlanStatus;
import com.targetmonitor.logic.status.StatusColumns;
import com.targetmonitor.logic.workspace.WorkspaceQueries;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Plan;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.PeriodTexts;
import com.targetmonitor.ui.charts.TrendChartData;
import com.targetmonitor.ui.dialog.DialogService;
import com.targetmonitor.ui.state.StandingUpdate;
import com.targetmonitor.ui.state.ViewId;
import com.targetmonitor.ui.state.WindowState;
import com.targetmonitor.ui.task.BackgroundTask;
import com.targetmonitor.ui.task.TaskExecutor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * State of the dashboard tab: the charts of the chosen plan at the chosen month (pace, deviation,
 * bullet graphs, unit league), the trend of the selected indicator with last year's line when the
 * workspace holds last year's plan of the same region, and the chart export to PNG. The selected
 * indicator is a property the main window binds to its own, so a click on a bar selects the
 * indicator everywhere. Draws the window's one standing (the league and the charts' data off the
 * FX thread) after every update while its tab is shown; a hidden dashboard does no work until shown.
 */
public final class DashboardViewModel {

    /** The dashboard's tab (仪表盘): its charts are drawn only while it is on screen. */
    public static final ViewId VIEW = new ViewId("dashboard");

    /** Writes a chart's picture to a file; the view supplies it (a snapshot of the chart node). */
    @FunctionalInterface
    public interface ChartWriter {
        void write(Path file) throws IOException;
    }

    /** Rows each chart draws at first; "more" adds as many again. */
    public static final int ROWS_SHOWN = 30;

    private final WindowState state;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Consumer<StandingUpdate> onUpdate = this::updated;
    private final InvalidationListener onShown = o -> catchUp();
    private final InvalidationListener onSelect = o -> loadTrend();
    /** Behind the standing while hidden. */
    private boolean stale;
    /** Results of older computations arriving late are dropped. */
    private long generation;
    private long trendGeneration;

    private final ReadOnlyObjectWrapper<DashboardContent> content = new ReadOnlyObjectWrapper<>(this, "content");
    private final ReadOnlyObjectWrapper<TrendChartData> trend = new ReadOnlyObjectWrapper<>(this, "trend");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper trendTitle = new ReadOnlyStringWrapper(this, "trendTitle", "");
    private final ReadOnlyStringWrapper trendMessage = new ReadOnlyStringWrapper(this, "trendMessage", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ReadOnlyStringWrapper moreText = new ReadOnlyStringWrapper(this, "moreText", "");
    private final ReadOnlyBooleanWrapper more = new ReadOnlyBooleanWrapper(this, "more", false);
    /** Every chart's rows; {@link #content} holds the first {@link #shownRows} of them. */
    private DashboardContent full;
    private int shownRows = ROWS_SHOWN;

    /** Draws the window state's standing while the dashboard tab is shown; hidden, it waits until shown. */
    public DashboardViewModel(WindowState state, TaskExecutor tasks, DialogService dialogs) {
        this.state = Objects.requireNonNull(state, "state");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        state.addListener(onUpdate);
        state.shownViewProperty().addListener(onShown);
        state.indicatorIdProperty().addListener(onSelect);
        showNothing();
    }

    /**
     * Shows the plan at the as-of month (selects them in the window state; null: nothing). Asking
     * again for what is shown computes nothing.
     */
    public void show(Plan newPlan, AsOf newAsOf) {
        state.select(newPlan, newAsOf);
        PlanStatus now = state.standing();
        DashboardContent shown = content.get();
        if (now == null || shown == null || shown.status() != now) {
            compute(now);
        }
    }

    /** Computes the charts again from the window's standing, off the FX thread. */
    public void refresh() {
        compute(state.standing());
    }

    private boolean isShown() {
        return state.isShown(VIEW);
    }

    private void updated(StandingUpdate update) {
        if (!isShown()) {
            stale = true;
            return;
        }
        compute(update.standing());
    }

    private void catchUp() {
        if (stale && isShown()) {
            stale = false;
            compute(state.standing());
        }
    }

    private void compute(PlanStatus status) {
        long g = ++generation;
        stale = false;
        if (status == null) {
            showNothing();
            return;
        }
        WorkspaceQueries queries = state.session().queries();
        loading.set(true);
        tasks.execute(BackgroundTask.of(I18n.get(DashboardMsg.DASHBOARD_LOADING, status.plan().name()),
                (progress, cancel) -> DashboardContent.of(status, queries.league(status))).onSuccess(result -> {
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
            showNothing();
            return;
        }
        showHeading(result);
        if (full == null || full.status().plan().id() != result.status().plan().id()) {
            shownRows = ROWS_SHOWN;
        }
        full = result;
        showRows();
        loadTrend();
    }

    private void showHeading(DashboardContent result) {
        PlanStatus status = result.status();
        int month = status.asOf().monthWithin(status.plan().year());
        String period = month == 0 ? "" : PeriodTexts.months(month);
        heading.set(I18n.get(DashboardMsg.DASHBOARD_HEADING, status.plan().name(), period,
                StatusColumns.number(result.pace().timeProgressPct())));
    }

    /** Draws more rows in each chart (the "more" button). */
    public void showMore() {
        if (full != null) {
            shownRows += ROWS_SHOWN;
            showRows();
        }
    }

    private void showRows() {
        content.set(full.first(shownRows));
        int total = full.largest();
        more.set(total > shownRows);
        moreText.set(more.get() ? I18n.get(DashboardMsg.DASHBOARD_MORE, Math.min(ROWS_SHOWN, total - shownRows), total)
                : "");
    }

    /** True while some chart has rows not drawn. */
    public ReadOnlyBooleanProperty moreProperty() {
        return more.getReadOnlyProperty();
    }

    /** "再显示30项（共7,500项）". */
    public ReadOnlyStringProperty moreTextProperty() {
        return moreText.getReadOnlyProperty();
    }

    /** Texts depend on the language: call after switching it (before the view is built again). */
    public void refreshTexts() {
        DashboardContent shown = content.get();
        if (shown == null) {
            showNothing();
            return;
        }
        showHeading(shown);
        showRows();
        message.set("");
        loadTrend();
    }

    private void showNothing() {
        content.set(null);
        full = null;
        more.set(false);
        moreText.set("");
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
        Long id = state.indicatorIdProperty().get();
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
        WorkspaceQueries queries = state.session().queries();
        tasks.execute(BackgroundTask.of(I18n.get(DashboardMsg.DASHBOARD_LOADING, chosen.name()), (progress, cancel) ->
                TrendChartData.of(chosen, queries.observationsOf(chosen.id()), ofPlan.year(),
                        queries.lastYear(ofPlan, chosen)))
                .onSuccess(data -> {
                    if (g == trendGeneration) {
                        trend.set(data);
                        trendTitle.set(I18n.get(DashboardMsg.DASHBOARD_TREND_TITLE, chosen.name()));
                        boolean nothing = data.actual().isEmpty() && data.planned().isEmpty() && data.target() == null;
                        trendMessage.set(nothing ? I18n.get(DashboardMsg.DASHBOARD_TREND_NO_DATA, chosen.name()) : "");
                    }
                }));
    }

    /** Selects an indicator, e.g. when its bar is clicked. */
    public void selectIndicator(Long indicatorId) {
        state.indicatorIdProperty().set(indicatorId);
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
                name.append(PeriodTexts.months(month)).append('_');
            }
        }
        name.append(chartName);
        return name.toString().replaceAll("[\\\\/:*?\"<>|\\s]+", "_") + ".png";
    }

    /** Stops following the window state; call when the dashboard is thrown away for good. */
    public void dispose() {
        state.removeListener(onUpdate);
        state.shownViewProperty().removeListener(onShown);
        state.indicatorIdProperty().removeListener(onSelect);
    }

    /** The indicator selected: the window state's, shared with the table and the detail pane. */
    public ObjectProperty<Long> selectedIndicatorIdProperty() {
        return state.indicatorIdProperty();
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
