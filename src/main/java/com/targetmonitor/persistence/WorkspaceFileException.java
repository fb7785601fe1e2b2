package com.targetmonitor.persistence;

import java.util.Objects;

/**
 * The file cannot be used as a workspace: missing, not an SQLite database, another program's
 * database, damaged, or made by a newer version. The file is left as it was. {@link #reason()} says
 * which, so the window can tell the user in their language; the message is for the log.
 */
public class WorkspaceFileException extends PersistenceException {

    /** Why the file cannot be used. */
    public enum Reason {
        /** There is no such file. */
        MISSING,
        /** Not an SQLite database at all (a text file, a Word document …). */
        NOT_A_DATABASE,
        /** An SQLite database of another program. */
        OTHER_PROGRAM,
        /** Our file, but damaged. */
        DAMAGED,
        /** Written by a newer version with a schema we do not know. */
        NEWER_VERSION,
        /** Creating or copying would overwrite a file that has content. */
        ALREADY_EXISTS,
        /** Another program (or another window) has the file open. */
        IN_USE,
        /** Another window holds it (user, machine, since: {@link #detail()}); it may be opened read-only. */
        LOCKED,
        /** Another process is writing and did not finish within the wait: try again in a moment. */
        BUSY,
        /** The file or its folder may not be read or written by this user. */
        NO_PERMISSION,
        /** The disk is full: nothing more can be written. */
        DISK_FULL,
        /** Anything else: the message says what (a folder that cannot be written, a full disk …). */
        OTHER
    }

    private final Reason reason;
    private final String detail;

    public WorkspaceFileException(String message) {
        this(Reason.OTHER, message, (Throwable) null);
    }

    public WorkspaceFileException(String message, Throwable cause) {
        this(Reason.OTHER, message, cause);
    }

    public WorkspaceFileException(Reason reason, String message) {
        this(reason, message, (Throwable) null);
    }

    public WorkspaceFileException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.detail = "";
    }

    /** @param detail what the user is told besides the reason (who holds a locked workspace) */
    public WorkspaceFileException(Reason reason, String message, String detail) {
        super(message, null);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.detail = detail == null ? "" : detail;
    }

    /** What the user is told besides the reason, e.g. who holds a locked workspace; often empty. */
    public String detail() {
        return detail;
    }

    public Reason reason() {
        return reason;
    }
}
