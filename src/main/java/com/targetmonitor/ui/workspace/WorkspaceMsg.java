package com.targetmonitor.ui.workspace;

import com.targetmonitor.ui.MessageKey;

/** UI texts of the workspace feature; see {@link com.targetmonitor.ui.MessageKey}. */
public enum WorkspaceMsg implements MessageKey {
    WORKSPACE_MENU_NEW("workspace.menu.new", 0),
    WORKSPACE_MENU_OPEN("workspace.menu.open", 0),
    WORKSPACE_MENU_SAVE_AS("workspace.menu.saveAs", 0),
    WORKSPACE_MENU_RECENT("workspace.menu.recent", 0),
    WORKSPACE_MENU_RECENT_EMPTY("workspace.menu.recentEmpty", 0),
    WORKSPACE_MENU_RECENT_CLEAR("workspace.menu.recentClear", 0),
    /** {0}: position 1–9; {1}: file name; {2}: its folder. */
    WORKSPACE_MENU_RECENT_ITEM("workspace.menu.recentItem", 3),
    /** {0}: position 1–9; {1}: the server address, without password. */
    WORKSPACE_MENU_RECENT_SERVER_ITEM("workspace.menu.recentServerItem", 2),
    WORKSPACE_MENU_EXIT("workspace.menu.exit", 0),
    WORKSPACE_FILE_TYPE("workspace.fileType", 0),
    WORKSPACE_ALL_FILES("workspace.allFiles", 0),
    WORKSPACE_NEW_TITLE("workspace.new.title", 0),
    WORKSPACE_NEW_SUGGESTED_NAME("workspace.new.suggestedName", 0),
    WORKSPACE_NEW_DEMO_TITLE("workspace.new.demoTitle", 0),
    WORKSPACE_NEW_DEMO_QUESTION("workspace.new.demoQuestion", 0),
    WORKSPACE_OPEN_TITLE("workspace.open.title", 0),
    WORKSPACE_SAVE_AS_TITLE("workspace.saveAs.title", 0),
    /** {0}: file name. */
    WORKSPACE_TASK_OPEN("workspace.task.open", 1),
    /** {0}: file name. */
    WORKSPACE_TASK_NEW("workspace.task.new", 1),
    /** {0}: file name. */
    WORKSPACE_TASK_SAVE_AS("workspace.task.saveAs", 1),
    WORKSPACE_OPEN_FAILED_TITLE("workspace.open.failedTitle", 0),
    /** {0}: file path; {1}: the reason. */
    WORKSPACE_OPEN_FAILED("workspace.open.failed", 2),
    WORKSPACE_NEW_FAILED_TITLE("workspace.new.failedTitle", 0),
    /** {0}: file path; {1}: the reason. */
    WORKSPACE_NEW_FAILED("workspace.new.failed", 2),
    WORKSPACE_SAVE_AS_FAILED_TITLE("workspace.saveAs.failedTitle", 0),
    /** {0}: file path; {1}: the reason. */
    WORKSPACE_SAVE_AS_FAILED("workspace.saveAs.failed", 2),
    WORKSPACE_REASON_MISSING("workspace.reason.missing", 0),
    WORKSPACE_REASON_NOT_A_DATABASE("workspace.reason.notADatabase", 0),
    WORKSPACE_REASON_OTHER_PROGRAM("workspace.reason.otherProgram", 0),
    WORKSPACE_REASON_DAMAGED("workspace.reason.damaged", 0),
    WORKSPACE_REASON_NEWER_VERSION("workspace.reason.newerVersion", 0),
    WORKSPACE_REASON_ALREADY_EXISTS("workspace.reason.alreadyExists", 0),
    WORKSPACE_REASON_IN_USE("workspace.reason.inUse", 0),
    /** {0}: the technical message. */
    WORKSPACE_REASON_OTHER("workspace.reason.other", 1),
    ERROR_UNEXPECTED_TITLE("error.unexpected.title", 0),
    // --- guarded workspace ---
    /** {0}: user, machine and since. */
    WORKSPACE_REASON_LOCKED("workspace.reason.locked", 1),
    WORKSPACE_REASON_BUSY("workspace.reason.busy", 0),
    WORKSPACE_REASON_NO_PERMISSION("workspace.reason.noPermission", 0),
    WORKSPACE_REASON_DISK_FULL("workspace.reason.diskFull", 0),
    WORKSPACE_LOCKED_TITLE("workspace.locked.title", 0),
    /** {0}: file name; {1}: user, machine and since. */
    WORKSPACE_LOCKED_QUESTION("workspace.locked.question", 2),
    /** {0}: file name. */
    WORKSPACE_READ_ONLY_TITLE("workspace.readOnly.title", 1),
    // --- backups and restore ---
    WORKSPACE_MENU_BACKUPS("workspace.menu.backups", 0),
    BACKUP_TITLE("backup.title", 0),
    BACKUP_DAILY_TASK("backup.daily.task", 0),
    BACKUP_EMPTY("backup.empty", 0),
    BACKUP_COL_TIME("backup.col.time", 0),
    BACKUP_COL_REASON("backup.col.reason", 0),
    BACKUP_COL_SIZE("backup.col.size", 0),
    BACKUP_COL_PLANS("backup.col.plans", 0),
    BACKUP_RESTORE("backup.restore", 0),
    BACKUP_NOTE("backup.note", 0),
    BACKUP_CLOSE("backup.close", 0),
    BACKUP_REASON_DAILY("backup.reason.daily", 0),
    BACKUP_REASON_BEFORE_IMPORT("backup.reason.beforeImport", 0),
    BACKUP_REASON_BEFORE_RESTORE("backup.reason.beforeRestore", 0),
    BACKUP_REASON_MANUAL("backup.reason.manual", 0),
    BACKUP_CONFIRM_TITLE("backup.confirm.title", 0),
    /** {0}: time; {1}: reason; {2}: plans. */
    BACKUP_CONFIRM("backup.confirm", 3),
    BACKUP_DONE_TITLE("backup.done.title", 0),
    /** {0}: time of the backup restored. */
    BACKUP_DONE("backup.done", 1),
    BACKUP_FAILED_TITLE("backup.failed.title", 0),
    SERVER_MENU_OPEN("workspace.server.menuOpen", 0),
    SERVER_MENU_PUBLISH("workspace.server.menuPublish", 0),
    SERVER_MENU_SAVE_LOCAL("workspace.server.menuSaveLocal", 0),
    SERVER_OPEN_TITLE("workspace.server.openTitle", 0),
    SERVER_OPEN_MESSAGE("workspace.server.openMessage", 0),
    SERVER_PUBLISH_TITLE("workspace.server.publishTitle", 0),
    SERVER_PUBLISH_MESSAGE("workspace.server.publishMessage", 0),
    SERVER_SAVE_LOCAL_TITLE("workspace.server.saveLocalTitle", 0),
    SERVER_FIELD_HOST("workspace.server.fieldHost", 0),
    SERVER_FIELD_PORT("workspace.server.fieldPort", 0),
    SERVER_FIELD_DATABASE("workspace.server.fieldDatabase", 0),
    SERVER_FIELD_USER("workspace.server.fieldUser", 0),
    SERVER_FIELD_PASSWORD("workspace.server.fieldPassword", 0),
    SERVER_FORM_INCOMPLETE("workspace.server.formIncomplete", 0),
    SERVER_TASK_OPEN("workspace.server.taskOpen", 0),
    SERVER_TASK_PUBLISH("workspace.server.taskPublish", 0),
    SERVER_TASK_SAVE_LOCAL("workspace.server.taskSaveLocal", 0),
    SERVER_OPEN_FAILED("workspace.server.openFailed", 0),
    SERVER_PUBLISH_FAILED("workspace.server.publishFailed", 0),
    SERVER_SAVE_LOCAL_FAILED("workspace.server.saveLocalFailed", 0),
    /** {0}: the server address without password, or the file. */
    SERVER_PUBLISHED("workspace.server.published", 1),
    /** {0}: the server address without password, or the file. */
    SERVER_SAVED_LOCAL("workspace.server.savedLocal", 1),
    SERVER_ALREADY_SHARED("workspace.server.alreadyShared", 0),
    SERVER_ALREADY_LOCAL("workspace.server.alreadyLocal", 0),
    SERVER_MENU_ACCOUNTS("workspace.server.menuAccounts", 0),
    /** {0}: the server address, without password. */
    SERVER_REOPEN_MESSAGE("workspace.server.reopenMessage", 1),
    ;

    private final Spec spec;

    WorkspaceMsg(String key, int argumentCount) {
        this.spec = new Spec(key, argumentCount);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
