package com.targetmonitor.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.settings.SettingsStore;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.Plan;
import com.targetmonitor.persistence.Workspace;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.dialog.RecordingDialogService;
import com.targetmonitor.ui.task.SyncTaskExecutor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** New, open, save as and recent files on real workspace files, without windows or threads. */
class WorkspaceViewModelTest {

    private static final List<String> SEED_PLANS = List.of("金昌市2022年", "金昌市2023年", "嘉峪关市2022年");

    @TempDir
    Path dir;

    private Session session;
    private RecordingDialogService dialogs;
    private SettingsStore settings;
    private WorkspaceViewModel viewModel;
    private Path first;

    @BeforeEach
    void setUp() {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        first = dir.resolve("w.tmdb");
        session = new Session(WorkspaceOpener.openOrCreateWithSeeds(first));
        dialogs = new RecordingDialogService();
        settings = new SettingsStore(dir.resolve("app-data"));
        viewModel = new WorkspaceViewModel(new com.targetmonitor.logic.workspace.WorkspaceFiles(session), dialogs, settings, new SyncTaskExecutor());
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    @Test
    void theOpenWorkspaceNamesTheTitleAndIsRecent() {
        assertThat(viewModel.getTitle()).isEqualTo("目标进度监测 — w.tmdb");
        assertThat(viewModel.recentFiles()).containsExactly(first.toAbsolutePath());
        assertThat(viewModel.getCurrentFile()).isEqualTo(first.toAbsolutePath());
    }

    @Test
    void openingAWorkspaceSwitchesTheSessionAndRemembersTheFile() {
        Path other = emptyWorkspaceWithPlan("other.tmdb", "酒泉市2024年");
        Workspace before = session.workspace();
        List<Path> told = new ArrayList<>();
        session.addListener(w -> told.add(w.file()));

        viewModel.open(other);

        assertThat(dialogs.errors()).isEmpty();
        assertThat(session.workspace()).isNotSameAs(before);
        assertThat(session.workspace().file()).isEqualTo(other.toAbsolutePath());
        assertThat(told).hasSize(1);
        assertThat(planNames()).containsExactly("酒泉市2024年");
        assertThat(viewModel.getTitle()).isEqualTo("目标进度监测 — other.tmdb");
        assertThat(viewModel.recentFiles()).containsExactly(other.toAbsolutePath(), first.toAbsolutePath());
        assertThat(settings.load().recentFiles()).containsExactly(other.toAbsolutePath(), first.toAbsolutePath());
        assertThat(viewModel.isBusy()).isFalse();
    }

    @Test
    void openAsksForTheFile() {
        Path other = emptyWorkspaceWithPlan("other.tmdb", "酒泉市2024年");
        dialogs.answerFile(other);

        viewModel.open();

        assertThat(dialogs.shown()).extracting(RecordingDialogService.Shown::title).containsExactly("打开工作区");
        assertThat(session.workspace().file()).isEqualTo(other.toAbsolutePath());
    }

    @Test
    void cancellingTheChooserChangesNothing() {
        Workspace before = session.workspace();
        dialogs.answerFile(null);

        viewModel.open();

        assertThat(session.workspace()).isSameAs(before);
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void aTextFileIsRefusedInWordsAndTheWorkspaceStays() throws IOException {
        Path text = Files.writeString(dir.resolve("会议纪要.tmdb"), "这是一份会议纪要，不是工作区。\n".repeat(30),
                StandardCharsets.UTF_8);
        byte[] bytes = Files.readAllBytes(text);
        Workspace before = session.workspace();

        viewModel.open(text);

        assertThat(dialogs.errors()).singleElement().satisfies(error -> {
            assertThat(error.kind()).isEqualTo("error");
            assertThat(error.title()).isEqualTo("无法打开工作区");
            assertThat(error.message()).contains("会议纪要.tmdb").contains("不是目标进度监测的工作区文件")
                    .contains("当前工作区保持不变");
        });
        assertThat(session.workspace()).isSameAs(before);
        assertThat(planNames()).containsExactlyInAnyOrderElementsOf(SEED_PLANS);
        assertThat(Files.readAllBytes(text)).isEqualTo(bytes);
        assertThat(dir.resolve("会议纪要.tmdb-wal")).doesNotExist();
        assertThat(viewModel.getTitle()).endsWith("w.tmdb");
        assertThat(viewModel.recentFiles()).containsExactly(first.toAbsolutePath());
        assertThat(viewModel.isBusy()).isFalse();
    }

    @Test
    void anEmptyFileDroppedOnTheWindowIsNotTakenForANewWorkspace() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));

        viewModel.open(empty);

