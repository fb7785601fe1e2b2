package com.targetmonitor.app;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Not a test: class-data archives for the benchmarks' child JVMs (their {@code --cds} option, ADR 0021).
 * The app's children get the archive as it ships (the committed class list, dumped for the benchmark's
 * class path); an anchor gets one of its own, from a training run of it, so that both ratios (app with
 * its archive against the anchor without, and against the anchor with its own) can be reported. The JVM
 * archives classes from jars only: the benchmark must then run with a class path of jars.
 */
public final class BenchArchive {

    private BenchArchive() {
    }

    /** Fails unless every entry of this JVM's class path is a jar (JDK 17 refuses a directory). */
    public static String jarsOnlyClassPath() {
        String classPath = System.getProperty("java.class.path");
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.endsWith(".jar")) {
                throw new IllegalStateException("--cds needs a class path of jars (see the benchmark's javadoc), not "
                        + entry);
            }
        }
        return classPath;
    }

    /** The JVM option naming the app's archive made from the shipped class list for this class path. */
    public static String forApp(Path dir) {
        Path archive = dir.resolve("app.jsa");
        ClassDataArchive.Outcome outcome = ClassDataArchive.make(javaHome(), jarsOnlyClassPath(), archive);
        return option(outcome, archive);
    }

    /**
     * The JVM option naming an archive of what one run loads: childArgs are a child's java arguments (JVM
     * options, main class, its arguments), run once with the class list recorded, then dumped.
     */
    public static String trained(Path dir, String name, List<String> childArgs) throws Exception {
        Path list = dir.resolve(name + ".lst");
        List<String> command = new ArrayList<>(List.of(ClassDataArchive.java(javaHome()).toString(),
                "-XX:DumpLoadedClassList=" + list));
        command.addAll(childArgs);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("training run " + name + " failed:\n" + out);
        }
        Path archive = dir.resolve(name + ".jsa");
        return option(ClassDataArchive.make(javaHome(), jarsOnlyClassPath(), list, archive), archive);
    }

    private static String option(ClassDataArchive.Outcome outcome, Path archive) {
        if (!outcome.made()) {
            throw new IllegalStateException("class-data archive " + outcome.detail());
        }
        System.out.println("class-data archive " + outcome.detail());
        return "-XX:SharedArchiveFile=" + archive;
    }

    private static Path javaHome() {
        return Path.of(System.getProperty("java.home"));
    }
}
