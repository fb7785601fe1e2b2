package com.targetmonitor.app;

import com.targetmonitor.logic.settings.Settings;
import com.targetmonitor.logic.settings.SettingsStore;
import com.targetmonitor.logic.workspace.AppDataFolder;
import com.targetmonitor.persistence.SqliteNativeLibrary;
import com.targetmonitor.ui.main.StatusTableView;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.stage.Window;

/**
 * Not a test: the window's start as the officer starts it, for {@link WindowBenchmark} ({@code --launch}):
 * {@link Launcher#main} with no arguments, so the native library's copy, the desktop's logging, the
 * settings, the last workspace and the window come as they do on a PC, up to the first painted status table
 * with rows. The benchmark's {@code --window} run builds the window from {@code DesktopApp.install} and
 * leaves out what comes before it.
 */
final class LaunchedStart {

    private LaunchedStart() {
    }

    /** An application-data folder whose settings name {@code workspace} as the last one opened. */
    static Path home(Path dir, Path workspace) {
        Path home = dir.resolve("home");
        SettingsStore store = new SettingsStore(home);
        store.save(Settings.DEFAULTS.withRecentFile(workspace).withWindow(DesktopApp.WIDTH, DesktopApp.HEIGHT, false));
        // As on a PC after the first start: the SQLite library's copy is there.
        SqliteNativeLibrary.useCopyIn(home.resolve("native"));
        return home;
    }

    /** The child: starts the app from {@code home} and prints the start-up when the table is painted. */
    static void run(Path home) {
        System.setProperty(AppDataFolder.OVERRIDE_PROPERTY, home.toString());
        Thread watch = new Thread(LaunchedStart::watch, "start-watch");
        watch.setDaemon(true);
        watch.start();
        Launcher.main(new String[0]);
    }

    private static void watch() {
        try {
            FirstPaint first = new FirstPaint();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
            // The window's scene as soon as it is shown (its rows come a few pulses later): from then on its
            // pulses are watched for the first one that lays out rows.
            while (!watching(first)) {
                if (System.nanoTime() > deadline) {
                    System.out.println("the window did not show a table in 300 s");
                    Runtime.getRuntime().halt(1);
                }
                Thread.sleep(5);
            }
            first.await();
            long[] threads = first.threadCpu();
            System.out.printf(Locale.ROOT, "RESULT start-up %d ms (CPU %d ms; FX %d, background work %d, "
                    + "renderer %d)%n", first.startupMs(), first.cpuMs(), threads[0] / 1_000_000,
                    threads[1] / 1_000_000, threads[2] / 1_000_000);
            System.out.flush();
            Runtime.getRuntime().halt(0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts watching the shown window's scene, if there is one yet (also false before the toolkit is up). */
    private static boolean watching(FirstPaint first) throws InterruptedException {
        boolean[] found = new boolean[1];
        CountDownLatch checked = new CountDownLatch(1);
        try {
            Platform.runLater(() -> {
                for (Window w : Window.getWindows()) {
                    Scene scene = w.getScene();
                    if (w.isShowing() && scene != null && scene.lookup("#" + StatusTableView.TABLE_ID) != null) {
                        first.watch(scene, () -> showsRows(scene));
                        found[0] = true;
                        break;
                    }
                }
                checked.countDown();
            });
        } catch (IllegalStateException toolkitNotYetUp) {
            return false;
        }
        checked.await();
        return found[0];
    }

    /** Whether the scene's status table shows rows. */
    private static boolean showsRows(Scene scene) {
        Node table = scene.lookup("#" + StatusTableView.TABLE_ID);
        return table instanceof TreeTableView<?> t && t.getExpandedItemCount() > 1 && FirstPaint.fitted(scene) && t.lookupAll(
                ".tree-table-row-cell").stream().anyMatch(r -> r instanceof TreeTableRow<?> row
                && row.isVisible() && row.getItem() != null);
    }
}
