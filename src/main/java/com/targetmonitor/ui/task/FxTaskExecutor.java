package com.targetmonitor.ui.task;

import com.targetmonitor.logic.task.CancelledException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/**
 * Runs tasks on one background thread (work on the workspace is serial: one SQLite connection) and
 * adapts the plain progress callback to JavaFX properties for the status bar. Handlers run on the
 * FX thread.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {

    private final ExecutorService threads = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "background-work");
        t.setDaemon(true);
        return t;
    });
    /** Short work the FX thread needs soon ({@link #ahead}): never queued behind long work. */
    private final ExecutorService aheadThread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ahead-work");
        t.setDaemon(true);
        return t;
    });
    private final Consumer<Throwable> defaultFailureHandler;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private int active;

    /** @param defaultFailureHandler shows failures of tasks that have no handler of their own */
    public FxTaskExecutor(Consumer<Throwable> defaultFailureHandler) {
        this.defaultFailureHandler = defaultFailureHandler;
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        Task<T> fx = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateMessage(task.title());
                return task.work().run((done, total, text) -> {
                    if (total > 0) {
                        updateProgress(done, total);
                    }
                    if (text != null && !text.isEmpty()) {
                        updateMessage(text);
                    }
                }, this::isCancelled);
            }
        };
        fx.setOnSucceeded(e -> {
            finished();
            task.succeeded(fx.getValue());
        });
        fx.setOnFailed(e -> {
            finished();
            Throwable error = fx.getException();
            if (error instanceof CancelledException) {
                task.cancelled();
            } else if (!task.failed(error)) {
                defaultFailureHandler.accept(error);
            }
        });
        fx.setOnCancelled(e -> {
            finished();
            task.cancelled();
        });
        active++;
        running.set(true);
        progress.bind(fx.progressProperty());
        message.bind(fx.messageProperty());
        threads.submit(fx);
        return new TaskHandle() {
            @Override
            public void cancel() {
                fx.cancel(false);
            }

            @Override
            public boolean isDone() {
                return fx.isDone();
            }
        };
    }

    @Override
    public <T> Supplier<T> ahead(Supplier<T> work) {
        FutureTask<T> task = new FutureTask<>(work::get);
        try {
            aheadThread.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            // The window is closing: the work is done when asked, if it is.
        }
        return () -> {
            // Not begun yet: done here (a FutureTask runs once); under way: waited for.
            task.run();
            try {
                return task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for work begun ahead", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            }
        };
    }

    private void finished() {
        active--;
        if (active == 0) {
            running.set(false);
            progress.unbind();
            message.unbind();
            progress.set(-1);
            message.set("");
        }
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    @Override
    public void close() {
        threads.shutdownNow();
        aheadThread.shutdownNow();
    }
}
