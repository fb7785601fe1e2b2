package com.targetmonitor.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.seed.SeedInstaller;
import com.targetmonitor.logic.settings.RecentWorkspace;
import com.targetmonitor.logic.settings.SettingsStore;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.logic.workspace.WorkspaceFiles;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.persistence.Workspace;
import com.targetmonitor.testing.TestPostgres;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.dialog.DialogService.FormField;
import com.targetmonitor.ui.dialog.RecordingDialogService;
import com.targetmonitor.ui.task.SyncTaskExecutor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

    /** The password of the account the recent-list test logs in with: distinct, so the settings text can be searched. */
    private static final String PASSWORD = "Pw-recent-7781";

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

    @Test
    void aServerOpenedIsRememberedWithoutItsPasswordAndPickingItAgainAsksForThePassword() throws Exception {
        try (Workspace setup = Workspace.openAddress(db.address())) {
            new SeedInstaller(setup).installBundled();
            setup.accounts().add("o_" + db.name(), PASSWORD, "editor", null);
        }
        SettingsStore settings = new SettingsStore(dir.resolve("app-data"));
        WorkspaceFiles files = new WorkspaceFiles(session);
        WorkspaceViewModel workspaces = new WorkspaceViewModel(files, dialogs, settings, new SyncTaskExecutor());
        ServerWorkspaceViewModel server = new ServerWorkspaceViewModel(files, dialogs, new SyncTaskExecutor(),
                () -> false);
        String address = "postgresql://o_" + db.name() + "@" + db.host() + ":" + db.port() + "/" + db.name();

        dialogs.answerFields(List.of(db.host(), String.valueOf(db.port()), db.name(), "o_" + db.name(), PASSWORD));
        server.openServer();
        assertThat(session.workspace().isServer()).isTrue();
        assertThat(workspaces.recentWorkspaces()).first().extracting(RecentWorkspace::server).isEqualTo(address);
        assertThat(Files.readString(settings.file(), StandardCharsets.UTF_8)).doesNotContain(PASSWORD);

        // Back to the file, then the recent server entry (what its 最近打开 item does).
        workspaces.open(dir.resolve("w.tmdb"));
        assertThat(session.workspace().isServer()).isFalse();
        assertThat(workspaces.recentWorkspaces()).extracting(RecentWorkspace::text)
                .containsExactly(dir.resolve("w.tmdb").toAbsolutePath().toString(), address);
        dialogs.answerFields(List.of(PASSWORD));
        server.reopen(workspaces.recentWorkspaces().get(1).server());

        assertThat(dialogs.errors()).isEmpty();
        assertThat(dialogs.formsAsked().get(1)).singleElement().satisfies(f -> {
            assertThat(f.secret()).isTrue();
            assertThat(f.initial()).isEmpty();
        });
        assertThat(dialogs.shown()).last().satisfies(s -> assertThat(s.message()).contains(address));
        assertThat(session.workspace().isServer()).isTrue();
        assertThat(session.workspace().plans().findAll()).hasSize(3);
        assertThat(workspaces.recentWorkspaces()).first().extracting(RecentWorkspace::server).isEqualTo(address);
        assertThat(Files.readString(settings.file(), StandardCharsets.UTF_8)).doesNotContain(PASSWORD);

        // A cancelled password opens nothing; a wrong one is refused in words and shown nowhere.
        dialogs.answerFields(null);
        server.reopen(address);
        assertThat(dialogs.errors()).isEmpty();
        dialogs.answerFields(List.of("not-it"));
        server.reopen(address);
        assertThat(dialogs.errors()).singleElement().satisfies(e -> assertThat(e.message()).doesNotContain("not-it"));
    }

    private List<String> login(String password) {
        return List.of(db.host(), String.valueOf(db.port()), db.name(), db.user(), password);
    }
}
