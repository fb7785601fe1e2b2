package com.targetmonitor.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;

/**
 * The class-data-sharing archive of the app's classes (ADR 0021): a JDK 17 static dump of the classes
 * listed in {@code installer/cds/classes.lst} (shipped in the jar as {@value #CLASS_LIST}), made for
 * the class path the app runs with, because the JVM refuses an archive whose jars moved. Made by the
 * build (next to {@code target/target-monitor.jar}), by the .deb's postinst through the launcher
 * ({@value #MAKE_OPTION}), and on the first start of a copy installed elsewhere (the Windows MSI) in
 * the background. Making it never fails or blocks the app: without it the app starts as it did before.
 */
public final class ClassDataArchive {

    /** The launcher's option that makes the archive its own JVM options name (the .deb's postinst). */
    public static final String MAKE_OPTION = "--make-class-data-archive";
    static final String CLASS_LIST = "/cds/classes.lst";
    private static final String ARCHIVE_OPTION = "-XX:SharedArchiveFile=";
    /** The launcher's system property naming the archive of its -XX:SharedArchiveFile option. */
    static final String ARCHIVE_PROPERTY = "targetmonitor.cds.archive";
    private static final long DUMP_TIMEOUT_MINUTES = 5;
    /** After the window is up: the first standing and the first paints come before the dump's CPU. */
    private static final long FIRST_START_DELAY_MS = 20_000;

    private ClassDataArchive() {
    }

    /** What a dump did: whether the archive is there now, and a line saying so or why not. */
    record Outcome(boolean made, String detail) {
    }

