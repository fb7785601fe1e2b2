package com.targetmonitor.ui.task;

import com.targetmonitor.logic.task.Cancellation;
import com.targetmonitor.logic.task.CancelledException;
import com.targetmonitor.logic.task.ProgressListener;
import com.targetmonitor.logic.task.Work;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Long work to run off the FX thread, with what to do on the FX thread when it ends. Built by
 * ViewModels and handed to a {@link TaskExecutor}: {@link FxTaskExecutor} in the app,
 * {@link SyncTaskExecutor} in tests, so ViewModel tests need no threads and no toolkit.
 */
public final class BackgroundTask<T> {

    private final String title;
    private final Work<T> work;
    private Consumer<T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure;
    private Runnable onCancelled = () -> { };

    private BackgroundTask(String title, Work<T> work) {
        this.title = Objects.requireNonNull(title, "title");
        this.work = Objects.requireNonNull(work, "work");
    }

    public static <T> BackgroundTask<T> of(String title, Work<T> work) {
        return new BackgroundTask<>(title, work);
    }

    public BackgroundTask<T> onSuccess(Consumer<T> handler) {
        this.onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    /** Without a failure handler the executor's default (an error dialog and the log) applies. */
    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable handler) {
        this.onCancelled = Objects.requireNonNull(handler);
        return this;
    }

    public String title() {
        return title;
    }

    Work<T> work() {
        return work;
    }

    void succeeded(T result) {
        onSuccess.accept(result);
    }

    /** @return false when the task has no failure handler of its own */
    boolean failed(Throwable error) {
        if (onFailure == null) {
            return false;
        }
        onFailure.accept(error);
        return true;
    }

    void cancelled() {
        onCancelled.run();
    }

    /**
     * Runs the work and then its handlers on the calling thread (the executors of tests).
     *
     * @param unhandled gets a failure the task has no handler for
     * @return true when the work stopped on the cancellation
     */
    boolean runHere(ProgressListener progress, Cancellation cancellation, Consumer<Throwable> unhandled) {
        try {
            succeeded(work.run(progress, cancellation));
            return false;
        } catch (CancelledException e) {
            cancelled();
            return true;
        } catch (Exception e) {
            if (!failed(e)) {
                unhandled.accept(e);
            }
            return false;
        }
    }
}
