package com.targetmonitor.logic.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetmonitor.persistence.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs never land on a database, and a failed write leaves the folder as it was. */
class OutputFilesTest {

    @TempDir
    Path dir;

    @Test
    void aWorkspaceAndItsJournalFilesAreRefused() throws IOException {
        Path db = dir.resolve("w.tmdb");
        try (Workspace ws = Workspace.create(db)) {
            byte[] before = Files.readAllBytes(db);
            for (Path target : List.of(db, dir.resolve("w.tmdb-wal"), dir.resolve("w.tmdb-shm"))) {
                assertThatThrownBy(() -> OutputFiles.write(target, ws.file(), t -> Files.writeString(t, "x")))
                        .isInstanceOf(OutputRefusedException.class);
            }
            // Another SQLite file, even when the caller does not know it is one.
            Path other = dir.resolve("other.xlsx");
            Files.copy(db, other);
            assertThatThrownBy(() -> OutputFiles.write(other, null, t -> Files.writeString(t, "x")))
                    .isInstanceOf(OutputRefusedException.class).hasMessageContaining("database");
            assertThat(java.util.Arrays.equals(Files.readAllBytes(db), before)).as("workspace unchanged").isTrue();
        }
        assertThat(parts()).isEmpty();
    }

    @Test
    void aFailedWriteRemovesItsTemporaryFileAndKeepsTheOldFile() throws IOException {
        Path out = dir.resolve("进度.xlsx");
        Files.writeString(out, "old");
        assertThatThrownBy(() -> OutputFiles.write(out, null, t -> {
            Files.writeString(t, "half");
            throw new IOException("disk full");
        })).hasMessageContaining("disk full");
        assertThat(Files.readString(out)).isEqualTo("old");
        assertThat(parts()).isEmpty();
        OutputFiles.write(out, null, t -> Files.writeString(t, "new"));
        assertThat(Files.readString(out)).isEqualTo("new");
        assertThat(parts()).isEmpty();
    }

    @Test
    void namesThatCleanAlikeGetDistinctFiles() throws IOException {
        OutputSet set = new OutputSet(dir, null);
        Path a = set.add("计划_发改委/统计局", "xlsx", t -> Files.writeString(t, "a"));
        Path b = set.add("计划_发改委:统计局", "xlsx", t -> Files.writeString(t, "b"));
        Path c = set.add("计划_发改委 统计局", "xlsx", t -> Files.writeString(t, "c"));
        assertThat(set.commit()).containsExactly(a, b, c);
        assertThat(List.of(a, b, c)).doesNotHaveDuplicates();
        assertThat(Files.readString(a) + Files.readString(b) + Files.readString(c)).isEqualTo("abc");
        assertThat(b.getFileName().toString()).isEqualTo("计划_发改委_统计局_2.xlsx");
    }

    @Test
    void aFailedSetLeavesNoFileOfIt() throws IOException {
        OutputSet set = new OutputSet(dir, null);
        try {
            set.add("一", "xlsx", t -> Files.writeString(t, "1"));
            set.add("二", "xlsx", t -> {
                throw new IOException("boom");
            });
        } catch (IOException expected) {
            assertThat(expected).hasMessage("boom");
        } finally {
            set.discard();
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.toList()).isEmpty();
        }
    }

    private List<Path> parts() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".part")).toList();
        }
    }

    static String text(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }
}
