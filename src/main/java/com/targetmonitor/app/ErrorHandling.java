package com.targetmonitor.app;

import com.targetmonitor.ui.dialog.DialogService;
import com.targetmonitor.ui.workspace.ErrorReporter;
import java.util.Objects;
import javafx.application.Platform;

/**
 * Catches what nobody caught: an exception thrown out of any thread, the FX application thread
 * included (an event handler, a listener), is logged and shown to the user in a dialog, and the
 * application keeps running. Installed once by the desktop application; the command line leaves
 * the JVM's default behaviour alone.
 */
public final class ErrorHandling {

    private final Thread.UncaughtExceptionHandler handler;
    private final Thread.UncaughtExceptionHandler previousDefault;

    private ErrorHandling(ErrorReporter reporter) {
        this.handler = reporter::uncaught;
        this.previousDefault = Thread.getDefaultUncaughtExceptionHandler();
    }

    /** Installs the handlers with dialogs shown through {@link Platform#runLater}. */
    public static ErrorHandling install(DialogService dialogs) {
        return install(new ErrorReporter(dialogs));
    }

    /**
     * Makes the reporter the handler of every thread's uncaught exceptions. JavaFX hands exceptions
     * from event handlers to the FX thread's own handler, which is set too when the toolkit runs.
     *
     * @return the installation, to {@link #uninstall()} it (tests)
     */
    public static ErrorHandling install(ErrorReporter reporter) {
        ErrorHandling installed = new ErrorHandling(Objects.requireNonNull(reporter, "reporter"));
        Thread.setDefaultUncaughtExceptionHandler(installed.handler);
        installed.onFxThread(installed.handler);
        return installed;
    }

    /** Puts back the handlers that were there before {@link #install}. */
    public void uninstall() {
        if (Thread.getDefaultUncaughtExceptionHandler() == handler) {
            Thread.setDefaultUncaughtExceptionHandler(previousDefault);
        }
        onFxThread(null); // null: the FX thread falls back to the default handler again
    }

    private void onFxThread(Thread.UncaughtExceptionHandler fxHandler) {
        Runnable set = () -> Thread.currentThread().setUncaughtExceptionHandler(fxHandler);
        if (Platform.isFxApplicationThread()) {
            set.run();
            return;
        }
        try {
            Platform.runLater(set);
        } catch (IllegalStateException e) {
            // The toolkit is not running: the default handler covers every thread there is.
        }
    }
}
