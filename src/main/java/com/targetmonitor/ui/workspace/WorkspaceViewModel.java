package com.targetmonitor.ui.workspace;

import com.targetmonitor.logic.settings.RecentWorkspace;
import com.targetmonitor.logic.settings.Settings;
import com.targetmonitor.logic.settings.SettingsStore;
import com.targetmonitor.logic.task.Work;
import com.targetmonitor.logic.workspace.WorkspaceFiles;
import com.targetmonitor.logic.workspace.WorkspaceRefusedException;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.CommonMsg;
import com.targetmonitor.ui.MessageKey;
import com.targetmonitor.ui.dialog.DialogService;
import com.targetmonitor.ui.dialog.FileType;
import com.targetmonitor.ui.task.BackgroundTask;
import com.targetmonitor.ui.task.TaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which workspace file the window works on: new, open, save as, the recent files and the window
 * title. Files are opened and written off the FX thread; only a file that opened cleanly replaces
 * the session's workspace. A file that is not a workspace or is damaged gets an error in words and
 * the current workspace stays open and unchanged. Everything here is read and changed on the FX
 * thread (or a test's thread).
 */
public final class WorkspaceViewModel {

    /** The extension of workspace files, without the dot. */
    public static final String EXTENSION = "tmdb";

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceViewModel.class);

    private final WorkspaceFiles files;
    private final DialogService dialogs;
    private final SettingsStore settings;
    private final TaskExecutor tasks;

    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final ObservableList<Path> readOnlyRecentFiles = FXCollections.unmodifiableObservableList(recentFiles);
    private final ObservableList<RecentWorkspace> recent = FXCollections.observableArrayList();
    private final ObservableList<RecentWorkspace> readOnlyRecent = FXCollections.unmodifiableObservableList(recent);
    private final ReadOnlyObjectWrapper<Path> currentFile = new ReadOnlyObjectWrapper<>(this, "currentFile");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    public WorkspaceViewModel(WorkspaceFiles files, DialogService dialogs, SettingsStore settings, TaskExecutor tasks) {
        this.files = Objects.requireNonNull(files, "files");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        // Whoever replaces the session's workspace, the title and the recent list follow.
        files.addFileListener(this::opened);
        opened(files.currentFile());
    }

    /** Asks where to create a new workspace and whether it starts from the sample plans, then opens it. */
    public void newWorkspace() {
        if (busy.get()) {
            return;
        }
        Optional<Path> chosen = dialogs.chooseFileToSave(I18n.get(WorkspaceMsg.WORKSPACE_NEW_TITLE),
                I18n.get(WorkspaceMsg.WORKSPACE_NEW_SUGGESTED_NAME), workspaceFileTypes());
        if (chosen.isEmpty()) {
            return;
        }
        Path file = withExtension(chosen.get());
        boolean demo = dialogs.confirm(I18n.get(WorkspaceMsg.WORKSPACE_NEW_DEMO_TITLE), I18n.get(WorkspaceMsg.WORKSPACE_NEW_DEMO_QUESTION));
        run(I18n.get(WorkspaceMsg.WORKSPACE_TASK_NEW, fileName(file)), file, WorkspaceMsg.WORKSPACE_NEW_FAILED_TITLE,
                WorkspaceMsg.WORKSPACE_NEW_FAILED, () -> files.create(file, demo));
    }

    /** Asks for a workspace file and opens it. */
    public void open() {
        if (busy.get()) {
            return;
        }
        dialogs.chooseFileToOpen(I18n.get(WorkspaceMsg.WORKSPACE_OPEN_TITLE), workspaceFileTypes()).ifPresent(this::open);
    }

    /**
     * Opens the file (a recent file, a file dropped on the window) in place of the current workspace.
     * The file is checked before anything is written to it; a file that is not a workspace is left
     * byte-for-byte as it was.
     */
    public void open(Path file) {
        Path target = normalized(file);
        if (busy.get()) {
            return;
        }
        if (target.equals(currentFile.get())) {
            return;
        }
        open(target, false);
    }

    /** Opens the file; read-only when another window holds it and the officer agreed. */
    private void open(Path target, boolean readOnly) {
        run(I18n.get(WorkspaceMsg.WORKSPACE_TASK_OPEN, fileName(target)), target, WorkspaceMsg.WORKSPACE_OPEN_FAILED_TITLE,
                WorkspaceMsg.WORKSPACE_OPEN_FAILED, () -> files.open(target, readOnly));
    }

    /**
     * Writes a copy of the current workspace to a file the user chooses and goes on working in the
     * copy (as Save As does everywhere). Choosing the open file itself does nothing: every change is
     * already saved.
     */
    public void saveAs() {
        if (busy.get()) {
            return;
        }
        Path current = currentFile.get();
        if (current == null) {
            return; // a server workspace: 另存为本地文件
        }
        Optional<Path> chosen = dialogs.chooseFileToSave(I18n.get(WorkspaceMsg.WORKSPACE_SAVE_AS_TITLE), fileName(current),
                workspaceFileTypes());
        if (chosen.isEmpty()) {
            return;
        }
        Path target = normalized(withExtension(chosen.get()));
        if (target.equals(current)) {
            return;
        }
        run(I18n.get(WorkspaceMsg.WORKSPACE_TASK_SAVE_AS, fileName(target)), target, WorkspaceMsg.WORKSPACE_SAVE_AS_FAILED_TITLE,
                WorkspaceMsg.WORKSPACE_SAVE_AS_FAILED, () -> files.copyTo(target));
    }

    /** Empties the recent list. */
    public void clearRecentFiles() {
        updateSettings(s -> s.withRecent(List.of()));
    }

    /** Texts again in the language now chosen (the title). */
    public void refreshTexts() {
        String name = currentFile.get() == null ? files.displayName() : fileName(currentFile.get());
        title.set(I18n.get(CommonMsg.WINDOW_TITLE, files.isReadOnly()
                ? I18n.get(WorkspaceMsg.WORKSPACE_READ_ONLY_TITLE, name) : name));
    }

    /** Workspace files first, then any file (the ViewModel, not the chooser, decides what is a workspace). */
    public static FileType[] workspaceFileTypes() {
        return new FileType[] {FileType.of(I18n.get(WorkspaceMsg.WORKSPACE_FILE_TYPE), EXTENSION),
                FileType.of(I18n.get(WorkspaceMsg.WORKSPACE_ALL_FILES), "*")};
    }

    /** Recent workspace files, most recent first (the open one included); at most {@value Settings#MAX_RECENT_FILES}. */
    public ObservableList<Path> recentFiles() {
        return readOnlyRecentFiles;
    }

    /** Recent workspaces, files and server addresses (without password), most recent first; the menu lists these. */
    public ObservableList<RecentWorkspace> recentWorkspaces() {
        return readOnlyRecent;
    }

    /** "目标进度监测 — w.tmdb". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public String getTitle() {
        return title.get();
    }

    /** The open workspace's file, absolute and normalized. */
    public ReadOnlyObjectProperty<Path> currentFileProperty() {
        return currentFile.getReadOnlyProperty();
    }

    public Path getCurrentFile() {
        return currentFile.get();
    }

    /** True while a workspace is being created, opened or copied; the commands do nothing meanwhile. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    private void run(String taskTitle, Path file, MessageKey failureTitle, MessageKey failureMessage, Work0 work) {
        busy.set(true);
        Work<WorkspaceFiles.Opened> background = (progress, cancellation) -> work.run();
        tasks.execute(BackgroundTask.of(taskTitle, background)
                .onSuccess(opened -> {
                    busy.set(false);
                    files.switchTo(opened); // the listener updates title and recent files
                })
                .onFailure(error -> {
                    busy.set(false);
                    failed(file, failureTitle, failureMessage, error);
                })
                .onCancelled(() -> busy.set(false)));
    }

    private void failed(Path file, MessageKey failureTitle, MessageKey failureMessage, Throwable error) {
        String where = file.toString();
        if (error instanceof WorkspaceRefusedException refused) {
            LOG.info("refused workspace file {}: {}", file, refused.getMessage());
            if (refused.reason() == WorkspaceRefusedException.Reason.MISSING) {
                updateSettings(s -> s.withoutRecentFile(file));
            }
            if (refused.reason() == WorkspaceRefusedException.Reason.LOCKED) {
                // One window per workspace: the second may look, not change.
                if (dialogs.confirm(I18n.get(WorkspaceMsg.WORKSPACE_LOCKED_TITLE),
                        I18n.get(WorkspaceMsg.WORKSPACE_LOCKED_QUESTION, fileName(file), refused.detail()))) {
                    open(file, true);
                }
                return;
            }
            dialogs.showError(I18n.get(failureTitle), I18n.get(failureMessage, where, reason(refused)));
        } else {
            LOG.error("workspace file {} failed", file, error);
            dialogs.showException(I18n.get(failureTitle), error);
        }
    }

    /** The reason in the user's words; the technical message only when there is nothing better. */
    static String reason(WorkspaceRefusedException e) {
        return switch (e.reason()) {
            case MISSING -> I18n.get(WorkspaceMsg.WORKSPACE_REASON_MISSING);
            case NOT_A_DATABASE -> I18n.get(WorkspaceMsg.WORKSPACE_REASON_NOT_A_DATABASE);
            case OTHER_PROGRAM -> I18n.get(WorkspaceMsg.WORKSPACE_REASON_OTHER_PROGRAM);
            case DAMAGED -> I18n.get(WorkspaceMsg.WORKSPACE_REASON_DAMAGED);
            case NEWER_VERSION -> I18n.get(WorkspaceMsg.WORKSPACE_REASON_NEWER_VERSION);
            case ALREADY_EXISTS -> I18n.get(WorkspaceMsg.WORKSPACE_REASON_ALREADY_EXISTS);
            case IN_USE -> I18n.get(WorkspaceMsg.WORKSPACE_REASON_IN_USE);
            case LOCKED -> I18n.get(WorkspaceMsg.WORKSPACE_REASON_LOCKED, e.detail());
            case BUSY -> I18n.get(WorkspaceMsg.WORKSPACE_REASON_BUSY);
            case NO_PERMISSION -> I18n.get(WorkspaceMsg.WORKSPACE_REASON_NO_PERMISSION);
            case DISK_FULL -> I18n.get(WorkspaceMsg.WORKSPACE_REASON_DISK_FULL);
            case OTHER -> I18n.get(WorkspaceMsg.WORKSPACE_REASON_OTHER, String.valueOf(e.getMessage()));
        };
    }

    /** A server workspace has no file (null): the title and the recent list name its address, without password. */
    private void opened(Path file) {
        if (file == null) {
            currentFile.set(null);
            refreshTexts();
            files.currentServer().flatMap(RecentWorkspace::ofServer)
                    .ifPresent(server -> updateSettings(s -> s.withRecentFirst(server)));
            return;
        }
        Path normalized = normalized(file);
        currentFile.set(normalized);
        refreshTexts();
        updateSettings(s -> s.withRecentFile(normalized));
    }

    private void updateSettings(UnaryOperator<Settings> change) {
        Settings changed = settings.update(change);
        recent.setAll(changed.recent());
        recentFiles.setAll(changed.recentFiles());
    }

    /** "w" becomes "w.tmdb": the Linux file chooser does not add the extension by itself. */
    static Path withExtension(Path file) {
        String name = fileName(file);
        return name.contains(".") ? file : file.resolveSibling(name + "." + EXTENSION);
    }

    private static Path normalized(Path file) {
        return file.toAbsolutePath().normalize();
    }

    private static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /** Work without progress or cancellation: opening a file takes a moment, not minutes. */
    @FunctionalInterface
    private interface Work0 {
        WorkspaceFiles.Opened run() throws Exception;
    }
}
