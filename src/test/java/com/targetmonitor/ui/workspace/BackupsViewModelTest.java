package com.targetmonitor.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.backup.BackupReason;
import com.targetmonitor.logic.backup.BackupStore;
import com.targetmonitor.logic.backup.SessionBackups;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.persistence.Workspace;
import com.targetmonitor.ui.dialog.RecordingDialogService;
import com.targetmonitor.ui.task.SyncTaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 文件 → 备份与恢复: the list, and a restore after confirming that the window then shows. */
class BackupsViewModelTest {

    @TempDir
    Path dir;

    @Test
    void aConfirmedRestoreReplacesTheWorkspaceAndACancelledOneChangesNothing() {
        BackupStore store = new BackupStore(dir.resolve("backups"), Clock.systemDefaultZone());
        Session session = new Session(WorkspaceOpener.openOrCreateWithSeeds(dir.resolve("w.tmdb")));
        List<Workspace> replaced = new ArrayList<>();
        session.addListener(replaced::add);
        int plans = session.workspace().plans().findAll().size();
        store.create(session.workspace(), BackupReason.BEFORE_IMPORT);
        session.workspace().plans().delete(session.workspace().plans().findAll().get(0).id());

        RecordingDialogService dialogs = new RecordingDialogService().answerConfirm(false).answerConfirm(true);
        BackupsViewModel vm = new BackupsViewModel(new SessionBackups(session, store), new SyncTaskExecutor(), dialogs);
        vm.load();
        assertThat(vm.items()).hasSize(1);
        BackupsViewModel.Item item = vm.items().get(0);
        assertThat(item.reason()).isEqualTo("导入前");
        assertThat(item.plans()).contains("金昌市2022年");
        assertThat(item.size()).endsWith("KB");

        vm.restore(item);
        assertThat(replaced).isEmpty();
        assertThat(session.workspace().plans().findAll()).hasSize(plans - 1);

        vm.restore(item);
        assertThat(dialogs.errors()).isEmpty();
        assertThat(replaced).hasSize(1);
        assertThat(session.workspace().plans().findAll()).hasSize(plans);
        assertThat(vm.items()).extracting(BackupsViewModel.Item::reason).contains("恢复前", "导入前");
        session.close();
    }

    /** The day's backup at the window's start: a task of the background thread, made once a day. */
    @Test
    void theDaysBackupIsMadeByABackgroundTaskOnceADay() {
        BackupStore store = new BackupStore(dir.resolve("backups"), Clock.systemDefaultZone());
        Session session = new Session(WorkspaceOpener.openOrCreateWithSeeds(dir.resolve("w.tmdb")));
        com.targetmonitor.ui.task.QueuedTaskExecutor tasks = new com.targetmonitor.ui.task.QueuedTaskExecutor();
        BackupsViewModel vm = new BackupsViewModel(new SessionBackups(session, store), tasks,
                new RecordingDialogService());

        vm.backUpTodayIfDue();
        assertThat(tasks.queued()).isEqualTo(1);
        assertThat(store.list(session.workspace().file())).as("not made on the calling thread").isEmpty();
        tasks.runAll();
        assertThat(store.list(session.workspace().file())).extracting(b -> b.reason())
                .containsExactly(BackupReason.DAILY);
        try (Workspace copy = Workspace.open(store.list(session.workspace().file()).get(0).file())) {
            assertThat(copy.plans().findAll()).hasSameSizeAs(session.workspace().plans().findAll());
        }

        vm.backUpTodayIfDue();
        tasks.runAll();
        assertThat(store.list(session.workspace().file())).as("one a day").hasSize(1);
        session.close();
    }
}
