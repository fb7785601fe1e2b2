package com.targetmonitor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class-data archive made and used by real JVMs (the java of the JDK running the tests): a small
 * jar, a training run that lists its classes, the dump ClassDataArchive runs, and runs with
 * {@code -Xshare:on}, which fails loudly when the archive cannot be mapped.
 */
class ClassDataArchiveTest {

    private static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));

    @TempDir
    Path dir;
    private Path jar;

    @BeforeEach
    void smallJar() throws IOException {
        // A class that says which JVM ran it; HotSpot's java.vm.info holds "sharing" when an archive is mapped.
        Path src = Files.createDirectories(dir.resolve("src"));
        Files.writeString(src.resolve("Hello.java"), """
                public class Hello {
                    public static void main(String[] args) {
                        System.out.println("vm.info=" + System.getProperty("java.vm.info"));
                    }
                }
                """);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                src.resolve("Hello.java").toString());
        assertThat(compiled).isZero();
        jar = Files.createDirectories(dir.resolve("app")).resolve("hello.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("Hello.class"));
            out.write(Files.readAllBytes(classes.resolve("Hello.class")));
            out.closeEntry();
        }
    }

    @Test
    void theDumpMakesAnArchiveThatTheJvmMapsAndLoadsTheAppsClassFrom() throws Exception {
        Path list = trainingList();
        Path archive = dir.resolve("hello.jsa");

        ClassDataArchive.Outcome outcome = ClassDataArchive.make(JAVA_HOME, jar.toString(), list, archive);

        assertThat(outcome.made()).as(outcome.detail()).isTrue();
        assertThat(archive).isRegularFile();
        assertThat(partialFiles()).isEmpty();
        Run run = java("-Xshare:on", "-XX:SharedArchiveFile=" + archive, "-Xlog:class+load", "-cp", jar.toString(), "Hello");
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).contains("Hello source: shared objects file").contains("sharing");
    }

    @Test
    void anArchiveIsRefusedWhenItsJarsMovedSoAnInstalledCopyMustMakeItsOwn() throws Exception {
        Path archive = dir.resolve("hello.jsa");
        assertThat(ClassDataArchive.make(JAVA_HOME, jar.toString(), trainingList(), archive).made()).isTrue();
        Path moved = Files.createDirectories(dir.resolve("installed")).resolve("hello.jar");
        Files.copy(jar, moved);

        Run refused = java("-Xshare:on", "-XX:SharedArchiveFile=" + archive, "-cp", moved.toString(), "Hello");
        Run auto = java("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-cp", moved.toString(), "Hello");

        assertThat(refused.exit()).isNotZero();
        assertThat(refused.output()).contains("shared class paths mismatch");
        // -Xshare:auto runs on, without any sharing: what the first start's remake detects.
        assertThat(auto.exit()).isZero();
        assertThat(auto.output()).contains("vm.info=").doesNotContain("sharing");
    }

    @Test
    void aFailedDumpLeavesNoArchiveAndSaysWhy() throws Exception {
        // A class path holding a non-empty directory: JDK 17 refuses to dump an archive for it.
        Path archive = dir.resolve("none.jsa");

        ClassDataArchive.Outcome outcome = ClassDataArchive.make(JAVA_HOME, dir.resolve("classes").toString(),
                trainingList(), archive);

        assertThat(outcome.made()).isFalse();
        assertThat(outcome.detail()).startsWith("not made: the dump failed");
        assertThat(archive).doesNotExist();
        assertThat(partialFiles()).isEmpty();
    }

    @Test
    void theBuildStepNamesTheArchiveOnlyWhenItWasMadeSoAFailedDumpKeepsTheJdksOwnSharing() throws Exception {
        Path argsFile = dir.resolve("cds.args");
        Path archive = dir.resolve("app.jsa");

        // A dump that cannot write where it is told to (a folder that is not there).
        ClassDataArchive.buildStep(jar, dir.resolve("no-such-folder").resolve("app.jsa"), argsFile);
        String failedOptions = Files.readString(argsFile);
        Run withoutArchive = java("@" + argsFile, "-cp", jar.toString(), "Hello");
        ClassDataArchive.buildStep(jar, archive, argsFile);
        Run withArchive = java("-Xshare:on", "@" + argsFile, "-Xlog:cds", "-cp", jar.toString(), "Hello");

        assertThat(failedOptions).startsWith("#").doesNotContain("-XX:");
        assertThat(withoutArchive.exit()).as(withoutArchive.output()).isZero();
        assertThat(withoutArchive.output()).contains("sharing");
        assertThat(Files.readString(argsFile)).contains("-XX:SharedArchiveFile=").contains("app.jsa");
        assertThat(withArchive.exit()).as(withArchive.output()).isZero();
        assertThat(withArchive.output()).contains("Opened archive").contains("app.jsa").contains("sharing");
    }

    @Test
    void theOptionsFileNamesTheArchiveInAFormAJavaAtFileReadsOnEveryOs() {
        assertThat(ClassDataArchive.jvmOptions(Path.of("app", "x.jsa")))
                .isEqualTo("\"-XX:SharedArchiveFile=app/x.jsa\"\n-Xshare:auto\n");
    }

    private List<Path> partialFiles() throws IOException {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".partial")).toList();
        }
    }

    /** The classes a run of the jar loads, as the JVM lists them for a dump. */
    private Path trainingList() throws Exception {
        Path list = dir.resolve("hello.lst");
        Run run = java("-XX:DumpLoadedClassList=" + list, "-cp", jar.toString(), "Hello");
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(Files.readString(list)).contains("Hello");
        return list;
    }

    private record Run(int exit, String output) {
    }

    private static Run java(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(JAVA_HOME.resolve("bin").resolve("java").toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), output);
    }
}
