package com.targetmonitor.ui.task;

/** Runs {@link BackgroundTask}s; the one way long work leaves the FX thread. */
public interface TaskExecutor {

    /** Starts the task; its handlers run on the FX thread (or the calling thread, in tests). */
    <T> TaskHandle execute(BackgroundTask<T> task);

    /** A started task, to cancel it. */
    interface TaskHandle {
        void cancel();

        boolean isDone();
    }
}
