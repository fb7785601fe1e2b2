package com.targetmonitor.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetmonitor.persistence.WorkspaceFileException.Reason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A refused file says why, so the window can tell the user in words rather than in SQLite's terms. */
class WorkspaceFileReasonTest {

    @TempDir
    Path dir;

    @Test
    void aMissingFile() {
        assertReason(() -> Workspace.open(dir.resolve("gone.tmdb")), Reason.MISSING);
    }

    @Test
    void aTextFile() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.tmdb"), "会议纪要\n".repeat(50), StandardCharsets.UTF_8);
        assertReason(() -> Workspace.open(file), Reason.NOT_A_DATABASE);
    }

    @Test
    void anotherProgramsDatabase() {
        Path file = dir.resolve("other.db");
        Fixtures.execute(file, "CREATE TABLE t (x)");
        assertReason(() -> Workspace.open(file), Reason.OTHER_PROGRAM);
    }

    @Test
    void aNewerSchema() {
        Path file = dir.resolve("newer.tmdb");
        Workspace.create(file).close();
        Fixtures.execute(file, "PRAGMA user_version = " + (Migrations.latestVersion() + 1));
        assertReason(() -> Workspace.open(file), Reason.NEWER_VERSION);
    }

    @Test
    void creatingOverAFileWithContent() throws IOException {
        Path file = Files.writeString(dir.resolve("taken.tmdb"), "x", StandardCharsets.UTF_8);
        assertReason(() -> Workspace.create(file), Reason.ALREADY_EXISTS);
    }

    private static void assertReason(Runnable open, Reason reason) {
        assertThatThrownBy(open::run).isInstanceOfSatisfying(WorkspaceFileException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
