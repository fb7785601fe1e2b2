package com.targetmonitor.ui.task;

import java.util.function.Supplier;

/** Runs {@link BackgroundTask}s; the one way long work leaves the FX thread. */
public interface TaskExecutor {

    /** Starts the task; its handlers run on the FX thread (or the calling thread, in tests). */
    <T> TaskHandle execute(BackgroundTask<T> task);

    /**
     * Begins short work whose result the FX thread needs before its next paint, on a thread of its own
     * (not the background-work thread, which may be busy with long work), while the FX thread goes on
     * with other work; answers what gives the result: it waits while the work is under way, and does the
     * work on the asking thread when it has not begun, so the asker never waits for a queue. A failure is
     * thrown to the asker. Long work goes through {@link #execute}. By default (the synchronous twin)
     * the work is done at once.
     */
    default <T> Supplier<T> ahead(Supplier<T> work) {
        T result = work.get();
        return () -> result;
    }

    /** A started task, to cancel it. */
    interface TaskHandle {
        void cancel();

        boolean isDone();
    }
}
