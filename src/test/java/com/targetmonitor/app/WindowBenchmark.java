package com.targetmonitor.app;

import com.targetmonitor.logic.settings.SettingsStore;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.Responsibility;
import com.targetmonitor.model.ResponsibilityRole;
import com.targetmonitor.model.RuleSet;
import com.targetmonitor.model.Target;
import com.targetmonitor.model.Unit;
import com.targetmonitor.model.UnitKind;
import com.targetmonitor.persistence.Workspace;
import com.targetmonitor.ui.actuals.ActualsGridViewModel;
import com.targetmonitor.ui.dialog.FxDialogService;
import com.targetmonitor.ui.main.MainWindowView;
import com.targetmonitor.ui.task.FxTaskExecutor;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

/**
 * Not a test: measures the desktop window on plans of 50, 1,000 and 10,000 indicators, each run in
 * a JVM of its own on a real (Xvfb) display: start-up to the first painted status table against a
 * bare JavaFX window in the same run, CPU of the whole process per cell edit in the actuals grid
 * until the grid, the standing and the detail pane are updated and painted, the time from picking
 * another as-of month to the table painted with it, the CPU of a value entered while the status
 * table is on screen (the table and its column fit follow it), and the peak heap.
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * xvfb-run -a -s "-screen 0 1366x768x24" java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     com.targetmonitor.app.WindowBenchmark 50,1000,10000 3
 * </pre>
 * Results go into docs/benchmarks.md by hand. Each run also starts the window as the officer does
 * ("launched": {@code Launcher.main} with settings naming the plan's workspace, {@link LaunchedStart}) to the
 * first painted table; the "window" run builds it from {@code DesktopApp.install} and goes on to the
 * switches and edits. {@code -Dbench.startOnly=true} ends a window run at its first painted table (for a
 * profiler). With {@code --cds} as a last argument, each run has the
 * window without and with the app's class-data archive as it ships (ADR 0021), and the bare window
 * without an archive and with one of its own; the archives are classes from jars only, so the class path must be jars:
 * <pre>
 * jar --create --file target/bench-main.jar -C target/classes . && jar --create --file target/bench-test.jar -C target/test-classes .
 * xvfb-run -a -s "-screen 0 1366x768x24" java -cp target/bench-test.jar:target/bench-main.jar:$(cat target/cp.txt) \
 *     com.targetmonitor.app.WindowBenchmark 1000,10000 2 "-Xmx512m -XX:TieredStopAtLevel=1 -XX:C1MaxInlineSize=15" --cds
 * </pre>
 */
public final class WindowBenchmark {

    private static final int EDITS = 20;
    private static final int SWITCHES = 6;

