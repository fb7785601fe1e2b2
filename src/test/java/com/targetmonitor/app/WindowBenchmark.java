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
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
 * another as-of month to the table painted with it, and the peak heap.
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * xvfb-run -a -s "-screen 0 1366x768x24" java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     com.targetmonitor.app.WindowBenchmark 50,1000,10000 3
 * </pre>
 * Results go into docs/benchmarks.md by hand.
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
        if (args.length > 0 && args[0].equals("--bare")) {
            bare();
            return;
        }
        String sizes = args.length > 0 ? args[0] : "50,1000,10000";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String heap = args.length > 2 ? args[2] : "-Xmx512m";
        Path dir = Files.createTempDirectory("tm-window-bench");
        for (String size : sizes.split(",")) {
            int n = Integer.parseInt(size.strip());
            Path file = dir.resolve("plan-" + n + ".tmdb");
            long t0 = System.nanoTime();
            generate(file, n);
            System.out.printf(Locale.ROOT, "plan of %d indicators written in %.1f s%n", n,
                    (System.nanoTime() - t0) / 1e9);
            for (int r = 0; r < runs; r++) {
                System.out.println("bare   " + child(heap, "--bare"));
                System.out.println("window " + n + " " + child(heap, "--window", file.toString()));
            }
        }
    }

    private static String child(String heap, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap, "-Dtargetmonitor.lang=zh", "-cp", System.getProperty("java.class.path"),
                WindowBenchmark.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String result = "";
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("RESULT ")) {
                    result = line.substring(7);
                }
            }
        }
        p.waitFor();
        return result.isEmpty() ? "failed (exit " + p.exitValue() + ")" : result;
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
        System.out.printf(Locale.ROOT, "RESULT start-up %d ms, peak heap %d MB%n", startup, peakHeapMb());
        Platform.exit();
    }

    private static void window(Path file) throws Exception {
        Path settings = Files.createTempDirectory("tm-bench-settings");
        DesktopComposition[] parts = new DesktopComposition[1];
        Stage[] stage = new Stage[1];
        AtomicInteger updates = new AtomicInteger();
        Platform.startup(() -> {
            stage[0] = new Stage();
            Session session = new Session(Workspace.open(file));
            FxTaskExecutor tasks = new FxTaskExecutor(Throwable::printStackTrace);
            parts[0] = DesktopApp.install(stage[0], session, tasks, new FxDialogService(() -> stage[0]),
                    new SettingsStore(settings));
            parts[0].state.addListener(u -> updates.incrementAndGet());
            stage[0].show();
        });
        waitPainted(stage, () -> parts[0] != null && parts[0].state.standing() != null
                && parts[0].main.table().statusProperty().get() == parts[0].state.standing()
                && !parts[0].main.table().groups().isEmpty());
        long startup = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        DesktopComposition c = parts[0];

        // As-of switches on the status tab: pick a month, wait for the table painted with it.
        List<Double> switches = new ArrayList<>();
        for (int s = 0; s < SWITCHES; s++) {
            AsOf month = AsOf.of(2022, s % 2 == 0 ? 3 : 6);
            int before = updates.get();
            long t0 = System.nanoTime();
            Platform.runLater(() -> c.state.asOfProperty().set(month));
            waitPainted(stage, () -> updates.get() > before
                    && c.main.table().statusProperty().get() == c.state.standing());
            switches.add((System.nanoTime() - t0) / 1e6);
        }

        // Cell edits in the actuals grid, on its tab: CPU of the whole process until painted.
        Platform.runLater(() -> tabs(stage[0]).getSelectionModel().select(1));
        waitPainted(stage, () -> !c.grid.rows().isEmpty());
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<Double> cpu = new ArrayList<>();
        List<Double> wall = new ArrayList<>();
        int column = 6 - ActualsGridViewModel.FIRST_END_MONTH;
        for (int e = 0; e < EDITS; e++) {
            int row = (e * 37) % c.grid.rows().size();
            String text = String.valueOf(1000 + e);
            int before = updates.get();
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            Platform.runLater(() -> {
                c.state.indicatorIdProperty().set(c.grid.rows().get(row).indicator().id());
                c.grid.commit(row, column, text);
            });
            waitPainted(stage, () -> updates.get() > before && c.grid.cell(row, column).getText().equals(text));
            cpu.add((os.getProcessCpuTime() - cpu0) / 1e6);
            wall.add((System.nanoTime() - t0) / 1e6);
        }
        System.out.printf(Locale.ROOT, "RESULT start-up %d ms, as-of switch median %.0f ms (max %.0f), "
                        + "edit CPU median %.1f ms (max %.1f), edit wall median %.1f ms, standings computed %d, "
                        + "peak heap %d MB%n",
                startup, median(switches), max(switches), median(cpu), max(cpu), median(wall),
                c.state.computations(), peakHeapMb());
        Platform.exit();
        System.exit(0);
    }

    private static TabPane tabs(Stage stage) {
        return (TabPane) stage.getScene().lookup("#" + MainWindowView.TABS_ID);
    }

    /** Waits until the condition holds on the FX thread and a pulse has laid out and painted after it. */
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
                CountDownLatch pulse = new CountDownLatch(1);
                Runnable listener = pulse::countDown;
                Platform.runLater(() -> {
                    stage[0].getScene().addPostLayoutPulseListener(listener);
                    Platform.requestNextPulse();
                });
                pulse.await(10, TimeUnit.SECONDS);
                Platform.runLater(() -> stage[0].getScene().removePostLayoutPulseListener(listener));
                return;
            }
            Thread.sleep(1);
        }
        throw new IllegalStateException("the window did not get there in 300 s");
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
