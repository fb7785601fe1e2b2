package com.targetmonitor.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/** Starts the command line in a real child JVM on the test class path, as an officer's machine would run it. */
public final class ChildJvm {

    private ChildJvm() {
    }

    /**
     * @param heap   -Xmx value such as "512m", or null for the default
     * @param output where the child's stdout and stderr go (a file), or null to discard them
     */
    static Process start(String heap, Path output, String... args) throws IOException {
        return startMain("com.targetmonitor.app.Launcher", heap, output, args);
    }

    /** Runs any main class of the test class path in a child JVM. */
    public static Process startMain(String mainClass, String heap, Path output, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        if (heap != null) {
            command.add("-Xmx" + heap);
        }
        command.add("-Dfile.encoding=UTF-8");
        command.add("-Dtargetmonitor.home=" + System.getProperty("targetmonitor.home", "target/test-home"));
        command.add("-cp");
        // Under surefire this is the booter jar, whose manifest lists the whole test class path.
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.redirectOutput(output == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(output.toFile()));
        return pb.start();
    }
}