    private WindowBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--window")) {
            window(Path.of(args[1]));
            return;
        }
        if (args.length > 0 && args[0].equals("--generate")) {
            // installer/cds/make-classlist.sh: a plan for its training run of the window.
            generate(Path.of(args[1]), Integer.parseInt(args[2]));
            return;
        }
        if (args.length > 0 && args[0].equals("--minimal")) {
            MinimalTableWindow.run(Integer.parseInt(args[1]));
            return;
        }
        if (args.length > 0 && args[0].equals("--launch")) {
            LaunchedStart.run(Path.of(args[1]));
            return;
        }
        if (args.length > 0 && args[0].equals("--bare")) {
            bare();
            return;
        }
        WindowBenchmarkRuns.run(args);
    }

    // ---- the plans ----------------------------------------------------------------------------

    /** A plan of n indicators: amounts and growth rates, led by 60 units, values for 1-2月 … 6月. */
    public static void generate(Path file, int n) {
        try (Workspace w = Workspace.create(file)) {
            w.inTransaction(() -> {
                Plan plan = w.plans().save(new Plan(null, "基准计划" + n, "基准市", 2022, "", RuleSet.DEFAULT));
                List<Unit> units = new ArrayList<>();
                for (int u = 0; u < 60; u++) {
                    units.add(w.units().save(new Unit(null, "单位" + u, UnitKind.DEPARTMENT, null, "")));
                }
                for (int i = 0; i < n; i++) {
                    boolean rate = i % 4 == 3;
                    Indicator saved = w.indicators().save(new Indicator(null, plan.id(), null, null,
                            (i / 100 + 1) + "." + String.format(Locale.ROOT, "%02d", i % 100), "指标" + i,
                            rate ? "%" : "亿元", rate ? IndicatorKind.GROWTH_RATE : IndicatorKind.AMOUNT, null,
                            Target.of(rate ? 6 + i % 5 : 100 + i % 900, null), null,
                            List.of(new Responsibility(units.get(i % units.size()).id(), ResponsibilityRole.LEAD)),
                            null, i));
                    for (int m = 2; m <= 6; m++) {
                        double value = rate ? 4 + (i * 7 + m) % 6 : (100 + i % 900) * m * (0.05 + (i % 7) * 0.01);
                        w.observations().save(Observation.of(saved.id(), Period.month(2022, m), value));
                    }
                }
            });
        }
    }

    // ---- the child runs -----------------------------------------------------------------------

    private static void bare() throws Exception {
        CountDownLatch painted = new CountDownLatch(1);
        Platform.startup(() -> {
            Stage stage = new Stage();
            Scene scene = new Scene(new Label("目标进度监测"), DesktopApp.WIDTH, DesktopApp.HEIGHT);
            scene.addPostLayoutPulseListener(painted::countDown);
            stage.setScene(scene);
            stage.show();
        });
        painted.await(60, TimeUnit.SECONDS);
        long startup = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf(Locale.ROOT, "RESULT start-up %d ms (CPU %d ms), peak heap %d MB%n", startup, processCpuMs(),
                peakHeapMb());
        Platform.exit();
    }

    private static void window(Path file) throws Exception {
        // As the desktop starts: the SQLite library from the copy the first run left in the data folder.
        com.targetmonitor.persistence.SqliteNativeLibrary.useCopyIn(file.resolveSibling("app-data").resolve("native"));
        Path settings = Files.createTempDirectory("tm-bench-settings");
        DesktopComposition[] parts = new DesktopComposition[1];
        Stage[] stage = new Stage[1];
        WindowStateProbe probe = new WindowStateProbe();
        FirstPaint first = new FirstPaint();
        Platform.startup(() -> {
            stage[0] = new Stage();
            Session session = new Session(Workspace.open(file));
            FxTaskExecutor tasks = new FxTaskExecutor(Throwable::printStackTrace);
            parts[0] = DesktopApp.install(stage[0], session, tasks, new FxDialogService(() -> stage[0]),
                    new SettingsStore(settings));
            parts[0].state.addListener(u -> probe.updated());
            first.watch(stage[0].getScene(), () -> parts[0].state.standing() != null
                    && parts[0].main.table().statusProperty().get() == parts[0].state.standing()
                    && !parts[0].main.table().groups().isEmpty() && FirstPaint.fitted(stage[0].getScene()));
            stage[0].show();
        });
        first.await();
        long startup = first.startupMs();
        long startupCpu = first.cpuMs();
        if (Boolean.getBoolean("bench.startOnly")) {
            // For a profiler run of the start alone (-Dbench.startOnly=true): nothing after the first table.
            long[] threads = first.threadCpu();
            System.out.printf(Locale.ROOT, "RESULT start-up %d ms (CPU %d ms; FX %d, background work %d, renderer %d)%n",
                    startup, startupCpu, threads[0] / 1_000_000, threads[1] / 1_000_000, threads[2] / 1_000_000);
            System.exit(0);
        }
        DesktopComposition c = parts[0];

        // As-of switches on the status tab: pick a month, wait for the table painted with it.
        // The process's CPU too: on a loaded machine the wall time is mostly waiting for a core.
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<Double> switches = new ArrayList<>();
        List<Double> switchCpu = new ArrayList<>();
        long[] switchThreads = new long[3];
        for (int s = 0; s < SWITCHES; s++) {
            AsOf month = AsOf.of(2022, s % 2 == 0 ? 3 : 6);
            long cpu0 = os.getProcessCpuTime();
            long[] threads0 = threadCpu();
            long t0 = System.nanoTime();
            actAndWaitPainted(stage[0], probe, () -> c.state.asOfProperty().set(month));
            if (c.main.table().statusProperty().get() != c.state.standing()) {
                throw new IllegalStateException("the table does not show the month");
            }
            switches.add((System.nanoTime() - t0) / 1e6);
            switchCpu.add((os.getProcessCpuTime() - cpu0) / 1e6);
            long[] threads1 = threadCpu();
            for (int k = 0; k < 3; k++) {
                switchThreads[k] += threads1[k] - threads0[k];
            }
        }

        // Values entered while the status tab is shown (as an undo, a form or an import would): the
        // table and its column fit follow each edit. CPU of the whole process and of the FX thread.
        List<Double> statusEditCpu = new ArrayList<>();
        long statusEditFx = 0;
        List<com.targetmonitor.logic.status.StandingRow> rows = c.state.standing().rows();
        Period june = Period.month(2022, 6);
        for (int e = 0; e < EDITS; e++) {
            long id = rows.get((e * 37) % rows.size()).standing().indicator().id();
            Observation value = Observation.of(id, june, 2000 + e);
            long cpu0 = os.getProcessCpuTime();
            long[] threads0 = threadCpu();
            actAndWaitPainted(stage[0], probe, () -> c.session.history().execute(
                    com.targetmonitor.logic.edit.ObservationEdit.replace(c.session.workspace(), "bench", id, june, value)));
            statusEditCpu.add((os.getProcessCpuTime() - cpu0) / 1e6);
            statusEditFx += threadCpu()[0] - threads0[0];
        }

        // Cell edits in the actuals grid, on its tab: CPU of the whole process until painted.
        Platform.runLater(() -> tabs(stage[0]).getSelectionModel().select(1));
        waitPainted(stage, () -> !c.grid.rows().isEmpty());
        List<Double> cpu = new ArrayList<>();
        List<Double> wall = new ArrayList<>();
        long[] fx = new long[3];
        // A repaint alone (nothing changed but the scene marked dirty), to tell rendering from work.
        List<Double> repaint = new ArrayList<>();
        for (int e = 0; e < EDITS; e++) {
            long cpu0 = os.getProcessCpuTime();
            CountDownLatch done = new CountDownLatch(1);
            Platform.runLater(() -> {
                stage[0].getScene().getRoot().setOpacity(stage[0].getScene().getRoot().getOpacity() == 1 ? 0.999 : 1);
                done.countDown();
            });
            done.await();
            painted(stage[0]);
            repaint.add((os.getProcessCpuTime() - cpu0) / 1e6);
        }
        int column = 6 - ActualsGridViewModel.FIRST_END_MONTH;
        for (int e = 0; e < EDITS; e++) {
            int row = (e * 37) % c.grid.rows().size();
            String text = String.valueOf(1000 + e);
            long cpu0 = os.getProcessCpuTime();
            long[] threads0 = threadCpu();
            long t0 = System.nanoTime();
            actAndWaitPainted(stage[0], probe, () -> {
                c.state.indicatorIdProperty().set(c.grid.rows().get(row).indicator().id());
                c.grid.commit(row, column, text);
            });
            if (!c.grid.cell(row, column).getText().equals(text)) {
                throw new IllegalStateException("the grid does not show the value");
            }
            cpu.add((os.getProcessCpuTime() - cpu0) / 1e6);
            long[] threads1 = threadCpu();
            for (int k = 0; k < 3; k++) {
                fx[k] += threads1[k] - threads0[k];
            }
            wall.add((System.nanoTime() - t0) / 1e6);
        }
        System.out.printf(Locale.ROOT, "RESULT start-up %d ms (CPU %d ms), as-of switch median %.0f ms (max %.0f, CPU median %.0f ms; "
                        + "mean by thread: FX %.1f ms, background work %.1f ms, renderer %.1f ms), "
                        + "status-tab edit CPU median %.1f ms (FX mean %.1f ms), "
                        + "edit CPU median %.1f ms (max %.1f), edit wall median %.1f ms, "
                        + "edit CPU mean by thread: FX %.1f ms, background work %.1f ms, renderer %.1f ms; "
                        + "repaint alone CPU median %.1f ms; standings computed %d, peak heap %d MB%n",
                startup, startupCpu, median(switches), max(switches), median(switchCpu), switchThreads[0] / 1e6 / SWITCHES,
                switchThreads[1] / 1e6 / SWITCHES, switchThreads[2] / 1e6 / SWITCHES, median(statusEditCpu),
                statusEditFx / 1e6 / EDITS, median(cpu), max(cpu), median(wall),
                fx[0] / 1e6 / EDITS, fx[1] / 1e6 / EDITS, fx[2] / 1e6 / EDITS, median(repaint),
                c.state.computations(), peakHeapMb());
        Platform.exit();
        System.exit(0);
    }

    private static TabPane tabs(Stage stage) {
        return (TabPane) stage.getScene().lookup("#" + MainWindowView.TABS_ID);
    }

    /**
     * Waits until the condition holds on the FX thread (checked every 20 ms: start-up only), then
     * for a pulse that lays out and paints what it shows.
     */
    private static void waitPainted(Stage[] stage, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            CountDownLatch checked = new CountDownLatch(1);
            boolean[] holds = new boolean[1];
            Platform.runLater(() -> {
                holds[0] = stage[0] != null && stage[0].getScene() != null && condition.getAsBoolean();
                checked.countDown();
            });
            checked.await();
            if (holds[0]) {
                painted(stage[0]);
                return;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the window did not get there in 300 s");
    }

    /**
     * Runs the action on the FX thread, waits for the window state's next update (the standing and
     * every view listening before this benchmark updated), then for the pulse that paints it.
     */
    private static void actAndWaitPainted(Stage stage, WindowStateProbe probe, Runnable action)
            throws InterruptedException {
        CountDownLatch updated = probe.expect();
        Platform.runLater(action);
        if (!updated.await(300, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no update in 300 s");
        }
        painted(stage);
    }

    /** Asks for a pulse and waits until it has laid out (and so painted) the scene. */
    private static void painted(Stage stage) throws InterruptedException {
        CountDownLatch pulse = new CountDownLatch(1);
        Runnable listener = pulse::countDown;
        Platform.runLater(() -> {
            stage.getScene().addPostLayoutPulseListener(listener);
            Platform.requestNextPulse();
        });
        pulse.await(10, TimeUnit.SECONDS);
        Platform.runLater(() -> stage.getScene().removePostLayoutPulseListener(listener));
    }

    /** Counts down the latch of whoever waits for the next standing update. */
    private static final class WindowStateProbe {
        private volatile CountDownLatch next = new CountDownLatch(1);

        CountDownLatch expect() {
            next = new CountDownLatch(1);
            return next;
        }

        void updated() {
            next.countDown();
        }
    }

    /** CPU time so far of the FX thread, the background-work threads and JavaFX's renderer threads. */
    static long[] threadCpu() {
        var threads = ManagementFactory.getThreadMXBean();
        long[] sums = new long[3];
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            String name = info.getThreadName();
            int group = name.equals("JavaFX Application Thread") ? 0 : name.startsWith("background-work") ? 1
                    : name.startsWith("QuantumRenderer") || name.startsWith("Prism") ? 2 : -1;
            long time = threads.getThreadCpuTime(info.getThreadId());
            if (group >= 0 && time > 0) {
                sums[group] += time;
            }
        }
        return sums;
    }

    /** CPU time of the whole process so far (all threads, JIT and GC included). */
    static long processCpuMs() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return os.getProcessCpuTime() / 1_000_000;
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
