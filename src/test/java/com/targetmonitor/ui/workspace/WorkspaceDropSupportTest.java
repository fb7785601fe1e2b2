package com.targetmonitor.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a drop on the window opens: one file, whatever its name; the ViewModel then checks it. */
class WorkspaceDropSupportTest {

    @TempDir
    Path dir;

    @Test
    void oneFileOfAnyNameIsOffered() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "x");

        assertThat(WorkspaceDropSupport.fileToOpen(List.of(notes.toFile()))).contains(notes);
    }

    @Test
    void foldersAndSeveralFilesAreNot() throws IOException {
        File a = Files.writeString(dir.resolve("a.tmdb"), "x").toFile();
        File b = Files.writeString(dir.resolve("b.tmdb"), "x").toFile();

        assertThat(WorkspaceDropSupport.fileToOpen(List.of(a, b))).isEmpty();
        assertThat(WorkspaceDropSupport.fileToOpen(List.of(dir.toFile()))).isEmpty();
        assertThat(WorkspaceDropSupport.fileToOpen(List.of())).isEmpty();
    }
}
