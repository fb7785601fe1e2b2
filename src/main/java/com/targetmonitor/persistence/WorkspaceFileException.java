package com.targetmonitor.persistence;

/**
 * The file cannot be used as a workspace: missing, not an SQLite database, another program's
 * database, damaged, or made by a newer version. The file is left as it was.
 */
public class WorkspaceFileException extends PersistenceException {

    public WorkspaceFileException(String message) {
        super(message);
    }

    public WorkspaceFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
