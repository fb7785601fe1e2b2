package com.targetmonitor.app;

import com.targetmonitor.ui.main.StatusTableView;
import java.lang.management.ManagementFactory;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Not a test: the first layout pulse of a scene after which a condition holds (the status table shows the
 * first standing's rows), for {@link WindowBenchmark}: the time since the JVM started and the CPU spent by
 * then, taken in that pulse. Polling for the condition and then asking for one more pulse, as the benchmark
 * did before, also counted what the window does after the table is painted (the detail pane is built and
 * styled right after it).
 */
final class FirstPaint {

    private final CountDownLatch seen = new CountDownLatch(1);
    private volatile long startupMs;
    private volatile long cpuMs;
    private volatile long[] threadCpu;

    /** Watches the scene's pulses from now on; call on the JavaFX thread. */
    void watch(Scene scene, BooleanSupplier holds) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (seen.getCount() > 0 && holds.getAsBoolean()) {
                startupMs = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                cpuMs = WindowBenchmark.processCpuMs();
                threadCpu = WindowBenchmark.threadCpu();
                seen.countDown();
                Platform.runLater(() -> scene.removePostLayoutPulseListener(listener[0]));
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /**
     * Whether the status table's columns are fitted to the rows it shows (no fit waits): a pulse with the
     * first rows but before their fit lays them out in the columns' old widths, and they move a pulse later.
     */
    static boolean fitted(Scene scene) {
        javafx.scene.Node table = scene.lookup("#" + StatusTableView.TABLE_ID);
        return table != null && !Boolean.TRUE.equals(table.getProperties().get(StatusTableView.FIT_PENDING));
    }

    /** Waits for that pulse (at most 300 s). */
    FirstPaint await() throws InterruptedException {
        if (!seen.await(300, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the window did not get there in 300 s");
        }
        return this;
    }

    long startupMs() {
        return startupMs;
    }

    long cpuMs() {
        return cpuMs;
    }

    /** CPU by then of the JavaFX thread, the background-work thread and the renderer, in nanoseconds. */
    long[] threadCpu() {
        return threadCpu;
    }
}
