package com.targetmonitor.app;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Not a test: the parent side of {@link WindowBenchmark} (how to run it is in its javadoc): writes the
 * plans, starts each measured run in a JVM of its own, alternating with the bare window, and with
 * {@code --cds} the same runs with class-data archives (the app's as shipped, the bare window's own).
 */
final class WindowBenchmarkRuns {

    private WindowBenchmarkRuns() {
    }

    static void run(String[] args) throws Exception {
        boolean cds = args.length > 0 && args[args.length - 1].equals("--cds");
        if (cds) {
            args = java.util.Arrays.copyOf(args, args.length - 1);
        }
        String sizes = args.length > 0 ? args[0] : "50,1000,10000";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String heap = args.length > 2 ? args[2] : "-Xmx512m";
        Path dir = Files.createTempDirectory("tm-window-bench");
        String appArchive = null;
        String bareArchive = null;
        if (cds) {
            appArchive = BenchArchive.forApp(dir);
            bareArchive = BenchArchive.trained(dir, "bare", childArgs(heap, null, "--bare"));
        }
        for (String size : sizes.split(",")) {
            int n = Integer.parseInt(size.strip());
            Path file = dir.resolve("plan-" + n + ".tmdb");
            long t0 = System.nanoTime();
            WindowBenchmark.generate(file, n);
            System.out.printf(Locale.ROOT, "plan of %d indicators written in %.1f s%n", n,
                    (System.nanoTime() - t0) / 1e9);
            for (int r = 0; r < runs; r++) {
                System.out.println("bare   " + child(heap, null, "--bare"));
                if (cds) {
                    System.out.println("bare with its own archive " + child(heap, bareArchive, "--bare"));
                }
                // A fresh copy each run: an edit that stores what is already there is no edit.
                Path copy = dir.resolve("run-" + n + "-" + r + ".tmdb");
                fresh(file, copy);
                System.out.println("window " + n + " " + child(heap, null, "--window", copy.toString()));
                if (cds) {
                    // The same run once more with the app's archive, under the same load as the one without.
                    fresh(file, copy);
                    System.out.println("window " + n + " with the app's archive "
                            + child(heap, appArchive, "--window", copy.toString()));
                }
                // As the officer starts it: Launcher.main, the last workspace named by the settings.
                fresh(file, copy);
                Path home = LaunchedStart.home(dir.resolve("launch-" + n + "-" + r), copy);
                System.out.println("launched " + n + " " + child(heap, null, "--launch", home.toString()));
                if (cds) {
                    fresh(file, copy);
                    System.out.println("launched " + n + " with the app's archive "
                            + child(heap, appArchive, "--launch", home.toString()));
                }
            }
        }
    }

    /** A copy of the plan's workspace, without what a run before left beside it (its WAL would not match). */
    private static void fresh(Path file, Path copy) throws java.io.IOException {
        for (String suffix : List.of("-wal", "-shm")) {
            Files.deleteIfExists(copy.resolveSibling(copy.getFileName() + suffix));
        }
        Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static String child(String heap, String archive, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(childArgs(heap, archive, args));
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

    /** A child's java arguments; archive: the option naming its class-data archive, or null for none. */
    private static List<String> childArgs(String heap, String archive, String... args) {
        // heap: the child's JVM options, e.g. "-Xmx512m -XX:TieredStopAtLevel=1 -XX:C1MaxInlineSize=15" (as the launcher ships).
        List<String> command = new ArrayList<>(List.of(heap.trim().split("\\s+")));
        if (archive != null) {
            command.add(archive);
        }
        command.addAll(List.of("-Dtargetmonitor.lang=zh", "-cp", System.getProperty("java.class.path"),
                WindowBenchmark.class.getName()));
        command.addAll(List.of(args));
        return command;
    }
}
