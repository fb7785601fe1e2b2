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
        /** Anything else: the message says what (a folder that cannot be written, a full disk …). */
        OTHER
    }

    private final Reason reason;

    public WorkspaceFileException(String message) {
        this(Reason.OTHER, message, null);
    }

    public WorkspaceFileException(String message, Throwable cause) {
        this(Reason.OTHER, message, cause);
    }

    public WorkspaceFileException(Reason reason, String message) {
        this(reason, message, null);
    }

    public WorkspaceFileException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
