package com.targetmonitor.logic.workspace;

import com.targetmonitor.persistence.WorkspaceFileException;
import java.util.Objects;

/**
 * A file the window cannot use as a workspace, with the reason as the window tells it: the
 * persistence layer's refusal translated at the logic door, so the window never sees a persistence
 * type. The file is left as it was.
 */
public final class WorkspaceRefusedException extends RuntimeException {

    /** Why the file cannot be used; the same cases as the persistence layer's, one for one. */
    public enum Reason {
        MISSING, NOT_A_DATABASE, OTHER_PROGRAM, DAMAGED, NEWER_VERSION, ALREADY_EXISTS, IN_USE, LOCKED, BUSY,
        NO_PERMISSION, DISK_FULL, OTHER
    }

    private final Reason reason;
    private final String detail;

    public WorkspaceRefusedException(Reason reason, String message, String detail, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.detail = detail == null ? "" : detail;
    }

    /** The persistence refusal in the window's terms. */
    static WorkspaceRefusedException of(WorkspaceFileException e) {
        return new WorkspaceRefusedException(Reason.valueOf(e.reason().name()), e.getMessage(), e.detail(), e);
    }

    public Reason reason() {
        return reason;
    }

    /** What the user is told besides the reason, e.g. who holds a locked workspace; often empty. */
    public String detail() {
        return detail;
    }
}
