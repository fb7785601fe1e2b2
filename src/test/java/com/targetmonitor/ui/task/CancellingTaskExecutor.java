package com.targetmonitor.ui.task;

import com.targetmonitor.logic.task.ProgressListener;

/**
 * Runs tasks at once, like {@link SyncTaskExecutor}, as if the user had pressed Cancel before they
 * started: the work's cancellation says "cancelled" from the first check.
 */
public final class CancellingTaskExecutor implements TaskExecutor {

    private int cancelled;

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        if (task.runHere(ProgressListener.NONE, () -> true, e -> {
            throw new AssertionError("unhandled task failure", e);
        })) {
            cancelled++;
        }
        return new TaskHandle() {
            @Override
            public void cancel() {
            }

            @Override
            public boolean isDone() {
                return true;
            }
        };
    }

    /** Tasks that stopped on the cancellation. */
    public int cancelled() {
        return cancelled;
    }
}
