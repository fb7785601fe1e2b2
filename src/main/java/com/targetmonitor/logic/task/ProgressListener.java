package com.targetmonitor.logic.task;

/**
 * Progress of long work (import, recompute), as a plain callback so logic stays free of JavaFX.
 * The UI adapts it once, in {@code ui.task.FxTaskExecutor}.
 */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (done, total, message) -> { };

    /**
     * @param done    units of work done so far
     * @param total   units of work in all, or -1 when unknown
     * @param message what is being done, for the status line; may be empty
     */
    void progress(long done, long total, String message);
}
