package com.targetmonitor.persistence;

import static com.targetmonitor.persistence.Fixtures.CUSTOM_RULES;
import static com.targetmonitor.persistence.Fixtures.bytes;
import static com.targetmonitor.persistence.Fixtures.indicator;
import static com.targetmonitor.persistence.Fixtures.queryInt;
import static com.targetmonitor.persistence.Fixtures.savedPlan;
import static com.targetmonitor.persistence.Fixtures.sibling;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetmonitor.model.Plan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Workspace#copyTo}: a consistent copy (Save As) that leaves the open workspace as it was. */
class WorkspaceCopyTest {

    @TempDir
    Path dir;

    @Test
    void theCopyHoldsWhatIsCommittedWithOurIdentity() {
        Path copy = dir.resolve("副本").resolve("金昌 2022.tmdb");
        try (Workspace ws = Workspace.create(dir.resolve("w.tmdb"))) {
            Plan plan = savedPlan(ws, "金昌市2022年");
            ws.indicators().save(indicator(plan.id(), "地区生产总值"));

            ws.copyTo(copy);

            // The original stays open and usable; later changes do not reach the copy.
            savedPlan(ws, "嘉峪关市2022年");
            assertThat(ws.plans().findAll()).hasSize(2);
        }
        assertThat(queryInt(copy, "PRAGMA application_id")).isEqualTo(Workspace.APPLICATION_ID);
        assertThat(queryInt(copy, "PRAGMA user_version")).isEqualTo(Migrations.latestVersion());
        try (Workspace opened = Workspace.open(copy)) {
            assertThat(opened.plans().findAll()).extracting(Plan::name).containsExactly("金昌市2022年");
            Plan plan = opened.plans().findAll().get(0);
            assertThat(plan.rules()).isEqualTo(CUSTOM_RULES);
            assertThat(opened.indicators().findByPlan(plan.id())).hasSize(1);
        }
    }

    /**
     * The day's backup is made on the window's background thread through a connection of its own, so the
     * workspace's connection stays free: even a transaction open on it does not stop the copy, which holds
     * what was committed before (a copy on the workspace's own connection cannot be made inside a
     * transaction at all).
     */
    @Test
    void aCopyMadeApartNeedsNotTheWorkspacesConnectionAndHoldsWhatWasCommitted() {
        Path copy = dir.resolve("apart.tmdb");
        try (Workspace ws = Workspace.create(dir.resolve("w.tmdb"))) {
            savedPlan(ws, "金昌市2022年");
            ws.inTransaction(() -> {
                savedPlan(ws, "嘉峪关市2022年");
                ws.copyToApart(copy);
                assertThatThrownBy(() -> ws.copyTo(dir.resolve("inside.tmdb"))).isInstanceOf(RuntimeException.class);
            });
            assertThat(ws.plans().findAll()).hasSize(2);
        }
        try (Workspace opened = Workspace.open(copy)) {
            assertThat(opened.plans().findAll()).extracting(Plan::name).containsExactly("金昌市2022年");
        }
        assertNoPartFilesIn(dir);
    }

    @Test
    void anExistingFileIsReplaced() throws IOException {
        Path target = Files.writeString(dir.resolve("old.tmdb"), "旧内容", StandardCharsets.UTF_8);
        try (Workspace ws = Workspace.create(dir.resolve("w.tmdb"))) {
            savedPlan(ws, "金昌市2023年");
            ws.copyTo(target);
        }
        try (Workspace opened = Workspace.open(target)) {
            assertThat(opened.plans().findAll()).extracting(Plan::name).containsExactly("金昌市2023年");
        }
        assertNoPartFilesIn(dir);
    }

    @Test
    void copyingOntoItselfIsRefused() {
        Path file = dir.resolve("w.tmdb");
        try (Workspace ws = Workspace.create(file)) {
            savedPlan(ws, "金昌市2022年");
            assertThatThrownBy(() -> ws.copyTo(dir.resolve(".").resolve("w.tmdb")))
                    .isInstanceOfSatisfying(WorkspaceFileException.class,
                            e -> assertThat(e.reason()).isEqualTo(WorkspaceFileException.Reason.ALREADY_EXISTS));
            assertThat(ws.plans().findAll()).hasSize(1);
        }
    }

    @Test
    void aTargetInUseIsRefusedAndLeftAsItWas() throws IOException {
        Path target = Files.writeString(dir.resolve("busy.tmdb"), "正在使用", StandardCharsets.UTF_8);
        Files.writeString(sibling(target, "-wal"), "wal", StandardCharsets.UTF_8);
        byte[] before = bytes(target);
        try (Workspace ws = Workspace.create(dir.resolve("w.tmdb"))) {
            assertThatThrownBy(() -> ws.copyTo(target))
                    .isInstanceOfSatisfying(WorkspaceFileException.class,
                            e -> assertThat(e.reason()).isEqualTo(WorkspaceFileException.Reason.IN_USE));
        }
        assertThat(bytes(target)).isEqualTo(before);
    }

    @Test
    void aFailedCopyLeavesNoFileBehind() {
        Path target = dir.resolve("copy.tmdb");
        try (Workspace ws = Workspace.create(dir.resolve("w.tmdb"))) {
            // SQLite cannot VACUUM inside a transaction: the copy fails part-way through.
            assertThatThrownBy(() -> ws.inTransaction(() -> ws.copyTo(target)))
                    .isInstanceOf(WorkspaceFileException.class).hasMessageContaining("copy.tmdb");
            savedPlan(ws, "金昌市2022年");
            assertThat(ws.plans().findAll()).hasSize(1);
        }
        assertThat(target).doesNotExist();
        assertNoPartFilesIn(dir);
    }

    private static void assertNoPartFilesIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
