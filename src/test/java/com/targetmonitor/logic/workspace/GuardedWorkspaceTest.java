package com.targetmonitor.logic.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetmonitor.cli.ChildJvm;
import com.targetmonitor.model.Plan;
import com.targetmonitor.persistence.PersistenceException;
import com.targetmonitor.persistence.Workspace;
import com.targetmonitor.persistence.WorkspaceFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One window per workspace, read-only opening, and a creation cut short that is made again. */
class GuardedWorkspaceTest {

    @TempDir
    Path dir;

    @Test
    void aSecondInstanceIsToldWhoHoldsTheWorkspaceAndMayReadIt() throws Exception {
        Path file = dir.resolve("w.tmdb");
        WorkspaceOpener.createDemo(file).close();
        Path log = dir.resolve("holder.log");
        Process holder = ChildJvm.startMain(LockHolderMain.class.getName(), null, log, file.toString());
        try {
            long until = System.currentTimeMillis() + 60_000;
            while (!Files.readString(log).contains("holding") && System.currentTimeMillis() < until) {
                assertThat(holder.isAlive()).as(Files.readString(log)).isTrue();
                Thread.sleep(200);
            }
            assertThatThrownBy(() -> WorkspaceOpener.openForWindow(file, false))
                    .isInstanceOfSatisfying(WorkspaceFileException.class, e -> {
                        assertThat(e.reason()).isEqualTo(WorkspaceFileException.Reason.LOCKED);
                        assertThat(e.detail()).contains(System.getProperty("user.name")).contains(" on ")
                                .contains(" since ");
                    });
            try (Workspace readOnly = WorkspaceOpener.openForWindow(file, true)) {
                assertThat(readOnly.isReadOnly()).isTrue();
                assertThat(readOnly.plans().findAll()).isNotEmpty();
            }
        } finally {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
        // The lock went with the killed process: the next window opens the workspace.
        try (Workspace ws = WorkspaceOpener.openForWindow(file, false)) {
            assertThat(ws.isReadOnly()).isFalse();
        } finally {
            WorkspaceLock.release(file);
        }
    }

    @Test
    void oneWindowPerWorkspaceWithinOneProcessToo() {
        Path file = dir.resolve("w.tmdb");
        WorkspaceOpener.createDemo(file).close();
        Session session = new Session(WorkspaceOpener.openForWindow(file, false));
        assertThatThrownBy(() -> WorkspaceOpener.openForWindow(file, false))
                .isInstanceOfSatisfying(WorkspaceFileException.class,
                        e -> assertThat(e.reason()).isEqualTo(WorkspaceFileException.Reason.LOCKED));
        session.close();
        WorkspaceOpener.openForWindow(file, false).close();
        WorkspaceLock.release(file);
    }

    @Test
    void readingReadOnlyNeverWrites() throws Exception {
        Path file = dir.resolve("w.tmdb");
        WorkspaceOpener.createDemo(file).close();
        byte[] before = Files.readAllBytes(file);
        try (Workspace ws = Workspace.openReadOnly(file)) {
            Plan plan = ws.plans().findAll().get(0);
            assertThatThrownBy(() -> ws.plans().delete(plan.id())).isInstanceOf(PersistenceException.class)
                    .hasMessageContaining("read-only");
            assertThat(ws.plans().findAll()).contains(plan);
        }
        assertThat(Arrays.equals(Files.readAllBytes(file), before)).as("unchanged").isTrue();
    }

    @Test
    void aReadOnlyFileOpensReadOnly() throws Exception {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root may write any file");
        Path file = dir.resolve("w.tmdb");
        WorkspaceOpener.createDemo(file).close();
        assertThat(file.toFile().setWritable(false, false)).isTrue();
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.isReadOnly()).isTrue();
            assertThat(ws.plans().findAll()).isNotEmpty();
        } finally {
            file.toFile().setWritable(true, false);
        }
    }

    @Test
    void aCreationCutShortIsMadeAgain() throws Exception {
        Path file = Files.createFile(dir.resolve("w.tmdb"));
        try (Workspace ws = WorkspaceOpener.openOrCreateWithSeeds(file)) {
            assertThat(ws.plans().findAll()).isNotEmpty();
        }
    }
}
