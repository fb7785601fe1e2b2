package com.targetmonitor.bench;

import com.targetmonitor.logic.excel.read.SheetLimits;
import com.targetmonitor.persistence.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Not a test: the engine benchmark suite. Generates plans of 1,000 / 10,000 / 50,000 indicators (a year
 * of monthly observations each) and targets tables of the same sizes, then runs each command as a user
 * does, in a fresh JVM with -Xmx256m, alternating with its anchor (the same work on the bare libraries)
 * so both see the same load, and prints medians, the median ratio of the pairs and peak heap.
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) com.targetmonitor.bench.EngineBenchmark \
 *      [--sizes 1000,10000,50000] [--runs 3] [--cases floor,status,export,report,targets,stats] [--cds true]
 * </pre>
 * {@code --cds true}: the app's children run with its class-data archive as it ships (ADR 0021), and each
 * anchor both without an archive and with one of its own (a training run of it), on a second table line.
 * Archives hold classes from jars only, so the class path must be jars, as in WindowBenchmark's javadoc.
 */
public final class EngineBenchmark {

    private static final String HEAP = "-Xmx256m";

    private final Path dir;
    private final int runs;
    /** With --cds: the option naming the app's class-data archive; null without. */
    private String appArchive;

    private EngineBenchmark(Path dir, int runs) {
        this.dir = dir;
        this.runs = runs;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i], args[i + 1]);
        }
        int[] sizes = Arrays.stream(opts.getOrDefault("--sizes", "1000,10000,50000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        List<String> cases = List.of(opts.getOrDefault("--cases", "floor,status,export,report,targets,stats").split(","));
        Path dir = Files.createTempDirectory("tm-engine-bench");
        try {
            EngineBenchmark bench = new EngineBenchmark(dir, Integer.parseInt(opts.getOrDefault("--runs", "3")));
            if (Boolean.parseBoolean(opts.getOrDefault("--cds", "false"))) {
                bench.appArchive = com.targetmonitor.app.BenchArchive.forApp(dir);
            }
            bench.run(sizes, cases);
        } finally {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private void run(int[] sizes, List<String> cases) throws Exception {
        System.out.printf("JDK %s, %d cores, load %.1f; every run a fresh JVM with %s; %d alternating pairs%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), HEAP, runs);
        System.out.println("| case | size | app wall (median) | anchor wall (median) | app ÷ anchor, wall "
                + "| app ÷ anchor, CPU | app peak heap | anchor peak heap | detail |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        for (int n : sizes) {
            Path db = PlanGenerator.workspace(dir.resolve("plan-" + n + ".tmdb"), n);
            String plan = PlanGenerator.PLAN;
            String asOf = PlanGenerator.YEAR + "-06";
            if (cases.contains("floor") && n == sizes[0]) {
                pair("start-up: `plans` vs JVM+picocli+SQLite", n, List.of("plans", "--db", db.toString()),
                        List.of("floor", db.toString()), null);
            }
            if (cases.contains("status")) {
                pair("status", n, List.of("status", "--db", db.toString(), "--plan", plan, "--as-of", asOf),
                        List.of("bare-status", db.toString()), null);
            }
            if (cases.contains("export")) {
                Path out = dir.resolve("progress-" + n + ".xlsx");
                List<String> app = List.of("export", "--db", db.toString(), "--plan", plan, "--as-of", asOf,
                        "--out", out.toString());
                Path cells = BareAnchors.dumpCells(once(app, out), dir.resolve("cells-" + n + ".txt"));
                pair("export", n, app, List.of("bare-export", cells.toString(), dir.resolve("bare.xlsx").toString(),
                        db.toString()), null);
            }
            if (cases.contains("report")) {
                Path out = dir.resolve("report-" + n + ".pdf");
                List<String> app = List.of("report", "--db", db.toString(), "--plan", plan, "--as-of", asOf,
                        "--out", out.toString());
                Path text = BareAnchors.dumpText(once(app, out), dir.resolve("text-" + n + ".txt"));
                pair("report", n, app, List.of("bare-report", text.toString(), dir.resolve("bare.pdf").toString(),
                        db.toString()), null);
            }
            Files.delete(db);
        }
        if (cases.contains("targets")) {
            targets(sizes);
        }
        if (cases.contains("stats")) {
            statistics();
        }
    }

    /** Targets import: the per-row cost against the smallest size's, into a new, empty workspace each run. */
    private void targets(int[] sizes) throws Exception {
        Path empty = dir.resolve("empty.tmdb");
        Workspace.create(empty).close();
        double base = 0;
        double baseCpu = 0;
        for (int n : sizes) {
            Path table = PlanGenerator.targetsTable(dir.resolve("目标任务分解表-" + n + ".csv"), n);
            Path db = dir.resolve("targets-" + n + ".tmdb");
            List<double[]> results = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                Files.copy(empty, db, StandardCopyOption.REPLACE_EXISTING);
                results.add(spawn(List.of("app", "import", "--db", db.toString(), "--plan", PlanGenerator.PLAN,
                        table.toString())));
            }
            double wall = median(results, 0);
            double perRow = wall / n * 1000;
            base = base == 0 ? perRow : base;
            double cpuPerRow = median(results, 2) / n * 1000;
            baseCpu = baseCpu == 0 ? cpuPerRow : baseCpu;
            System.out.printf(Locale.ROOT, "| targets import | %,d | %.2f s (CPU %.2f s) | per row %.3f ms (CPU %.3f ms) "
                    + "| per row ÷ %,d rows' %.2f | CPU per row ÷ %,d rows' %.2f | %.0f MB | | %s |%n", n, wall,
                    median(results, 2), perRow, cpuPerRow, sizes[0], perRow / base, sizes[0], cpuPerRow / baseCpu,
                    median(results, 1), last);
        }
    }

    /** Statistics import of a 100,000-row 统计月报, whole process, against LibreOffice converting it to CSV. */
    private void statistics() throws Exception {
        // A full sheet: the title and two header rows and 99,997 data rows make the 100,000 rows a sheet may have.
        Path file = ImportBenchmark.generate(dir.resolve("统计月报-100000.xlsx"), SheetLimits.MAX_ROWS - 3);
        Path seeded = dir.resolve("seeded.tmdb");
        com.targetmonitor.logic.workspace.WorkspaceOpener.openOrCreateWithSeeds(seeded).close();
        Path db = dir.resolve("stats.tmdb");
        List<double[]> app = new ArrayList<>();
        List<double[]> office = new ArrayList<>();
        List<double[]> appPlain = new ArrayList<>();
        String detail = "";
        for (int i = 0; i < runs; i++) {
            Files.copy(seeded, db, StandardCopyOption.REPLACE_EXISTING);
            List<String> command = List.of("app", "import", "--db", db.toString(), "--plan", "金昌市2022", file.toString());
            app.add(spawn(command));
            detail = last;
            office.add(soffice(file));
            if (appArchive != null) {
                Files.copy(seeded, db, StandardCopyOption.REPLACE_EXISTING);
                appPlain.add(spawn(command, null));
            }
        }
        if (appArchive != null) {
            System.out.printf(Locale.ROOT, "| statistics import, app without its archive (same sitting) | 100,000 rows "
                    + "| %.2f s | %.2f s | %.2f | %.2f | %.0f MB | | CPU %.2f s |%n", median(appPlain, 0), median(office, 0),
                    ratio(appPlain, office, 0), ratio(appPlain, office, 2), median(appPlain, 1), median(appPlain, 2));
        }
        System.out.printf(Locale.ROOT, "| statistics import (whole process) vs `soffice --headless --convert-to csv` "
                        + "| 100,000 rows | %.2f s | %.2f s | %.2f | %.2f | %.0f MB | | CPU %.2f s vs %.2f s; %s |%n",
                median(app, 0), median(office, 0), ratio(app, office, 0), ratio(app, office, 2), median(app, 1),
                median(app, 2), median(office, 2), detail);
    }

    /** LibreOffice converting the file to CSV, timed by /usr/bin/time: {wall, 0, CPU of it and its children}. */
    private double[] soffice(Path file) throws Exception {
        Path out = Files.createDirectories(dir.resolve("soffice"));
        long start = System.nanoTime();
        Process p = new ProcessBuilder("/usr/bin/time", "-f", "CPU %U %S", "soffice", "--headless",
                "-env:UserInstallation=file://" + dir.resolve("lo-profile"), "--convert-to", "csv", "--outdir",
                out.toString(), file.toString()).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("soffice failed: " + text);
        }
        double wall = (System.nanoTime() - start) / 1e9;
        String[] cpu = text.lines().filter(l -> l.startsWith("CPU ")).reduce((a, b) -> b).orElse("CPU 0 0").split(" ");
        return new double[] {wall, 0, Double.parseDouble(cpu[1]) + Double.parseDouble(cpu[2])};
    }

    private String last = "";

    /** Runs the app once (not timed) for the output the anchor reproduces. */
    private Path once(List<String> appArgs, Path out) throws Exception {
        List<String> a = new ArrayList<>(List.of("app"));
        a.addAll(appArgs);
        spawn(a);
        return out;
    }

    /** Runs app and anchor alternately; prints one table line. */
    private void pair(String name, int n, List<String> appArgs, List<String> anchorArgs, String note) throws Exception {
        List<double[]> app = new ArrayList<>();
        List<double[]> anchor = new ArrayList<>();
        String appDetail = "";
        String anchorDetail = "";
        // With --cds, in the same alternation: the app without its archive, the anchor with one of its own.
        List<double[]> appPlain = new ArrayList<>();
        List<double[]> anchorShared = new ArrayList<>();
        String anchorArchive = appArchive == null ? null
                : com.targetmonitor.app.BenchArchive.trained(dir, anchorArgs.get(0) + "-" + n, command(anchorArgs, null));
        List<String> a = new ArrayList<>(List.of("app"));
        a.addAll(appArgs);
        for (int i = 0; i < runs; i++) {
            app.add(spawn(a));
            appDetail = last;
            anchor.add(spawn(anchorArgs));
            anchorDetail = last;
            if (anchorArchive != null) {
                appPlain.add(spawn(a, null));
                anchorShared.add(spawn(anchorArgs, anchorArchive));
            }
        }
        String detail = appDetail + " / " + anchorDetail;
        if (anchorArchive == null) {
            line(name, n, app, anchor, detail);
            return;
        }
        line(name + ", app with its archive", n, app, anchor, detail);
        line(name + ", app with its archive, anchor with its own", n, app, anchorShared, detail);
        line(name + ", neither with an archive", n, appPlain, anchor, detail);
    }

    private static void line(String name, int n, List<double[]> app, List<double[]> anchor, String detail) {
        System.out.printf(Locale.ROOT, "| %s | %,d | %.2f s | %.2f s | %.2f | %.2f | %.0f MB | %.0f MB | %s |%n",
                name, n, median(app, 0), median(anchor, 0), ratio(app, anchor, 0), ratio(app, anchor, 2), median(app, 1),
                median(anchor, 1), detail);
    }

    /** One child JVM; returns {whole-process seconds, peak heap MB, cpu seconds}. */
    private double[] spawn(List<String> args) throws Exception {
        boolean app = !args.isEmpty() && args.get(0).equals("app");
        return spawn(args, app ? appArchive : null);
    }

    /** As {@link #spawn(List)}, the child's JVM naming the class-data archive option (or none: null). */
    private double[] spawn(List<String> args, String archive) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(command(args, archive));
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        int code = p.waitFor();
        double wall = (System.nanoTime() - start) / 1e9;
        String line = out.lines().filter(l -> l.startsWith("BENCH ")).reduce((a, b) -> b).orElse(null);
        if (code != 0 || line == null) {
            throw new IllegalStateException(args + " failed:\n" + out);
        }
        String[] parts = line.split(" ", 5);
        last = parts.length > 4 ? parts[4] : "";
        return new double[] {wall, Double.parseDouble(parts[2]), Double.parseDouble(parts[3])};
    }

    /** A child's java arguments: JVM options, BenchChild and args. */
    private List<String> command(List<String> args, String archive) {
        List<String> command = new ArrayList<>(List.of(HEAP, "-Dfile.encoding=UTF-8", "-Dtargetmonitor.home="
                + dir.resolve("home"), "-cp", System.getProperty("java.class.path"), BenchChild.class.getName()));
        if (!args.isEmpty() && args.get(0).equals("app")) {
            // -Dbench.appJvm="-Xmx512m -XX:TieredStopAtLevel=1 -XX:C1MaxInlineSize=15": the app's JVM as shipped, the anchors unchanged.
            // After the common heap option, so that a heap given here is the one the app runs with.
            String extra = System.getProperty("bench.appJvm", "").trim();
            if (!extra.isEmpty()) {
                command.addAll(1, List.of(extra.split("\\s+")));
            }
        }
        if (archive != null) {
            command.add(0, archive);
        }
        command.addAll(args);
        return command;
    }

    private static double median(List<double[]> results, int index) {
        double[] v = results.stream().mapToDouble(r -> r[index]).sorted().toArray();
        return v[v.length / 2];
    }

    /** The median of the pairs' ratios of one measure (0 wall, 2 CPU). */
    private static double ratio(List<double[]> app, List<double[]> anchor, int index) {
        double[] r = new double[app.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = app.get(i)[index] / anchor.get(i)[index];
        }
        Arrays.sort(r);
        return r[r.length / 2];
    }
}
