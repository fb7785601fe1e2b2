package com.targetmonitor.ui.excel;

import com.targetmonitor.logic.excel.imports.FileSummary;
import com.targetmonitor.logic.excel.imports.ImportFiles;
import com.targetmonitor.logic.excel.imports.ImportOptions;
import com.targetmonitor.logic.excel.imports.ImportPreview;
import com.targetmonitor.logic.excel.imports.ImportResult;
import com.targetmonitor.logic.excel.imports.ImportSession;
import com.targetmonitor.logic.excel.imports.PreviewRow;
import com.targetmonitor.logic.excel.imports.RowState;
import com.targetmonitor.logic.excel.imports.SkippedLine;
import com.targetmonitor.logic.excel.imports.StatisticsImporter;
import com.targetmonitor.logic.excel.read.SpreadsheetException;
import com.targetmonitor.logic.excel.targets.TargetAction;
import com.targetmonitor.logic.excel.targets.TargetPreviewRow;
import com.targetmonitor.logic.excel.targets.TargetsImporter;
import com.targetmonitor.logic.excel.targets.TargetsPreview;
import com.targetmonitor.logic.excel.targets.TargetsResult;
import com.targetmonitor.logic.excel.targets.TargetsTable;
import com.targetmonitor.logic.task.ProgressListener;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Plan;
import com.targetmonitor.persistence.Workspace;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.Msg;
import com.targetmonitor.ui.dialog.DialogService;
import com.targetmonitor.ui.dialog.FileType;
import com.targetmonitor.ui.task.BackgroundTask;
import com.targetmonitor.ui.task.TaskExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The import of statistics files and targets tables into the plan the window shows: choose the
 * files, read and match them off the FX thread (with progress and Cancel), let the officer check
 * every row — fix a mapping, confirm or leave out a weak match — and only then write everything in
 * one transaction. A file that cannot be read is refused with one line saying why, before the
 * workspace is touched. Imports are not {@code EditHistory} steps (they have their own history and
 * undo), so the window reloads through {@link #setOnApplied}.
 */
public final class ImportPreviewViewModel {

    /** Where the import stands; the view shows the progress or the preview from it. */
    public enum Phase { IDLE, READING, PREVIEW, APPLYING }

    /** Which rows the preview table lists. */
    public enum RowFilter {
        ALL, TO_WRITE, TO_CHECK, ERRORS, REST;

        boolean test(PreviewRow row) {
            return switch (this) {
                case ALL -> true;
                case TO_WRITE -> row.state() == RowState.APPLY;
                case TO_CHECK -> row.state() == RowState.QUESTION || row.state() == RowState.UNMATCHED;
                case ERRORS -> row.state() == RowState.ERROR;
                case REST -> row.state() == RowState.UNCHANGED || row.state() == RowState.NO_VALUE
                        || row.state() == RowState.IGNORED;
            };
        }

        public String text() {
            return I18n.get(switch (this) {
                case ALL -> Msg.EXCEL_PREVIEW_FILTER_ALL;
                case TO_WRITE -> Msg.EXCEL_PREVIEW_FILTER_WRITE;
                case TO_CHECK -> Msg.EXCEL_PREVIEW_FILTER_CHECK;
                case ERRORS -> Msg.EXCEL_PREVIEW_FILTER_ERRORS;
                case REST -> Msg.EXCEL_PREVIEW_FILTER_REST;
            });
        }
    }

    /** What a read gives: the statistics matched to the plan, and the targets tables previewed. */
    private record Prepared(ImportSession session, List<TargetsPreview> targets) {
    }

    private final Session session;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Supplier<Plan> plan;
    private final Executor fxThread;
    private Runnable onApplied = () -> { };
    private TaskExecutor.TaskHandle running;
    private ImportSession importSession;
    private List<TargetsPreview> targetPreviews = List.of();

    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.IDLE);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper applyText = new ReadOnlyStringWrapper(this, "applyText", "");
    private final ReadOnlyBooleanWrapper canApply = new ReadOnlyBooleanWrapper(this, "canApply", false);
    private final ObservableList<PreviewRow> rows = FXCollections.observableArrayList();
    private final FilteredList<PreviewRow> shownRows = new FilteredList<>(rows);
    private final ObjectProperty<RowFilter> filter = new SimpleObjectProperty<>(this, "filter", RowFilter.ALL);
    private final ObservableList<SkippedLine> skipped = FXCollections.observableArrayList();
    private final ObservableList<TargetPreviewRow> targetRows = FXCollections.observableArrayList();
    private final ObservableList<String> fileLines = FXCollections.observableArrayList();

    /** The application's: progress reaches the dialog through {@link Platform#runLater}. */
    public ImportPreviewViewModel(Session session, TaskExecutor tasks, DialogService dialogs, Supplier<Plan> plan) {
        this(session, tasks, dialogs, plan, Platform::runLater);
    }

    /**
     * @param plan     the plan the window shows (files are imported into it), or null while none
     * @param fxThread runs progress updates where the properties live (tests: {@code Runnable::run})
     */
    public ImportPreviewViewModel(Session session, TaskExecutor tasks, DialogService dialogs, Supplier<Plan> plan,
                                  Executor fxThread) {
        this.session = Objects.requireNonNull(session, "session");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.plan = Objects.requireNonNull(plan, "plan");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
        shownRows.setPredicate(RowFilter.ALL::test);
        filter.addListener((o, was, now) -> shownRows.setPredicate((now == null ? RowFilter.ALL : now)::test));
    }

    /** Called after an import wrote to the workspace (the window reloads its plans and standing). */
    public void setOnApplied(Runnable onApplied) {
        this.onApplied = Objects.requireNonNull(onApplied, "onApplied");
    }

    /** 导入…: asks for the files, then reads them. Does nothing while no plan is shown or work runs. */
    public void chooseAndRead() {
        if (plan.get() == null || phase.get() != Phase.IDLE) {
            return;
        }
        List<Path> files = dialogs.chooseFilesToOpen(I18n.get(Msg.EXCEL_IMPORT_CHOOSE),
                FileType.of(I18n.get(Msg.EXCEL_FILE_TYPE_SPREADSHEETS), "xlsx", "xls", "csv"));
        if (!files.isEmpty()) {
            read(files);
        }
    }

    /** Reads and matches the files off the FX thread; the preview follows, or one line saying why not. */
    public void read(List<Path> files) {
        Plan target = plan.get();
        if (target == null || files.isEmpty() || phase.get() != Phase.IDLE) {
            return;
        }
        phase.set(Phase.READING);
        progress.set(-1);
        progressText.set(I18n.get(Msg.EXCEL_IMPORT_READING_TITLE));
        ImportOptions options = new ImportOptions(null, target.year());
        Workspace ws = session.workspace();
        running = tasks.execute(BackgroundTask.of(I18n.get(Msg.EXCEL_IMPORT_READING_TITLE), (listener, cancel) -> {
            ProgressListener reading = tee(listener, (done, total, text) ->
                    I18n.get(Msg.EXCEL_IMPORT_READING, text, String.valueOf(done)));
            ImportFiles read = ImportFiles.read(files, options, reading, cancel);
            report(-1, I18n.get(Msg.EXCEL_IMPORT_MATCHING));
            List<TargetsPreview> targets = new ArrayList<>();
            for (TargetsTable table : read.targets()) {
                cancel.check();
                targets.add(TargetsImporter.preview(ws, target, table));
            }
            ImportSession stats = read.statistics().isEmpty() ? null
                    : StatisticsImporter.preview(ws, target, read.statistics(), options, cancel);
            return new Prepared(stats, targets);
        }).onSuccess(this::show).onFailure(this::readFailed).onCancelled(this::reset));
    }

    /** Stops the reading or the writing under way; nothing is written. */
    public void cancel() {
        if (running != null && !running.isDone()) {
            running.cancel();
        }
    }

    /** Closes the preview without writing anything. */
    public void discard() {
        if (phase.get() == Phase.APPLYING) {
            cancel();
            return;
        }
        reset();
    }

    /** The plan's indicators, the most alike the row's name first, to pick from. */
    public List<Indicator> candidates(int rowId) {
        return importSession == null ? List.of() : importSession.candidates(rowId);
    }

    /** The officer says which indicator the row means; remembered as an alias once applied. */
    public void assign(int rowId, long indicatorId) {
        if (editable()) {
            refresh(importSession.assign(rowId, indicatorId));
        }
    }

    /** The officer confirms a weak match. */
    public void accept(int rowId) {
        if (editable()) {
            refresh(importSession.accept(rowId));
        }
    }

    /** The officer leaves the row out. */
    public void ignore(int rowId) {
        if (editable()) {
            refresh(importSession.ignore(rowId));
        }
    }

    /**
     * Writes the targets and every row to write, in one transaction, off the FX thread. On success
     * the preview closes, the officer is told what was written and the window reloads.
     */
    public void apply() {
        if (phase.get() != Phase.PREVIEW || !canApply.get()) {
            return;
        }
        phase.set(Phase.APPLYING);
        progress.set(-1);
        progressText.set(I18n.get(Msg.EXCEL_IMPORT_APPLYING, "0", String.valueOf(writes()), ""));
        ImportSession stats = importSession;
        List<TargetsPreview> targets = targetPreviews;
        Workspace ws = session.workspace();
        running = tasks.execute(BackgroundTask.of(I18n.get(Msg.EXCEL_IMPORT_APPLYING, "", "", ""),
                (listener, cancel) -> ws.inTransaction(() -> {
                    // Targets first: the statistics were matched against the plan as it stands.
                    List<TargetsResult> written = new ArrayList<>();
                    for (TargetsPreview t : targets) {
                        cancel.check();
                        if (writes(t) > 0) {
                            written.add(TargetsImporter.apply(ws, t));
                        }
                    }
                    ImportResult result = stats == null || stats.preview().writes() == 0 ? null
                            : stats.apply(tee(listener, (done, total, text) -> I18n.get(Msg.EXCEL_IMPORT_APPLYING,
                            String.valueOf(done), String.valueOf(total), text)), cancel);
                    return new Applied(result, written);
                })).onSuccess(this::applied).onFailure(this::applyFailed).onCancelled(() -> {
                    running = null;
                    if (stats != null && stats.isApplied()) {
                        // Cancelled too late: the transaction had committed, so show what it wrote.
                        reset();
                        onApplied.run();
                    } else {
                        phase.set(Phase.PREVIEW);
                    }
                }));
    }

    private record Applied(ImportResult statistics, List<TargetsResult> targets) {
    }

    private void show(Prepared prepared) {
        running = null;
        importSession = prepared.session();
        targetPreviews = List.copyOf(prepared.targets());
        Plan shown = plan.get();
        title.set(I18n.get(Msg.EXCEL_PREVIEW_TITLE, shown == null ? "" : shown.name()));
        List<String> lines = new ArrayList<>();
        if (importSession != null) {
            for (FileSummary f : importSession.preview().files()) {
                lines.add(I18n.get(Msg.EXCEL_PREVIEW_FILE, f.fileName(), f.periodLabel(), String.valueOf(f.dataRows())));
                f.earlierImports().stream().findFirst().ifPresent(b ->
                        lines.add(I18n.get(Msg.EXCEL_PREVIEW_FILE_EARLIER, ImportTexts.time(b.importedAt()))));
            }
            rows.setAll(importSession.preview().rows());
            skipped.setAll(importSession.preview().skipped());
        } else {
            rows.clear();
            skipped.clear();
        }
        List<TargetPreviewRow> all = new ArrayList<>();
        for (TargetsPreview t : targetPreviews) {
            lines.add(I18n.get(Msg.EXCEL_PREVIEW_FILE, t.table().fileName(), t.table().title(),
                    String.valueOf(t.rows().size())));
            if (!t.newUnits().isEmpty()) {
                lines.add(I18n.get(Msg.EXCEL_PREVIEW_NEW_UNITS, String.join(" / ", t.newUnits())));
            }
            all.addAll(t.rows());
        }
        targetRows.setAll(all);
        fileLines.setAll(lines);
        filter.set(RowFilter.ALL);
        updateSummary();
        phase.set(Phase.PREVIEW);
    }

    private void refresh(ImportPreview preview) {
        List<PreviewRow> now = preview.rows();
        if (now.size() != rows.size()) {
            rows.setAll(now);
        } else {
            // Replace only the rows that changed, so the table keeps its scroll position and selection.
            for (int i = 0; i < now.size(); i++) {
                if (!now.get(i).equals(rows.get(i))) {
                    rows.set(i, now.get(i));
                }
            }
        }
        updateSummary();
    }

    private void updateSummary() {
        ImportPreview p = importSession == null ? null : importSession.preview();
        long apply = p == null ? 0 : p.count(RowState.APPLY);
        long rest = p == null ? 0 : p.count(RowState.UNCHANGED) + p.count(RowState.NO_VALUE)
                + p.count(RowState.IGNORED);
        summary.set(I18n.get(Msg.EXCEL_PREVIEW_SUMMARY, String.valueOf(apply),
                String.valueOf(p == null ? 0 : p.count(RowState.QUESTION)),
                String.valueOf(p == null ? 0 : p.count(RowState.UNMATCHED)),
                String.valueOf(p == null ? 0 : p.count(RowState.ERROR)), String.valueOf(rest)));
        long writes = writes();
        applyText.set(I18n.get(Msg.EXCEL_PREVIEW_APPLY, String.valueOf(writes)));
        canApply.set(writes > 0);
    }

    /** Values and targets a confirmation would write. */
    private long writes() {
        long n = importSession == null ? 0 : importSession.preview().writes();
        for (TargetsPreview t : targetPreviews) {
            n += writes(t);
        }
        return n;
    }

    private static long writes(TargetsPreview t) {
        return t.count(TargetAction.CREATE) + t.count(TargetAction.UPDATE);
    }

    private void applied(Applied done) {
        running = null;
        List<String> lines = new ArrayList<>();
        for (TargetsResult t : done.targets()) {
            lines.add(I18n.get(Msg.EXCEL_IMPORT_DONE_TARGETS, String.valueOf(t.created()),
                    String.valueOf(t.updated()), String.valueOf(t.unitsCreated())));
        }
        if (done.statistics() != null) {
            lines.add(I18n.get(Msg.EXCEL_IMPORT_DONE_VALUES, String.valueOf(done.statistics().written()),
                    String.valueOf(done.statistics().batches().size())));
            if (done.statistics().aliases() > 0) {
                lines.add(I18n.get(Msg.EXCEL_IMPORT_DONE_ALIASES, String.valueOf(done.statistics().aliases())));
            }
        }
        if (lines.isEmpty()) {
            lines.add(I18n.get(Msg.EXCEL_IMPORT_NOTHING));
        }
        reset();
        onApplied.run();
        dialogs.showInfo(I18n.get(Msg.EXCEL_IMPORT_DONE_TITLE), String.join("\n", lines));
    }

    private void applyFailed(Throwable error) {
        running = null;
        phase.set(Phase.PREVIEW);
        String why = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        dialogs.showError(I18n.get(Msg.EXCEL_IMPORT_FAILED_TITLE), I18n.get(Msg.EXCEL_IMPORT_APPLY_FAILED, why));
    }

    private void readFailed(Throwable error) {
        reset();
        if (error instanceof SpreadsheetException bad) {
            dialogs.showError(I18n.get(Msg.EXCEL_IMPORT_FAILED_TITLE), ImportTexts.refusal(bad));
        } else {
            dialogs.showException(I18n.get(Msg.EXCEL_IMPORT_FAILED_TITLE), error);
        }
    }

    private void reset() {
        running = null;
        importSession = null;
        targetPreviews = List.of();
        rows.clear();
        skipped.clear();
        targetRows.clear();
        fileLines.clear();
        canApply.set(false);
        progress.set(-1);
        progressText.set("");
        phase.set(Phase.IDLE);
    }

    private boolean editable() {
        return importSession != null && phase.get() == Phase.PREVIEW;
    }

    /** What a progress report says in the dialog. */
    @FunctionalInterface
    private interface Wording {
        String say(long done, long total, String text);
    }

    /** Passes progress on to the executor (status bar) and to this dialog's properties. */
    private ProgressListener tee(ProgressListener executor, Wording wording) {
        return (done, total, text) -> {
            executor.progress(done, total, text);
            if (text != null && !text.isEmpty()) {
                report(total > 0 ? (double) done / total : -1, wording.say(done, total, text));
            }
        };
    }

    private void report(double fraction, String text) {
        fxThread.execute(() -> {
            progress.set(fraction);
            progressText.set(text);
        });
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Counts per state, in words. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The confirm button's text: 导入 N 项. */
    public ReadOnlyStringProperty applyTextProperty() {
        return applyText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canApplyProperty() {
        return canApply.getReadOnlyProperty();
    }

    /** Every row of the preview. */
    public ObservableList<PreviewRow> rows() {
        return rows;
    }

    /** The rows the filter lets through, for the table. */
    public ObservableList<PreviewRow> shownRows() {
        return shownRows;
    }

    public ObjectProperty<RowFilter> filterProperty() {
        return filter;
    }

    /** Rows not read as data (hidden rows, footnotes, headings), with their cells. */
    public ObservableList<SkippedLine> skipped() {
        return skipped;
    }

    /** Rows of the targets tables among the files. */
    public ObservableList<TargetPreviewRow> targetRows() {
        return targetRows;
    }

    /** One line per file: name, period, rows; and a warning when the very file was imported before. */
    public ObservableList<String> fileLines() {
        return fileLines;
    }

    /** The row as the preview now has it. */
    public PreviewRow row(int rowId) {
        return rows.stream().filter(r -> r.id() == rowId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no preview row " + rowId));
    }
}
