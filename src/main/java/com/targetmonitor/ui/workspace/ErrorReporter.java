package com.targetmonitor.ui.workspace;

import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.dialog.DialogService;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the user about a failure nobody expected (a bug): logs it with its stack trace and shows it
 * with {@link DialogService#showException} on the FX thread, and the program goes on. While one such
 * dialog is open, further failures are only logged, so an error repeated on every layout pass
 * cannot bury the window under dialogs. Also serves as the task executor's default failure handler.
 */
public final class ErrorReporter {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);

    private final DialogService dialogs;
    private final Executor fxThread;
    private final AtomicBoolean showing = new AtomicBoolean();

    /** Shows dialogs through {@link Platform#runLater}. */
    public ErrorReporter(DialogService dialogs) {
        this(dialogs, Platform::runLater);
    }

    /** @param fxThread runs the dialog on the FX thread (tests may run it at once) */
    public ErrorReporter(DialogService dialogs, Executor fxThread) {
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
    }

    /** A failure thrown out of a thread's work (what an uncaught-exception handler receives). */
    public void uncaught(Thread thread, Throwable error) {
        LOG.error("uncaught exception in thread {}", thread.getName(), error);
        show(error);
    }

    /** A failure of a background task that had no handler of its own. */
    public void report(Throwable error) {
        LOG.error("unexpected failure", error);
        show(error);
    }

    private void show(Throwable error) {
        if (!showing.compareAndSet(false, true)) {
            return;
        }
        try {
            fxThread.execute(() -> {
                try {
                    dialogs.showException(I18n.get(WorkspaceMsg.ERROR_UNEXPECTED_TITLE), error);
                } catch (RuntimeException | Error e) {
                    LOG.error("cannot show the error dialog", e);
                } finally {
                    showing.set(false);
                }
            });
        } catch (RuntimeException e) {
            // No FX toolkit (it has stopped, or never started): the log is all we have.
            showing.set(false);
            LOG.debug("cannot show the error dialog: {}", e.toString());
        }
    }
}
