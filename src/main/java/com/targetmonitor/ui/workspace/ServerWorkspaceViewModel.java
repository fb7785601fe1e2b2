package com.targetmonitor.ui.workspace;

import com.targetmonitor.logic.task.Work;
import com.targetmonitor.logic.workspace.WorkspaceFiles;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.dialog.DialogService;
import com.targetmonitor.ui.dialog.DialogService.FormField;
import com.targetmonitor.ui.task.BackgroundTask;
import com.targetmonitor.ui.task.TaskExecutor;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The shared workspace on the office's PostgreSQL server, from the 文件 menu: open one (host, port,
 * database, account and password asked in a small form), publish the open file to an empty server
 * database, and save the open server workspace as a local file. The password is used for the
 * connection only: it is never stored, and the next time the form asks for it again (the rest of
 * the address is offered as it was).
 */
public final class ServerWorkspaceViewModel {

    /** What the form asks for, without the password, which is never kept. */
    record Login(String host, String port, String database, String user) {
        static final Login EMPTY = new Login("localhost", "5432", "", "");
    }

    private final WorkspaceFiles files;
    private final DialogService dialogs;
    private final TaskExecutor tasks;
    private final BooleanSupplier passwordInEnvironment;
    private Login last = Login.EMPTY;

    public ServerWorkspaceViewModel(WorkspaceFiles files, DialogService dialogs, TaskExecutor tasks) {
        this(files, dialogs, tasks, files::serverPasswordInEnvironment);
    }

    /** @param passwordInEnvironment whether PGPASSWORD holds the password (then a recent server is opened unasked) */
    ServerWorkspaceViewModel(WorkspaceFiles files, DialogService dialogs, TaskExecutor tasks,
                             BooleanSupplier passwordInEnvironment) {
        this.files = Objects.requireNonNull(files, "files");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.passwordInEnvironment = Objects.requireNonNull(passwordInEnvironment, "passwordInEnvironment");
    }

    /** 文件 → 打开共享服务器上的工作区: asks for the address and password, then works on that database. */
    public void openServer() {
        ask(I18n.get(WorkspaceMsg.SERVER_OPEN_TITLE), I18n.get(WorkspaceMsg.SERVER_OPEN_MESSAGE)).ifPresent(address ->
                run(I18n.get(WorkspaceMsg.SERVER_TASK_OPEN), (progress, cancel) -> files.openServer(address),
                        files::switchTo, WorkspaceMsg.SERVER_OPEN_FAILED));
    }

    /**
     * 文件 → 最近打开 → a server address (kept without its password): asks for the password, as the
     * open form does, unless PGPASSWORD holds it, then works on that database.
     */
    public void reopen(String addressWithoutPassword) {
        Optional<String> password = Optional.empty();
        if (!passwordInEnvironment.getAsBoolean()) {
            Optional<List<String>> typed = dialogs.askFields(I18n.get(WorkspaceMsg.SERVER_OPEN_TITLE),
                    I18n.get(WorkspaceMsg.SERVER_REOPEN_MESSAGE, addressWithoutPassword),
                    List.of(new FormField(I18n.get(WorkspaceMsg.SERVER_FIELD_PASSWORD), "", true)));
            if (typed.isEmpty()) {
                return;
            }
            password = Optional.of(typed.get().get(0));
        }
        String given = password.orElse(null);
        run(I18n.get(WorkspaceMsg.SERVER_TASK_OPEN), (progress, cancel) -> files.openServer(addressWithoutPassword, given),
                files::switchTo, WorkspaceMsg.SERVER_OPEN_FAILED);
    }

