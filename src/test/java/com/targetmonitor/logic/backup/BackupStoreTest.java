package com.targetmonitor.logic.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.Plan;
import com.targetmonitor.persistence.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups in their own folder, one a day, rotated, and restored over the workspace. */
class BackupStoreTest {

    @TempDir
    Path dir;

    /** A clock the test moves. */
    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2024-01-01T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void backupsAreKeptOutsideTheWorkspaceFolderAndListNewestFirst() {
        MovingClock clock = new MovingClock();
        BackupStore store = new BackupStore(dir.resolve("home/backups"), clock);
        Path file = dir.resolve("office/w.tmdb");
        try (Workspace ws = WorkspaceOpener.openOrCreateWithSeeds(file)) {
            assertThat(store.dailyIfDue(ws)).isPresent();
            clock.now = clock.now.plusSeconds(3600);
            assertThat(store.dailyIfDue(ws)).as("one a day").isEmpty();
            Backup before = store.create(ws, BackupReason.BEFORE_IMPORT);
            List<Backup> all = store.list(file);
            assertThat(all).extracting(Backup::reason).containsExactly(BackupReason.BEFORE_IMPORT, BackupReason.DAILY);
            assertThat(all.get(0)).isEqualTo(before);
            assertThat(before.plans()).containsAll(ws.plans().findAll().stream().map(Plan::name).toList());
            assertThat(before.size()).isPositive();
            assertThat(before.file()).startsWith(dir.resolve("home/backups"));
            clock.now = clock.now.plus(Duration.ofDays(1));
            assertThat(store.dailyIfDue(ws)).as("a new day").isPresent();
        }
        assertThat(file.getParent().toFile().list()).containsOnly("w.tmdb");
        // Another workspace of the same name keeps its own backups.
        assertThat(store.list(dir.resolve("elsewhere/w.tmdb"))).isEmpty();
    }

    @Test
    void rotationKeepsTheLastThirtyAndOneAMonthBefore() {
        MovingClock clock = new MovingClock();
        BackupStore store = new BackupStore(dir.resolve("backups"), clock);
        Path file = dir.resolve("w.tmdb");
        try (Workspace ws = Workspace.create(file)) {
            for (int day = 0; day < 100; day++) {
                store.create(ws, BackupReason.DAILY);
                clock.now = clock.now.plus(Duration.ofDays(1));
            }
        }
        List<Backup> kept = store.list(file);
        List<Backup> last = kept.subList(0, BackupStore.KEEP_LAST);
        assertThat(LocalDate.ofInstant(last.get(0).at(), ZoneOffset.UTC)).isEqualTo(LocalDate.of(2024, 4, 9));
        Set<YearMonth> olderMonths = kept.subList(BackupStore.KEEP_LAST, kept.size()).stream()
                .map(b -> YearMonth.from(b.at().atZone(ZoneOffset.UTC))).collect(Collectors.toSet());
        assertThat(olderMonths).containsExactlyInAnyOrder(YearMonth.of(2024, 1), YearMonth.of(2024, 2));
        assertThat(kept).hasSize(BackupStore.KEEP_LAST + 2);
        try (var files = Files.list(store.folder(file))) {
            assertThat(files.count()).isEqualTo(2L * kept.size());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void restoreBringsTheEarlierStateBackAndKeepsTheCurrentOne() {
        BackupStore store = new BackupStore(dir.resolve("backups"), Clock.systemUTC());
        Path file = dir.resolve("w.tmdb");
        Workspace ws = WorkspaceOpener.openOrCreateWithSeeds(file);
        List<String> plans = ws.plans().findAll().stream().map(Plan::name).toList();
        Backup backup = store.create(ws, BackupReason.MANUAL);
        ws.plans().delete(ws.plans().findAll().get(0).id());
        try (Workspace restored = store.restore(ws, backup.id())) {
            assertThat(restored.plans().findAll()).extracting(Plan::name).containsExactlyElementsOf(plans);
            assertThat(store.list(file)).extracting(Backup::reason)
                    .containsExactly(BackupReason.BEFORE_RESTORE, BackupReason.MANUAL);
            assertThat(store.list(file).get(0).plans()).hasSize(plans.size() - 1);
        }
    }
}
