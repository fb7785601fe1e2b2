package com.targetmonitor.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.persistence.Workspace;
import com.targetmonitor.testing.TestPostgres;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.dialog.DialogService.FormField;
import com.targetmonitor.ui.dialog.RecordingDialogService;
import com.targetmonitor.ui.task.SyncTaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 文件 → 发布到共享服务器 / 打开共享服务器上的工作区 / 另存为本地文件 against a real PostgreSQL server,
 * with the recording DialogService filling the address form: the password is asked every time and
 * never offered again.
 */
class ServerWorkspaceViewModelTest {

    @TempDir
    Path dir;

    private Session session;
    private RecordingDialogService dialogs;
    private ServerWorkspaceViewModel vm;
    private TestPostgres.Database db;

    @BeforeEach
    void open() {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        session = new Session(WorkspaceOpener.openOrCreateWithSeeds(dir.resolve("w.tmdb")));
        dialogs = new RecordingDialogService();
        vm = new ServerWorkspaceViewModel(new com.targetmonitor.logic.workspace.WorkspaceFiles(session), dialogs,
                new SyncTaskExecutor());
        db = TestPostgres.freshDatabase();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void publishingCopiesTheFileToTheServerThenOpeningItWorksThereAndSavingAsAFileComesBack() {
        dialogs.answerFields(login(db.password()));
        vm.publish();

        assertThat(dialogs.errors()).isEmpty();
        assertThat(dialogs.shown()).extracting(RecordingDialogService.Shown::message)
                .anyMatch(m -> m.startsWith("已发布到 postgresql://" + db.user() + "@"));
        try (Workspace server = Workspace.openAddress(db.address())) {
            assertThat(server.plans().findAll()).hasSize(3);
        }

        dialogs.answerFields(login(db.password()));
        vm.openServer();
        assertThat(session.workspace().isServer()).isTrue();
        assertThat(session.workspace().displayName()).doesNotContain(db.password());
        // The form offers the address again, never the password.
        List<FormField> second = dialogs.formsAsked().get(1);
        assertThat(second).extracting(FormField::initial)
                .containsExactly(db.host(), String.valueOf(db.port()), db.name(), db.user(), "");
        assertThat(second.get(4).secret()).isTrue();

        Path local = dir.resolve("本地副本.tmdb");
        dialogs.answerFile(local);
        vm.saveAsLocalFile();
        assertThat(dialogs.errors()).isEmpty();
        try (Workspace copy = Workspace.open(local)) {
            assertThat(copy.plans().findAll()).hasSize(3);
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessageAndTheFileStaysOpen() {
        dialogs.answerFields(login("wrong"));
        vm.openServer();

        assertThat(dialogs.errors()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("无法打开共享服务器上的工作区");
            assertThat(e.message()).doesNotContain("wrong");
        });
        assertThat(session.workspace().isServer()).isFalse();
    }

    @Test
    void anIncompleteFormOrACancelChangesNothing() {
        dialogs.answerFields(List.of("", "5432", "", "", ""));
        vm.openServer();
        assertThat(dialogs.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("请填写服务器"));

        dialogs.answerFields(null);
        vm.publish();
        assertThat(session.workspace().isServer()).isFalse();
    }

    private List<String> login(String password) {
        return List.of(db.host(), String.valueOf(db.port()), db.name(), db.user(), password);
    }
}
