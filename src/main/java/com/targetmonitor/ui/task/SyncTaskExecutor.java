package com.targetmonitor.ui.task;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The synchronous twin of {@link FxTaskExecutor}: runs the work and its handlers at once on the
 * calling thread. ViewModel tests use it, and can read the progress messages and unhandled failures.
 */
public final class SyncTaskExecutor implements TaskExecutor {

    private final List<String> progressMessages = new ArrayList<>();
    private final Consumer<Throwable> defaultFailureHandler;

    public SyncTaskExecutor() {
        this(error -> {
            throw new AssertionError("unhandled task failure", error);
        });
    }

    public SyncTaskExecutor(Consumer<Throwable> defaultFailureHandler) {
        this.defaultFailureHandler = defaultFailureHandler;
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        task.runHere((done, total, message) -> progressMessages.add(message), () -> false, defaultFailureHandler);
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

    public List<String> progressMessages() {
        return List.copyOf(progressMessages);
    }
}
