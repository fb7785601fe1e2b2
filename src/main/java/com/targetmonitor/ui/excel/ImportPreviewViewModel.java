package com.targetmonitor.ui.excel;

import com.targetmonitor.logic.excel.imports.ImportSession;
import com.targetmonitor.logic.excel.imports.PreviewRow;
import com.targetmonitor.logic.excel.imports.RowState;
import com.targetmonitor.logic.excel.imports.SkippedLine;
import com.targetmonitor.logic.excel.read.SpreadsheetException;
import com.targetmonitor.logic.excel.targets.TargetPreviewRow;
import com.targetmonitor.logic.excel.targets.TargetsProposal;
import com.targetmonitor.logic.excel.imports.ImportService;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Plan;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.dialog.DialogService;
import com.targetmonitor.ui.dialog.FileType;
import com.targetmonitor.ui.task.TaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;

/**
 * The import of statistics files and targets tables into the plan the window shows: choose the
 * files, read and match them off the FX thread (with progress and Cancel), let the officer check
 * every row — fix a mapping, confirm or leave out a weak match — and only then write everything in
 * one transaction. A file that cannot be read is refused with one line saying why, before the
 * workspace is touched. Imports are not {@code EditHistory} steps (they have their own history and
 * undo), so the window reloads through {@link #setOnApplied}. The preview's rows and counts live in
 * {@link ImportRowsModel}, the work off the FX thread in {@link ImportTasks}.
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
                        || row.state() == RowState.IGNORED || row.state() == RowState.NOT_APPLYING
                        || row.state() == RowState.NOT_PERMITTED;
            };
        }

        public String text() {
            return I18n.get(switch (this) {
                case ALL -> ExcelMsg.EXCEL_PREVIEW_FILTER_ALL;
                case TO_WRITE -> ExcelMsg.EXCEL_PREVIEW_FILTER_WRITE;
                case TO_CHECK -> ExcelMsg.EXCEL_PREVIEW_FILTER_CHECK;
                case ERRORS -> ExcelMsg.EXCEL_PREVIEW_FILTER_ERRORS;
                case REST -> ExcelMsg.EXCEL_PREVIEW_FILTER_REST;
            });
        }
    }

    private final ImportService imports;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Supplier<Plan> plan;
    private final ImportTasks work;
    private final ImportRowsModel preview = new ImportRowsModel(this);
    private Runnable onApplied = () -> { };
    private TaskExecutor.TaskHandle running;

    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.IDLE);

    /** The application's: progress reaches the dialog through {@link Platform#runLater}. */
    public ImportPreviewViewModel(ImportService imports, TaskExecutor tasks, DialogService dialogs, Supplier<Plan> plan) {
        this(imports, tasks, dialogs, plan, Platform::runLater);
    }

    /**
     * @param plan     the plan the window shows (files are imported into it), or null while none
     * @param fxThread runs progress updates where the properties live (tests: {@code Runnable::run})
     */
    public ImportPreviewViewModel(ImportService imports, TaskExecutor tasks, DialogService dialogs, Supplier<Plan> plan,
                                  Executor fxThread) {
        this.imports = Objects.requireNonNull(imports, "imports");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.plan = Objects.requireNonNull(plan, "plan");
        this.work = new ImportTasks(this, Objects.requireNonNull(fxThread, "fxThread"));
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
        List<Path> files = dialogs.chooseFilesToOpen(I18n.get(ExcelMsg.EXCEL_IMPORT_CHOOSE),
                FileType.of(I18n.get(ExcelMsg.EXCEL_FILE_TYPE_SPREADSHEETS), "xlsx", "xls", "csv"));
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
        work.start(I18n.get(ExcelMsg.EXCEL_IMPORT_READING_TITLE));
        running = tasks.execute(work.read(imports, target, files)
                .onSuccess(this::show).onFailure(this::readFailed).onCancelled(this::reset));
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
        return preview.session() == null ? List.of() : preview.session().candidates(rowId);
    }

    /** The officer says which indicator the row means; remembered as an alias once applied. */
    public void assign(int rowId, long indicatorId) {
        if (editable()) {
            preview.refresh(preview.session().assign(rowId, indicatorId));
        }
    }

    /** The officer confirms a weak match. */
    public void accept(int rowId) {
        if (editable()) {
            preview.refresh(preview.session().accept(rowId));
        }
    }

    /** The officer leaves the row out. */
    public void ignore(int rowId) {
        if (editable()) {
            preview.refresh(preview.session().ignore(rowId));
        }
    }

    /**
     * The officer says which plan the index-th targets table goes into (one of its options); the
     * table is previewed against that plan. Nothing is written before {@link #apply()}.
     */
    public void choosePlan(int index, Plan picked) {
        if (phase.get() != Phase.PREVIEW || picked == null || index < 0 || index >= preview.targets().size()) {
            return;
        }
        preview.choosePlan(index, imports.choose(preview.targets().get(index), picked));
    }

    /** Which plan the index-th targets table goes into and why, in words. */
    public String planText(int index) {
        return ImportTexts.planChoice(preview.targets().get(index));
    }

    /**
     * Writes the targets and every row to write, in one transaction, off the FX thread. On success
     * the preview closes, the officer is told what was written and the window reloads.
     */
    public void apply() {
        if (phase.get() != Phase.PREVIEW || !preview.canApplyProperty().get()) {
            return;
        }
        phase.set(Phase.APPLYING);
        work.start(I18n.get(ExcelMsg.EXCEL_IMPORT_APPLYING, "0", String.valueOf(preview.writes()), ""));
        ImportSession stats = preview.session();
        running = tasks.execute(work.apply(imports, stats, preview.targets())
                .onSuccess(this::applied).onFailure(this::applyFailed).onCancelled(() -> {
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

    private void show(ImportTasks.Prepared prepared) {
        running = null;
        preview.show(prepared.session(), prepared.targets(), plan.get());
        phase.set(Phase.PREVIEW);
    }

    private void applied(ImportTasks.Applied done) {
        running = null;
        String text = done.text();
        reset();
        onApplied.run();
        dialogs.showInfo(I18n.get(ExcelMsg.EXCEL_IMPORT_DONE_TITLE), text);
    }

    private void applyFailed(Throwable error) {
        running = null;
        phase.set(Phase.PREVIEW);
        String why = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        dialogs.showError(I18n.get(ExcelMsg.EXCEL_IMPORT_FAILED_TITLE), I18n.get(ExcelMsg.EXCEL_IMPORT_APPLY_FAILED, why));
    }

    private void readFailed(Throwable error) {
        reset();
        if (error instanceof SpreadsheetException bad) {
            dialogs.showError(I18n.get(ExcelMsg.EXCEL_IMPORT_FAILED_TITLE), ImportTexts.refusal(bad));
        } else {
            dialogs.showException(I18n.get(ExcelMsg.EXCEL_IMPORT_FAILED_TITLE), error);
        }
    }

    private void reset() {
        running = null;
        preview.clear();
        work.clear();
        phase.set(Phase.IDLE);
    }

    private boolean editable() {
        return preview.session() != null && phase.get() == Phase.PREVIEW;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return work.progressProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return work.progressTextProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return preview.titleProperty();
    }

    /** Counts per state, in words. */
    public ReadOnlyStringProperty summaryProperty() {
        return preview.summaryProperty();
    }

    /** The confirm button's text: 导入 N 项. */
    public ReadOnlyStringProperty applyTextProperty() {
        return preview.applyTextProperty();
    }

    public ReadOnlyBooleanProperty canApplyProperty() {
        return preview.canApplyProperty();
    }

    /** Every row of the preview. */
    public ObservableList<PreviewRow> rows() {
        return preview.rows();
    }

    /** The rows the filter lets through, for the table. */
    public ObservableList<PreviewRow> shownRows() {
        return preview.shownRows();
    }

    public ObjectProperty<RowFilter> filterProperty() {
        return preview.filterProperty();
    }

    /** Rows not read as data (hidden rows, footnotes, headings), with their cells. */
    public ObservableList<SkippedLine> skipped() {
        return preview.skipped();
    }

    /** The targets tables among the files, each with the plan it goes into (or none chosen yet). */
    public ObservableList<TargetsProposal> targetTables() {
        return preview.targets();
    }

    /** The responsible units the targets would create, in words, or empty. */
    public ReadOnlyStringProperty newUnitsProperty() {
        return preview.newUnitsProperty();
    }

    /** Rows of the targets tables among the files. */
    public ObservableList<TargetPreviewRow> targetRows() {
        return preview.targetRows();
    }

    /** One line per file: name, period, rows; and a warning when the very file was imported before. */
    public ObservableList<String> fileLines() {
        return preview.fileLines();
    }

    /** The row as the preview now has it. */
    public PreviewRow row(int rowId) {
        return preview.row(rowId);
    }
}
