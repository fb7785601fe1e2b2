package com.targetmonitor.ui.excel;

import com.targetmonitor.logic.backup.BackupReason;
import com.targetmonitor.logic.backup.BackupStore;
import com.targetmonitor.logic.excel.imports.ImportFiles;
import com.targetmonitor.logic.excel.imports.ImportOptions;
import com.targetmonitor.logic.excel.imports.ImportResult;
import com.targetmonitor.logic.excel.imports.ImportSession;
import com.targetmonitor.logic.excel.imports.StatisticsImporter;
import com.targetmonitor.logic.excel.targets.TargetsImporter;
import com.targetmonitor.logic.excel.targets.TargetsProposal;
import com.targetmonitor.logic.excel.targets.TargetsResult;
import com.targetmonitor.logic.excel.targets.TargetsTable;
import com.targetmonitor.logic.task.ProgressListener;
import com.targetmonitor.model.Plan;
import com.targetmonitor.persistence.Workspace;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.task.BackgroundTask;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The two pieces of work {@link ImportPreviewViewModel} runs off the FX thread — reading and
 * matching the files, and writing what the officer confirmed in one transaction — and the progress
 * they report to the dialog. Kept apart from the ViewModel so its phases read without the task
 * bodies; the progress properties still belong to the ViewModel (it is their bean).
 */
final class ImportTasks {

    /** What a read gives: the statistics matched to the plan, and the targets tables previewed. */
    record Prepared(ImportSession session, List<TargetsProposal> targets) {
    }

    /** What a confirmation wrote. */
    record Applied(ImportResult statistics, List<TargetsResult> targets) {

        /** What was written, in words, one line each, for the message after the import. */
        String text() {
            List<String> lines = new ArrayList<>();
            for (TargetsResult t : targets) {
                lines.add(I18n.get(ExcelMsg.EXCEL_IMPORT_DONE_TARGETS, String.valueOf(t.created()),
                        String.valueOf(t.updated()), String.valueOf(t.unitsCreated())));
            }
            if (statistics != null) {
                lines.add(I18n.get(ExcelMsg.EXCEL_IMPORT_DONE_VALUES, String.valueOf(statistics.written()),
                        String.valueOf(statistics.batches().size())));
                if (statistics.aliases() > 0) {
                    lines.add(I18n.get(ExcelMsg.EXCEL_IMPORT_DONE_ALIASES, String.valueOf(statistics.aliases())));
                }
            }
            if (lines.isEmpty()) {
                lines.add(I18n.get(ExcelMsg.EXCEL_IMPORT_NOTHING));
            }
            return String.join("\n", lines);
        }
    }

    private final Executor fxThread;
    private final ReadOnlyDoubleWrapper progress;
    private final ReadOnlyStringWrapper progressText;

    /**
     * @param bean     the ViewModel the progress properties belong to
     * @param fxThread runs progress updates where the properties live (tests: {@code Runnable::run})
     */
    ImportTasks(Object bean, Executor fxThread) {
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
        this.progress = new ReadOnlyDoubleWrapper(bean, "progress", -1);
        this.progressText = new ReadOnlyStringWrapper(bean, "progressText", "");
    }

    /** Work starts (on the FX thread): how far is not known yet, only what is being done. */
    void start(String text) {
        progress.set(-1);
        progressText.set(text);
    }

    /** Nothing runs: no progress to show. */
    void clear() {
        progress.set(-1);
        progressText.set("");
    }

    /** Reads the files and matches them to the plan; cancellable between files and tables. */
    BackgroundTask<Prepared> read(Workspace ws, Plan target, List<Path> files) {
        ImportOptions options = new ImportOptions(null, target.year());
        return BackgroundTask.of(I18n.get(ExcelMsg.EXCEL_IMPORT_READING_TITLE), (listener, cancel) -> {
            ProgressListener reading = tee(listener, (done, total, text) ->
                    I18n.get(ExcelMsg.EXCEL_IMPORT_READING, text, String.valueOf(done)));
            ImportFiles read = ImportFiles.read(files, options, reading, cancel);
            report(-1, I18n.get(ExcelMsg.EXCEL_IMPORT_MATCHING));
            List<TargetsProposal> targets = new ArrayList<>();
            for (TargetsTable table : read.targets()) {
                cancel.check();
                // The table's own region and year pick the plan, never the mere fact that one is shown.
                targets.add(TargetsProposal.propose(ws, target, table));
            }
            ImportSession stats = read.statistics().isEmpty() ? null
                    : StatisticsImporter.preview(ws, target, read.statistics(), options, cancel);
            return new Prepared(stats, targets);
        });
    }

    /** Writes the targets and the statistics (either may be absent) in one transaction. */
    BackgroundTask<Applied> apply(Workspace ws, ImportSession stats, List<TargetsProposal> targets) {
        return BackgroundTask.of(I18n.get(ExcelMsg.EXCEL_IMPORT_APPLYING, "", "", ""),
                (listener, cancel) -> {
                    // A backup first, outside the import's transaction: 文件 → 备份与恢复 can undo the whole import.
                    BackupStore.standard().create(ws, BackupReason.BEFORE_IMPORT);
                    return ws.inTransaction(() -> {
                        // Targets first: the statistics were matched against the plan as it stands.
                        List<TargetsResult> written = new ArrayList<>();
                        for (TargetsProposal t : targets) {
                            cancel.check();
                            if (t.writes() > 0) {
                                written.add(TargetsImporter.apply(ws, t.preview()));
                            }
                        }
                        ImportResult result = stats == null || stats.preview().writes() == 0 ? null
                                : stats.apply(tee(listener, (done, total, text) -> I18n.get(ExcelMsg.EXCEL_IMPORT_APPLYING,
                                String.valueOf(done), String.valueOf(total), text)), cancel);
                        return new Applied(result, written);
                    });
                });
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

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }
}
