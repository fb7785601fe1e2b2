package com.targetmonitor.ui.excel;

import com.targetmonitor.logic.excel.imports.ImportService;
import com.targetmonitor.logic.excel.imports.UndoResult;
import com.targetmonitor.model.ImportBatch;
import com.targetmonitor.model.Plan;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.dialog.DialogService;
import com.targetmonitor.ui.task.BackgroundTask;
import com.targetmonitor.ui.task.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The plan's imports, newest first (file, time, kind, period, rows, whether still in force), with
 * 撤销导入 for each. An import that cannot be undone now says why in words: undone already, or a
 * later import changed the same cells and must be undone first.
 */
public final class ImportHistoryViewModel {

    /**
     * One import as listed.
     *
     * @param whyNot why it cannot be undone now, in words; empty when it can
     */
    public record Item(ImportBatch batch, String kind, String time, String period, String state, String whyNot) {

        public boolean undoable() {
            return whyNot.isEmpty();
        }
    }

    private final ImportService imports;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Supplier<Plan> plan;
    private Runnable onUndone = () -> { };

    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    /** @param plan the plan the window shows, or null while none */
    public ImportHistoryViewModel(ImportService imports, TaskExecutor tasks, DialogService dialogs, Supplier<Plan> plan) {
        this.imports = Objects.requireNonNull(imports, "imports");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.plan = Objects.requireNonNull(plan, "plan");
    }

    /** Called after an undo changed the workspace (the window reloads). */
    public void setOnUndone(Runnable onUndone) {
        this.onUndone = Objects.requireNonNull(onUndone, "onUndone");
    }

    /** Reads the shown plan's imports. */
    public void load() {
        Plan shown = plan.get();
        title.set(I18n.get(ExcelMsg.EXCEL_HISTORY_TITLE, shown == null ? "" : shown.name()));
        if (shown == null || shown.id() == null) {
            items.clear();
            return;
        }
        List<Item> loaded = new ArrayList<>();
        for (ImportBatch b : imports.batches(shown.id())) {
            String kind = I18n.get(ImportBatch.TARGETS.equals(b.kind()) ? ExcelMsg.EXCEL_HISTORY_KIND_TARGETS
                    : ExcelMsg.EXCEL_HISTORY_KIND_STATISTICS);
            String state = b.isUndone() ? I18n.get(ExcelMsg.EXCEL_HISTORY_UNDONE_AT, ImportTexts.time(b.undoneAt()))
                    : I18n.get(ExcelMsg.EXCEL_HISTORY_ACTIVE);
            String why = imports.whyNotUndoable(b.id()).map(english -> whyNot(b, english)).orElse("");
            loaded.add(new Item(b, kind, ImportTexts.time(b.importedAt()), b.periodLabel(), state, why));
        }
        items.setAll(loaded);
    }

    /** The logic's reason, in the officer's language. */
    private String whyNot(ImportBatch b, String english) {
        if (b.isUndone()) {
            return I18n.get(ExcelMsg.EXCEL_HISTORY_WHY_UNDONE);
        }
        if (ImportBatch.TARGETS.equals(b.kind())) {
            return I18n.get(ExcelMsg.EXCEL_HISTORY_WHY_LATER_TARGETS);
        }
        Optional<ImportBatch> later = imports.laterOverwriting(b.id());
        return later.map(l -> I18n.get(ExcelMsg.EXCEL_HISTORY_WHY_LATER, l.fileName(), ImportTexts.time(l.importedAt())))
                .orElse(english);
    }

    /**
     * Undoes the import after asking; when it cannot be undone, says why instead. The undo is one
     * transaction, run off the FX thread.
     */
    public void undo(Item item) {
        if (busy.get()) {
            return;
        }
        if (!item.undoable()) {
            dialogs.showInfo(I18n.get(ExcelMsg.EXCEL_HISTORY_UNDO_FAILED), item.whyNot());
            return;
        }
        ImportBatch b = item.batch();
        Plan shown = plan.get();
        String question = ImportBatch.TARGETS.equals(b.kind()) && b.createdPlan()
                ? I18n.get(ExcelMsg.EXCEL_HISTORY_CONFIRM_PLAN, b.fileName(), shown == null ? "" : shown.name())
                : I18n.get(ExcelMsg.EXCEL_HISTORY_CONFIRM, b.fileName(), String.valueOf(b.rowCount()));
        if (!dialogs.confirm(I18n.get(ExcelMsg.EXCEL_HISTORY_CONFIRM_TITLE), question)) {
            return;
        }
        busy.set(true);
        tasks.execute(BackgroundTask.of(I18n.get(ExcelMsg.EXCEL_HISTORY_CONFIRM_TITLE),
                (progress, cancel) -> imports.undo(b.id()))
                .onSuccess(result -> undone(result))
                .onFailure(error -> {
                    busy.set(false);
                    load();
                    String why = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
                    dialogs.showError(I18n.get(ExcelMsg.EXCEL_HISTORY_UNDO_FAILED), why);
                })
                .onCancelled(() -> busy.set(false)));
    }

    private void undone(UndoResult result) {
        busy.set(false);
        load();
        onUndone.run();
        String text = I18n.get(ExcelMsg.EXCEL_HISTORY_RESTORED, String.valueOf(result.restored()));
        if (!result.kept().isEmpty()) {
            text += "\n" + I18n.get(ExcelMsg.EXCEL_HISTORY_KEPT, String.valueOf(result.kept().size()),
                    String.join(" ", result.kept()));
        }
        dialogs.showInfo(I18n.get(ExcelMsg.EXCEL_HISTORY_UNDONE_TITLE), text);
    }

    public ObservableList<Item> items() {
        return items;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
