package com.targetmonitor.ui.task;

import com.targetmonitor.logic.task.ProgressListener;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Keeps tasks queued until the test runs them, one at a time on the calling thread, like the
 * application's single background thread: a test sees what the user sees between two tasks.
 */
public final class QueuedTaskExecutor implements TaskExecutor {

    private final Deque<Runnable> queue = new ArrayDeque<>();

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        boolean[] done = new boolean[1];
        queue.add(() -> {
            done[0] = true;
            task.runHere(ProgressListener.NONE, () -> false, e -> {
                throw new AssertionError("unhandled task failure", e);
            });
        });
        return new TaskHandle() {
            @Override
            public void cancel() {
            }

            @Override
            public boolean isDone() {
                return done[0];
            }
        };
    }

    /** Runs the oldest queued task (and its handlers). */
    public void runNext() {
        if (queue.isEmpty()) {
            throw new AssertionError("no task queued");
        }
        queue.poll().run();
    }

    /** Runs tasks until none is queued, those the handlers queue included. */
    public void runAll() {
        while (!queue.isEmpty()) {
            runNext();
        }
    }

    public int queued() {
        return queue.size();
    }
}
