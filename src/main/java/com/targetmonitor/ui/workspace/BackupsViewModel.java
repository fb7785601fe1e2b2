package com.targetmonitor.ui.workspace;

import com.targetmonitor.logic.backup.Backup;
import com.targetmonitor.logic.backup.SessionBackups;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.dialog.DialogService;
import com.targetmonitor.ui.task.BackgroundTask;
import com.targetmonitor.ui.task.TaskExecutor;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 文件 → 备份与恢复: the open workspace's backups, newest first (time, reason, size, plans), and a
 * restore after asking. The current state is backed up before a restore, so a restore can be undone
 * by restoring that backup.
 */
public final class BackupsViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    /** One backup as listed. */
    public record Item(Backup backup, String time, String reason, String size, String plans) {
    }

    private final SessionBackups backups;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    public BackupsViewModel(SessionBackups backups, TaskExecutor tasks, DialogService dialogs) {
        this.backups = Objects.requireNonNull(backups, "backups");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
    }

    /**
     * Makes the day's backup of the open workspace when none was made today, on the background thread: at
     * the window's start (its first of the day) and when it opens another workspace. A copy of the whole
     * file (some 0.1 s at 10,000 indicators), made through a connection of its own, so the window's first
     * reads do not wait for it; it follows the first standing in the queue. A failure is logged, never shown.
     */
    public void backUpTodayIfDue() {
        tasks.execute(BackgroundTask.of(I18n.get(WorkspaceMsg.BACKUP_DAILY_TASK),
                (progress, cancel) -> backups.dailyIfDue()));
    }

    /** Reads the list again. */
    public void load() {
        List<Item> loaded = backups.list().stream().map(BackupsViewModel::item).toList();
        items.setAll(loaded);
    }

    static Item item(Backup b) {
        String reason = I18n.get(switch (b.reason()) {
            case DAILY -> WorkspaceMsg.BACKUP_REASON_DAILY;
            case BEFORE_IMPORT -> WorkspaceMsg.BACKUP_REASON_BEFORE_IMPORT;
            case BEFORE_RESTORE -> WorkspaceMsg.BACKUP_REASON_BEFORE_RESTORE;
            case MANUAL -> WorkspaceMsg.BACKUP_REASON_MANUAL;
        });
        return new Item(b, TIME.format(b.at()), reason, (b.size() + 1023) / 1024 + " KB",
                String.join("、", b.plans()));
    }

    /** Restores the backup after the officer confirms; the window then shows the restored workspace. */
    public void restore(Item item) {
        if (item == null || busy.get()) {
            return;
        }
        if (!dialogs.confirm(I18n.get(WorkspaceMsg.BACKUP_CONFIRM_TITLE),
                I18n.get(WorkspaceMsg.BACKUP_CONFIRM, item.time(), item.reason(), item.plans()))) {
            return;
        }
        busy.set(true);
        String id = item.backup().id();
        tasks.execute(BackgroundTask.of(I18n.get(WorkspaceMsg.BACKUP_CONFIRM_TITLE),
                (progress, cancel) -> backups.restore(id))
                .onSuccess(restored -> {
                    restored.install();
                    busy.set(false);
                    load();
                    dialogs.showInfo(I18n.get(WorkspaceMsg.BACKUP_DONE_TITLE),
                            I18n.get(WorkspaceMsg.BACKUP_DONE, item.time()));
                })
                .onFailure(error -> {
                    busy.set(false);
                    load();
                    dialogs.showError(I18n.get(WorkspaceMsg.BACKUP_FAILED_TITLE), String.valueOf(error.getMessage()));
                })
                .onCancelled(() -> busy.set(false)));
    }

    public ObservableList<Item> items() {
        return items;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
