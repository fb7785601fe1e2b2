package com.targetmonitor.app;

import java.nio.file.Path;

/**
 * What the desktop needs before its first workspace is opened, made ready on a thread of its own while the
 * JavaFX toolkit starts: SQLite's native library (the copy in the application-data folder) and the log
 * file. On the launching thread they took some 0.15 s of CPU (loading logback and the SQLite driver,
 * setting up the rolling file) before the toolkit could begin, and the toolkit's start, some 0.3 s, leaves
 * the second core mostly idle. {@link #await} is called at the top of {@code DesktopApp.start}.
 */
final class DesktopPreparation {

    private final Thread thread;
    private volatile RuntimeException failure;

    private DesktopPreparation(Runnable work) {
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
    }

    static DesktopPreparation start(Path appDataFolder) {
        return start(() -> {
            Launcher.unpackNativeLibrary();
            // Loaded here, not by the workspace's first connection on the JavaFX thread.
            com.targetmonitor.persistence.SqliteNativeLibrary.load();
            DesktopLogging.start(appDataFolder);
            // The settings' reader and the interface's texts, whose first use (some 15 ms of the JavaFX
            // thread) starts the window: their classes are made ready here. Their failures are left to it.
            try {
                new com.targetmonitor.logic.settings.SettingsStore(appDataFolder).load();
                com.targetmonitor.ui.I18n.locale();
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(DesktopPreparation.class).debug("not made ready ahead", e);
            }
        });
    }

    static DesktopPreparation start(Runnable work) {
        DesktopPreparation p = new DesktopPreparation(work);
        p.thread.start();
        return p;
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
