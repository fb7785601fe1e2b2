package com.targetmonitor.app;

import com.targetmonitor.logic.settings.Settings;
import com.targetmonitor.logic.settings.SettingsStore;
import com.targetmonitor.persistence.SqliteNativeLibrary;
import com.targetmonitor.ui.I18n;
import java.nio.file.Path;

/**
 * What the desktop needs before its first workspace is opened, made ready on a thread of its own while the
 * JavaFX toolkit starts: SQLite's native library (the copy in the application-data folder), the log file
 * and the settings. On the launching thread they took some 0.15 s of CPU (loading logback and the SQLite
 * driver, setting up the rolling file) before the toolkit could begin, and the toolkit's start, some 0.3 s,
 * leaves the second core mostly idle. {@link #await} is called at the top of {@code DesktopApp.start}.
 */
final class DesktopPreparation {

    private Thread thread;
    private volatile RuntimeException failure;
    /** The settings as read there, or null. */
    private volatile Settings settings;

    private DesktopPreparation() {
    }

    private DesktopPreparation begin(Runnable work) {
        thread = new Thread(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                failure = e;
            } catch (Error e) {
                failure = new IllegalStateException(e);
            }
        }, "desktop-preparation");
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    static DesktopPreparation start(Path appDataFolder) {
        DesktopPreparation p = new DesktopPreparation();
        return p.begin(() -> {
            Launcher.unpackNativeLibrary();
            // Loaded here, not by the workspace's first connection on the JavaFX thread.
            SqliteNativeLibrary.load();
            DesktopLogging.start(appDataFolder);
            // The settings, and the interface's texts, whose first reading (some 15 ms of the JavaFX thread,
            // most of it making their classes ready) starts the window. Their failures are left to it.
            try {
                p.settings = new SettingsStore(appDataFolder).load();
                I18n.locale();
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(DesktopPreparation.class).debug("not made ready ahead", e);
            }
        });
    }

    static DesktopPreparation start(Runnable work) {
        return new DesktopPreparation().begin(work);
    }

    /** The application-data folder's settings as read while the toolkit started (after {@link #await}), or null. */
    Settings settings() {
        return settings;
    }

    /** Waits until it is done; its failure, if any, is thrown here, as it was on the launching thread. */
    void await() {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure != null) {
            throw failure;
        }
    }
}