    /** 文件 → 发布到共享服务器: copies the open file workspace, with its history, into an empty server database. */
    public void publish() {
        if (files.isServer()) {
            dialogs.showInfo(I18n.get(WorkspaceMsg.SERVER_PUBLISH_TITLE), I18n.get(WorkspaceMsg.SERVER_ALREADY_SHARED));
            return;
        }
        ask(I18n.get(WorkspaceMsg.SERVER_PUBLISH_TITLE), I18n.get(WorkspaceMsg.SERVER_PUBLISH_MESSAGE))
                .ifPresent(address -> run(I18n.get(WorkspaceMsg.SERVER_TASK_PUBLISH), (progress, cancel) -> {
                                    files.copyOpenTo(address);
                                    return address;
                                },
                        copied -> dialogs.showInfo(I18n.get(WorkspaceMsg.SERVER_PUBLISH_TITLE),
                                I18n.get(WorkspaceMsg.SERVER_PUBLISHED, withoutPassword(last))),
                        WorkspaceMsg.SERVER_PUBLISH_FAILED));
    }

    /** 文件 → 另存为本地文件: copies the open server workspace, with its history, into a new file. */
    public void saveAsLocalFile() {
        if (!files.isServer()) {
            dialogs.showInfo(I18n.get(WorkspaceMsg.SERVER_SAVE_LOCAL_TITLE), I18n.get(WorkspaceMsg.SERVER_ALREADY_LOCAL));
            return;
        }
        Optional<Path> chosen = dialogs.chooseFileToSave(I18n.get(WorkspaceMsg.SERVER_SAVE_LOCAL_TITLE),
                I18n.get(WorkspaceMsg.WORKSPACE_NEW_SUGGESTED_NAME), WorkspaceViewModel.workspaceFileTypes());
        chosen.map(WorkspaceViewModel::withExtension).ifPresent(file -> run(I18n.get(WorkspaceMsg.SERVER_TASK_SAVE_LOCAL),
                (progress, cancel) -> {
                    files.copyOpenTo(file.toString());
                    return file;
                },
                copied -> dialogs.showInfo(I18n.get(WorkspaceMsg.SERVER_SAVE_LOCAL_TITLE),
                        I18n.get(WorkspaceMsg.SERVER_SAVED_LOCAL, file.toString())),
                WorkspaceMsg.SERVER_SAVE_LOCAL_FAILED));
    }

    /** The address the officer entered (with the password, for this connection only), or empty when cancelled. */
    private Optional<String> ask(String title, String message) {
        List<FormField> fields = List.of(
                new FormField(I18n.get(WorkspaceMsg.SERVER_FIELD_HOST), last.host(), false),
                new FormField(I18n.get(WorkspaceMsg.SERVER_FIELD_PORT), last.port(), false),
                new FormField(I18n.get(WorkspaceMsg.SERVER_FIELD_DATABASE), last.database(), false),
                new FormField(I18n.get(WorkspaceMsg.SERVER_FIELD_USER), last.user(), false),
                new FormField(I18n.get(WorkspaceMsg.SERVER_FIELD_PASSWORD), "", true));
        Optional<List<String>> texts = dialogs.askFields(title, message, fields);
        if (texts.isEmpty()) {
            return Optional.empty();
        }
        List<String> t = texts.get().stream().map(String::strip).toList();
        Login login = new Login(t.get(0), t.get(1).isEmpty() ? "5432" : t.get(1), t.get(2), t.get(3));
        if (login.host().isEmpty() || login.database().isEmpty() || login.user().isEmpty()
                || !login.port().matches("\\d{1,5}")) {
            dialogs.showError(title, I18n.get(WorkspaceMsg.SERVER_FORM_INCOMPLETE));
            return Optional.empty();
        }
        last = login;
        return Optional.of("postgresql://" + encode(login.user()) + ":" + encode(texts.get().get(4)) + "@"
                + login.host() + ":" + login.port() + "/" + encode(login.database()));
    }

    private static String withoutPassword(Login login) {
        return "postgresql://" + login.user() + "@" + login.host() + ":" + login.port() + "/" + login.database();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private <T> void run(String title, Work<T> work, Consumer<T> done, WorkspaceMsg failed) {
        tasks.execute(BackgroundTask.of(title, work).onSuccess(done::accept)
                .onFailure(error -> dialogs.showError(I18n.get(failed), String.valueOf(error.getMessage()))));
    }
}
