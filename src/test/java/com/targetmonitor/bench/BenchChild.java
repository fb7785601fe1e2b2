package com.targetmonitor.bench;

import com.targetmonitor.cli.Cli;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;

/**
 * One measured run, in its own JVM (started by {@link EngineBenchmark}): the app's command line as a
 * user runs it, or an anchor. Prints "BENCH seconds peak-heap-MB cpu-seconds detail" as its last line;
 * the seconds here are from main to the end, the parent also times the whole process.
 */
public final class BenchChild {

    private BenchChild() {
    }

    public static void main(String[] args) throws Exception {
        HeapSampler sampler = new HeapSampler();
        sampler.start();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long start = System.nanoTime();
        String mode = args[0];
        String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        String detail = switch (mode) {
            case "app" -> app(rest);
            case "floor" -> floor(Path.of(rest[0]));
            case "bare-status" -> {
                List<String[]> rows = BareAnchors.rows(Path.of(rest[0]), PlanGenerator.PLAN, PlanGenerator.YEAR, 6);
                BareAnchors.status(rows, OutputStream.nullOutputStream());
                yield rows.size() + " rows";
            }
            // The data must come out of the workspace first: the same queries as the status anchor.
            case "bare-export" -> BareAnchors.rows(Path.of(rest[2]), PlanGenerator.PLAN, PlanGenerator.YEAR, 6).size()
                    + " rows, " + BareAnchors.export(Path.of(rest[0]), Path.of(rest[1])) + " cells";
            case "bare-report" -> BareAnchors.rows(Path.of(rest[2]), PlanGenerator.PLAN, PlanGenerator.YEAR, 6).size()
                    + " rows, " + BareAnchors.report(Path.of(rest[0]), Path.of(rest[1])) + " pages";
            default -> throw new IllegalArgumentException(mode);
        };
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.stop = true;
        sampler.join();
        System.out.printf(Locale.ROOT, "BENCH %.3f %.1f %.3f %s%n", seconds, sampler.max / 1048576.0,
                os.getProcessCpuTime() / 1e9, detail.replace('\n', ' '));
        System.exit(0);
    }

    /** The command line exactly as a user runs it; what it prints is kept only for its last line. */
    private static String app(String[] args) {
        com.targetmonitor.app.Launcher.unpackNativeLibrary(); // as the launcher does before every command
        StringWriter err = new StringWriter();
        CountingWriter out = new CountingWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        if (code != 0) {
            throw new IllegalStateException("exit " + code + ": " + err);
        }
        return out.lines + " lines; " + out.last.strip();
    }

    /** The floor under every command: a JVM, picocli parsing one command, the SQLite native library answering once. */
    private static String floor(Path db) throws Exception {
        @CommandLine.Command(name = "floor")
        class Floor implements java.util.concurrent.Callable<Integer> {
            @CommandLine.Option(names = "--db")
            Path file;

            @Override
            public Integer call() throws Exception {
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
                     Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM plan")) {
                    return rs.next() ? 0 : 1;
                }
            }
        }
        int code = new CommandLine(new Floor()).execute("--db", db.toString());
        return "exit " + code;
    }

    /** Counts lines and keeps the last one, without holding what was printed. */
    private static final class CountingWriter extends java.io.Writer {
        long lines;
        StringBuilder current = new StringBuilder();
        String last = "";

        @Override
        public void write(char[] buf, int off, int len) {
            for (int i = off; i < off + len; i++) {
                if (buf[i] == '\n') {
                    lines++;
                    last = current.toString();
                    current.setLength(0);
                } else if (current.length() < 300) {
                    current.append(buf[i]);
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    /** Samples the used heap every 5 ms: the peak includes garbage not yet collected, as the limit does. */
    private static final class HeapSampler extends Thread {
        volatile boolean stop;
        volatile long max;

        HeapSampler() {
            setDaemon(true);
        }

        @Override
        public void run() {
            var memory = ManagementFactory.getMemoryMXBean();
            while (!stop) {
                max = Math.max(max, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
