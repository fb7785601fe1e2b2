package com.targetmonitor.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.cli.ChildJvm;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The native library is unpacked into the given folder once, the driver loads it from there, a later
 * start reuses it untouched, and a copy cut short is replaced. Each run is a fresh JVM: a JVM loads
 * the library once.
 */
@EnabledOnOs(OS.LINUX)
class SqliteNativeLibraryTest {

    @TempDir
    Path dir;

    @Test
    void unpacksOnceAndTheDriverLoadsThatCopy() throws Exception {
        Path folder = dir.resolve("native");
        List<String> first = probe(folder);
        Path library = Path.of(value(first, "copy="));
        assertThat(library).startsWith(folder).isRegularFile();
        assertThat(value(first, "sqlite=")).matches("3\\.\\d+\\.\\d+");
        assertThat(value(first, "mapped=")).as("the library the JVM mapped").isEqualTo(library.toRealPath().toString());
        try (InputStream jar = SqliteNativeLibrary.class.getResourceAsStream("/org/sqlite/native/"
                + SqliteNativeLibrary.osFolder() + "/" + library.getFileName())) {
            assertThat(Files.readAllBytes(library)).isEqualTo(jar.readAllBytes());
        }

        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(library, old);
        List<String> second = probe(folder);
        assertThat(value(second, "copy=")).isEqualTo(library.toString());
        assertThat(Files.getLastModifiedTime(library)).as("reused, not written again").isEqualTo(old);
        try (var files = Files.list(library.getParent())) {
            assertThat(files).as("no part files left").containsExactly(library);
        }

        long size = Files.size(library);
        Files.write(library, new byte[1000]); // a copy cut short (disk full, killed mid-copy by hand)
        List<String> third = probe(folder);
        assertThat(Files.size(library)).isEqualTo(size);
        assertThat(value(third, "sqlite=")).isEqualTo(value(first, "sqlite="));
    }

    private List<String> probe(Path folder) throws Exception {
        Path out = dir.resolve("out.txt");
        Process p = ChildJvm.startMain(SqliteNativeLibraryProbe.class.getName(), "64m", out, folder.toString());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> lines = Files.readAllLines(out);
        assertThat(p.exitValue()).as(String.join("\n", lines)).isZero();
        return lines;
    }

    private static String value(List<String> lines, String key) {
        return lines.stream().filter(l -> l.startsWith(key)).map(l -> l.substring(key.length())).findFirst()
                .orElseThrow(() -> new AssertionError(key + " missing in " + lines));
    }
}
