package com.targetmonitor.ui.excel;

import com.targetmonitor.logic.excel.imports.ImportFiles;
import com.targetmonitor.logic.excel.imports.ImportOptions;
import com.targetmonitor.logic.excel.imports.ImportResult;
import com.targetmonitor.logic.excel.imports.ImportService;
import com.targetmonitor.logic.excel.imports.ImportSession;
import com.targetmonitor.logic.excel.targets.TargetsProposal;
import com.targetmonitor.logic.excel.targets.TargetsResult;
import com.targetmonitor.logic.task.ProgressListener;
import com.targetmonitor.model.Plan;
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
    BackgroundTask<Prepared> read(ImportService imports, Plan target, List<Path> files) {
        ImportOptions options = new ImportOptions(null, target.year());
        return BackgroundTask.of(I18n.get(ExcelMsg.EXCEL_IMPORT_READING_TITLE), (listener, cancel) -> {
            ProgressListener reading = tee(listener, (done, total, text) ->
                    I18n.get(ExcelMsg.EXCEL_IMPORT_READING, text, String.valueOf(done)));
            ImportFiles read = ImportFiles.read(files, options, reading, cancel);
            report(-1, I18n.get(ExcelMsg.EXCEL_IMPORT_MATCHING));
            ImportService.Prepared prepared = imports.prepare(target, read, options, cancel);
            return new Prepared(prepared.statistics(), prepared.targets());
        });
    }

    /** Writes the targets and the statistics (either may be absent) in one transaction. */
    BackgroundTask<Applied> apply(ImportService imports, ImportSession stats, List<TargetsProposal> targets) {
        return BackgroundTask.of(I18n.get(ExcelMsg.EXCEL_IMPORT_APPLYING, "", "", ""), (listener, cancel) -> {
            ImportService.Applied applied = imports.apply(stats, targets, tee(listener, (done, total, text) ->
                    I18n.get(ExcelMsg.EXCEL_IMPORT_APPLYING, String.valueOf(done), String.valueOf(total), text)), cancel);
            return new Applied(applied.statistics(), applied.targets());
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
