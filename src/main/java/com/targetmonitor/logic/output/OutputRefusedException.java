package com.targetmonitor.logic.output;

import java.nio.file.Path;

/**
 * An output (workbook, PDF, template, CSV, picture) was not written because its target is a file
 * that must never be overwritten: the open workspace, another SQLite database, or one of their
 * {@code -wal}/{@code -shm}/{@code -journal} files. Nothing was written and nothing was changed.
 */
public final class OutputRefusedException extends RuntimeException {

    private final transient Path target;

    public OutputRefusedException(Path target, String message) {
        super(message);
        this.target = target;
    }

    public Path target() {
        return target;
    }
}