    /**
     * The build's step ({@code pom.xml}, package phase): {@code JAR ARCHIVE ARGS_FILE} makes the archive
     * for {@code java -jar JAR} and writes the JVM options that name it to ARGS_FILE (a java @-file), or
     * a comment only when the dump failed, so that a run with {@code @ARGS_FILE} never names a missing
     * archive (which would cost even the JDK's own default sharing). Always exits 0: the build goes on.
     * With {@value #MAKE_OPTION} alone: makes the archive the launcher names.
     */
    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals(MAKE_OPTION)) {
            System.exit(makeForThisJvm());
        }
        if (args.length != 3) {
            System.err.println("usage: ClassDataArchive JAR ARCHIVE ARGS_FILE | " + MAKE_OPTION);
            System.exit(2);
        }
        buildStep(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
        System.exit(0);
    }

    /** The build's step (see {@link #main}): the archive for {@code java -jar jar}, and the @-file. */
    static void buildStep(Path jar, Path archive, Path argsFile) {
        String options = "# no class-data archive: the dump failed (the build's output says why)\n";
        try {
            Files.writeString(argsFile, options, StandardCharsets.UTF_8);
            Outcome outcome = make(javaHome(), jar.toAbsolutePath().toString(), archive.toAbsolutePath());
            System.out.println("class-data archive: " + outcome.detail());
            if (outcome.made()) {
                options = jvmOptions(archive.toAbsolutePath());
            } else {
                System.out.println("[WARNING] the app runs without its class-data archive (slower start only)");
            }
            Files.writeString(argsFile, options, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            System.out.println("[WARNING] no class-data archive: " + e);
        }
    }

    /** The JVM options (one per line, for a java @-file) that use the archive. */
    static String jvmOptions(Path archive) {
        // Forward slashes and quotes: an @-file reads a backslash in quotes as an escape (Windows paths).
        return "\"" + ARCHIVE_OPTION + archive.toString().replace('\\', '/') + "\"\n-Xshare:auto\n";
    }

    /** The .deb's postinst: the archive the launcher's options name, for the launcher's class path. */
    private static int makeForThisJvm() {
        Optional<Path> archive = namedArchive();
        if (archive.isEmpty()) {
            System.err.println("class-data archive: the launcher names none");
            return 1;
        }
        Outcome outcome = make(javaHome(), System.getProperty("java.class.path"), archive.get());
        System.out.println("class-data archive: " + outcome.detail());
        return outcome.made() ? 0 : 1;
    }

    /**
     * At the window's start: when the launcher names an archive this JVM could not use (not made yet,
     * as after an MSI install or an upgrade, or made for other jars), makes it for the next start on a
     * low-priority thread of its own, after a delay (not the app's background-work thread: that one
     * computes the first standing). Does nothing when run without a named archive (tests, a plain java).
     */
    public static void remakeLaterIfUnused() {
        Optional<Path> archive = namedArchive();
        if (archive.isEmpty() || sharing()) {
            return;
        }
        Path folder = archive.get().toAbsolutePath().getParent();
        if (folder == null || !Files.isWritable(folder)) {
            log("class-data archive {} is not in use and its folder is not writable: starting without it",
                    archive.get());
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                Thread.sleep(FIRST_START_DELAY_MS);
                Outcome outcome = make(javaHome(), System.getProperty("java.class.path"), archive.get());
                log("class-data archive {} was not in use: {}", archive.get(), outcome.detail());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(ClassDataArchive.class).warn("class-data archive not made", e);
            }
        }, "class-data-archive");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void log(String format, Object... args) {
        LoggerFactory.getLogger(ClassDataArchive.class).info(format, args);
    }

    /** Whether this JVM maps a class-data archive (HotSpot says "sharing" in java.vm.info then). */
    static boolean sharing() {
        return System.getProperty("java.vm.info", "").contains("sharing");
    }

    /**
     * The archive the launcher names: its {@value #ARCHIVE_PROPERTY} property repeats the path of its
     * {@code -XX:SharedArchiveFile} (the bundled runtime has no java.management to read JVM options).
     */
    static Optional<Path> namedArchive() {
        String named = System.getProperty(ARCHIVE_PROPERTY, "");
        return named.isBlank() ? Optional.empty() : Optional.of(Path.of(named));
    }

    private static Path javaHome() {
        return Path.of(System.getProperty("java.home"));
    }

    /**
     * Makes the archive of the shipped class list for the class path, with the java of javaHome, into a
     * file beside it first and then moved into place, so no JVM ever maps half an archive. Never throws.
     */
    static Outcome make(Path javaHome, String classPath, Path archive) {
        try (InputStream in = ClassDataArchive.class.getResourceAsStream(CLASS_LIST)) {
            if (in == null) {
                return new Outcome(false, "no class list " + CLASS_LIST + " in the jar");
            }
            Path list = Files.createTempFile("tm-classes", ".lst");
            try {
                Files.copy(in, list, StandardCopyOption.REPLACE_EXISTING);
                return make(javaHome, classPath, list, archive);
            } finally {
                Files.deleteIfExists(list);
            }
        } catch (IOException | RuntimeException e) {
            return new Outcome(false, "not made: " + e);
        }
    }

    /** As {@link #make(Path, String, Path)} with a class list of one's own (tests, benchmarks). */
    static Outcome make(Path javaHome, String classPath, Path classList, Path archive) {
        Path folder = archive.toAbsolutePath().getParent();
        // A name of this process's own: two windows started at once each dump into their own file.
        Path partial = folder.resolve(archive.getFileName() + "." + ProcessHandle.current().pid() + ".partial");
        Path output = null;
        Thread cleanUp = null;
        try {
            output = Files.createTempFile("tm-cds-dump", ".txt");
            Process dump = new ProcessBuilder(dumpCommand(javaHome, classPath, classList, partial))
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            // The app closed during the dump: the dump goes with it, leaving no partial archive behind.
            cleanUp = new Thread(() -> {
                dump.destroyForcibly();
                try {
                    dump.waitFor(10, TimeUnit.SECONDS);
                    Files.deleteIfExists(partial);
                } catch (IOException | InterruptedException ignored) {
                    // the JVM is exiting: nothing more to do
                }
            });
            Runtime.getRuntime().addShutdownHook(cleanUp);
            if (!dump.waitFor(DUMP_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                dump.destroyForcibly();
                return new Outcome(false, "not made: the dump took more than " + DUMP_TIMEOUT_MINUTES + " minutes");
            }
            if (dump.exitValue() != 0 || !Files.isRegularFile(partial)) {
                return new Outcome(false, "not made: the dump failed (exit " + dump.exitValue() + "): "
                        + lastLines(output, 3));
            }
            // The JVM writes archives read-only, and Windows replaces no read-only file.
            archive.toFile().setWritable(true);
            try {
                Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING);
            }
            return new Outcome(true, String.format(Locale.ROOT, "%s (%.0f MB)", archive, Files.size(archive) / 1e6));
        } catch (IOException e) {
            return new Outcome(false, "not made: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, "not made: interrupted");
        } finally {
            if (cleanUp != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(cleanUp);
                } catch (IllegalStateException exiting) {
                    // the hook runs: it cleans up
                }
            }
            try {
                Files.deleteIfExists(partial);
                if (output != null) {
                    Files.deleteIfExists(output);
                }
            } catch (IOException ignored) {
                // a leftover temporary file is harmless
            }
        }
    }

    /** The JDK 17 static dump: the listed classes as loaded from this class path, into the archive. */
    static List<String> dumpCommand(Path javaHome, String classPath, Path classList, Path archive) {
        return List.of(java(javaHome).toString(), "-Xshare:dump", "-XX:SharedClassListFile=" + classList,
                ARCHIVE_OPTION + archive, "-cp", classPath);
    }

    /**
     * The runtime's java; javaw on Windows, so that a dump started by the windowed app opens no console.
     * The installers' runtime keeps these commands for this (installer/jpackage/common.args).
     */
    static Path java(Path javaHome) {
        Path bin = javaHome.resolve("bin");
        for (String name : List.of("javaw.exe", "java.exe", "java")) {
            if (Files.isRegularFile(bin.resolve(name))) {
                return bin.resolve(name);
            }
        }
        return bin.resolve("java");
    }

    private static String lastLines(Path file, int n) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1).stream()
                .filter(l -> !l.isBlank() && !l.contains("Preload Warning")).toList();
        return String.join(" / ", lines.subList(Math.max(0, lines.size() - n), lines.size()));
    }
}