        assertThat(dialogs.errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("不是目标进度监测的工作区文件"));
        assertThat(Files.size(empty)).isZero();
        assertThat(session.workspace().file()).isEqualTo(first);
    }

    @Test
    void anotherProgramsDatabaseIsNamedAsSuch() throws IOException {
        Path other = dir.resolve("other.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + other);
             var st = c.createStatement()) {
            st.execute("CREATE TABLE t (x)");
        } catch (java.sql.SQLException e) {
            throw new IOException(e);
        }

        viewModel.open(other);

        assertThat(dialogs.errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("其他程序的数据库"));
        assertThat(session.workspace().file()).isEqualTo(first);
    }

    @Test
    void aRecentFileThatWasDeletedIsReportedAndForgotten() throws IOException {
        Path other = emptyWorkspaceWithPlan("other.tmdb", "酒泉市2024年");
        viewModel.open(other);
        viewModel.open(first);
        assertThat(viewModel.recentFiles()).containsExactly(first.toAbsolutePath(), other.toAbsolutePath());
        Files.delete(other);

        viewModel.open(other);

        assertThat(dialogs.errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("文件不存在"));
        assertThat(viewModel.recentFiles()).containsExactly(first.toAbsolutePath());
        assertThat(session.workspace().file()).isEqualTo(first.toAbsolutePath());
    }

    @Test
    void saveAsWritesACopyAndWorksOnInIt() {
        dialogs.answerFile(dir.resolve("副本")); // no extension typed: .tmdb is added
        Path copy = dir.resolve("副本.tmdb").toAbsolutePath();

        viewModel.saveAs();

        assertThat(dialogs.errors()).isEmpty();
        assertThat(copy).isRegularFile();
        assertThat(session.workspace().file()).isEqualTo(copy);
        assertThat(viewModel.getTitle()).isEqualTo("目标进度监测 — 副本.tmdb");
        assertThat(planNames()).containsExactlyInAnyOrderElementsOf(SEED_PLANS);
        assertThat(viewModel.recentFiles()).startsWith(copy);

        // From now on changes go to the copy, not to the original.
        Plan plan = session.workspace().plans().findByName("金昌市2023年").orElseThrow();
        session.workspace().plans().delete(plan.id());
        try (Workspace original = Workspace.open(first)) {
            assertThat(original.plans().findAll()).hasSize(3);
        }
    }

    @Test
    void saveAsOntoTheOpenFileDoesNothing() {
        Workspace before = session.workspace();
        dialogs.answerFile(first);

        viewModel.saveAs();

        assertThat(dialogs.errors()).isEmpty();
        assertThat(session.workspace()).isSameAs(before);
    }

    @Test
    void aNewWorkspaceCanStartEmpty() {
        dialogs.answerFile(dir.resolve("新工作区.tmdb")).answerConfirm(false);

        viewModel.newWorkspace();

        assertThat(dialogs.shown()).extracting(RecordingDialogService.Shown::kind).containsExactly("chooser", "confirm");
        assertThat(dialogs.shown().get(1).message()).startsWith("从示例计划开始？");
        assertThat(session.workspace().file()).isEqualTo(dir.resolve("新工作区.tmdb").toAbsolutePath());
        assertThat(planNames()).isEmpty();
        assertThat(viewModel.getTitle()).endsWith("新工作区.tmdb");
    }

    @Test
    void aNewWorkspaceCanStartFromTheSamplePlans() {
        dialogs.answerFile(dir.resolve("示例.tmdb")).answerConfirm(true);

        viewModel.newWorkspace();

        assertThat(session.workspace().file()).isEqualTo(dir.resolve("示例.tmdb").toAbsolutePath());
        assertThat(planNames()).containsExactlyInAnyOrderElementsOf(SEED_PLANS);
    }

    @Test
    void aNewWorkspaceNeverOverwritesAFile() throws IOException {
        Path taken = Files.writeString(dir.resolve("taken.tmdb"), "重要的文件", StandardCharsets.UTF_8);
        byte[] bytes = Files.readAllBytes(taken);
        Workspace before = session.workspace();
        dialogs.answerFile(taken).answerConfirm(false);

        viewModel.newWorkspace();

        assertThat(dialogs.errors()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("无法新建工作区");
            assertThat(e.message()).contains("不会覆盖");
        });
        assertThat(Files.readAllBytes(taken)).isEqualTo(bytes);
        assertThat(session.workspace()).isSameAs(before);
    }

    @Test
    void theRecentListKeepsTheEightLatest() {
        List<Path> files = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            Path file = emptyWorkspaceWithPlan("w" + i + ".tmdb", "计划" + i);
            files.add(file.toAbsolutePath());
            viewModel.open(file);
        }

        assertThat(viewModel.recentFiles()).hasSize(8).startsWith(files.get(8), files.get(7))
                .doesNotContain(first.toAbsolutePath(), files.get(0));

        viewModel.clearRecentFiles();
        assertThat(viewModel.recentFiles()).isEmpty();
        assertThat(settings.load().recentFiles()).isEmpty();
    }

    @Test
    void theTitleFollowsAWorkspaceReplacedElsewhere() {
        Path other = emptyWorkspaceWithPlan("elsewhere.tmdb", "酒泉市2024年");

        session.replace(Workspace.open(other));

        assertThat(viewModel.getTitle()).isEqualTo("目标进度监测 — elsewhere.tmdb");
        assertThat(viewModel.recentFiles()).first().isEqualTo(other.toAbsolutePath());
    }

    private Path emptyWorkspaceWithPlan(String name, String planName) {
        Path file = dir.resolve(name);
        try (Workspace w = Workspace.create(file)) {
            w.plans().save(new Plan(null, planName, "", 2024, "", null));
        }
        return file;
    }

    private List<String> planNames() {
        return session.workspace().plans().findAll().stream().map(Plan::name).toList();
    }
}
