package com.targetmonitor.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.settings.RecentWorkspace;
import com.targetmonitor.logic.settings.SettingsStore;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.logic.workspace.WorkspaceFiles;
import com.targetmonitor.persistence.Workspace;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.dialog.RecordingDialogService;
import com.targetmonitor.ui.task.SyncTaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The 文件 menu's workspace items in a real (headless) window: texts, accelerators, the recent submenu. */
@ExtendWith(ApplicationExtension.class)
class WorkspaceMenuTest {

    @TempDir
    Path dir;

    private Session session;
    private RecordingDialogService dialogs;
    private WorkspaceViewModel viewModel;
    private Menu file;
    private final AtomicInteger exits = new AtomicInteger();

    @Start
    void start(Stage stage) {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        session = new Session(Workspace.create(dir.resolve("w.tmdb")));
        dialogs = new RecordingDialogService();
        viewModel = new WorkspaceViewModel(new com.targetmonitor.logic.workspace.WorkspaceFiles(session), dialogs, new SettingsStore(dir.resolve("app-data")),
                new SyncTaskExecutor());
        file = new Menu("文件");
        file.getItems().setAll(new WorkspaceMenu(viewModel, exits::incrementAndGet).items());
        BorderPane root = new BorderPane(new Label("正文"));
        root.setTop(new MenuBar(file));
        stage.setScene(new Scene(root, 640, 400));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    @Test
    void theItemsHaveTheirTextsAndAccelerators() {
        assertThat(item(WorkspaceMenu.NEW_ID).getText()).isEqualTo("新建工作区(_N)…");
        assertThat(item(WorkspaceMenu.NEW_ID).getAccelerator()).isEqualTo(KeyCombination.keyCombination("Shortcut+N"));
        assertThat(item(WorkspaceMenu.OPEN_ID).getAccelerator()).isEqualTo(KeyCombination.keyCombination("Shortcut+O"));
        assertThat(item(WorkspaceMenu.SAVE_AS_ID).getAccelerator())
                .isEqualTo(KeyCombination.keyCombination("Shortcut+Shift+S"));
        assertThat(item(WorkspaceMenu.EXIT_ID).getAccelerator()).isNull();
        assertThat(item(WorkspaceMenu.NEW_ID).getAccelerator().getDisplayText()).isEqualTo("Ctrl+N");
        assertThat(item(WorkspaceMenu.SAVE_AS_ID).getAccelerator().getDisplayText()).isIn("Ctrl+Shift+S",
                "Shift+Ctrl+S");
        assertThat(file.getItems()).filteredOn(i -> !(i instanceof SeparatorMenuItem)).extracting(MenuItem::getId)
                .containsExactly(WorkspaceMenu.NEW_ID, WorkspaceMenu.OPEN_ID, WorkspaceMenu.SAVE_AS_ID,
                        WorkspaceMenu.RECENT_ID, WorkspaceMenu.EXIT_ID);
    }

    @Test
    void ctrlOOpensTheChooser(FxRobot robot) {
        dialogs.answerFile(null);

        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.shown()).extracting(RecordingDialogService.Shown::title).containsExactly("打开工作区");
    }

    @Test
    void theRecentSubmenuFollowsTheList() {
        Menu recent = (Menu) item(WorkspaceMenu.RECENT_ID);
        assertThat(fileItems(recent)).containsExactly("_1  w.tmdb  （" + folderOf(dir) + "）");

        Path other = dir.resolve("my_plans.tmdb");
        Workspace.create(other).close();
        WaitForAsyncUtils.asyncFx(() -> viewModel.open(other));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fileItems(recent)).containsExactly("_1  my_plans.tmdb  （" + folderOf(dir) + "）",
                "_2  w.tmdb  （" + folderOf(dir) + "）");
        assertThat(recent.getItems().get(recent.getItems().size() - 1).getId()).isEqualTo(WorkspaceMenu.RECENT_CLEAR_ID);

        // Choosing the second entry opens w.tmdb again.
        WaitForAsyncUtils.asyncFx(() -> recent.getItems().get(1).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.workspace().file()).isEqualTo(dir.resolve("w.tmdb").toAbsolutePath());

        WaitForAsyncUtils.asyncFx(() -> item(WorkspaceMenu.RECENT_CLEAR_ID, recent.getItems()).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(recent.getItems()).singleElement().satisfies(none -> assertThat(none.isDisable()).isTrue());
    }

    @Test
    void aRecentServerAsksForItsPasswordAndTheAccountsItemSitsWithTheServerItems() throws Exception {
        String address = "postgresql://wang@db.office:5432/jinchang";
        SettingsStore store = new SettingsStore(dir.resolve("app-data-server"));
        store.update(s -> s.withRecentFirst(RecentWorkspace.ofServer("postgresql://wang:pw@db.office/jinchang")
                .orElseThrow()));
        WorkspaceFiles files = new WorkspaceFiles(session);
        AtomicInteger accountsShown = new AtomicInteger();
        List<MenuItem> items = WaitForAsyncUtils.asyncFx(() -> {
            WorkspaceViewModel vm = new WorkspaceViewModel(files, dialogs, store, new SyncTaskExecutor());
            WorkspaceMenu menu = new WorkspaceMenu(vm, exits::incrementAndGet);
            menu.setServer(new ServerWorkspaceViewModel(files, dialogs, new SyncTaskExecutor(), () -> false));
            menu.setOnAccounts(accountsShown::incrementAndGet);
            return menu.items();
        }).get();

        assertThat(items).filteredOn(i -> !(i instanceof SeparatorMenuItem)).extracting(MenuItem::getId)
                .containsSubsequence(WorkspaceMenu.SERVER_SAVE_LOCAL_ID, WorkspaceMenu.SERVER_ACCOUNTS_ID,
                        WorkspaceMenu.RECENT_ID);
        assertThat(item(WorkspaceMenu.SERVER_ACCOUNTS_ID, items).getText()).isEqualTo("账户管理(_M)…");
        WaitForAsyncUtils.asyncFx(() -> item(WorkspaceMenu.SERVER_ACCOUNTS_ID, items).fire()).get();
        assertThat(accountsShown.get()).isEqualTo(1);

        Menu recent = (Menu) item(WorkspaceMenu.RECENT_ID, items);
        MenuItem server = item(WorkspaceMenu.RECENT_SERVER_ID_PREFIX + 2, recent.getItems());
        assertThat(server.getText()).isEqualTo("_2  " + address + "  （共享服务器）");
        dialogs.answerFields(null); // the officer cancels the password
        WaitForAsyncUtils.asyncFx(server::fire).get();
        assertThat(dialogs.formsAsked()).singleElement().satisfies(fields -> assertThat(fields).singleElement()
                .satisfies(f -> assertThat(f.secret()).isTrue()));
        assertThat(dialogs.shown()).last().satisfies(shown -> assertThat(shown.message()).contains(address));
        assertThat(session.workspace().isServer()).isFalse();
    }

    @Test
    void exitRunsTheWindowsExit() {
        WaitForAsyncUtils.asyncFx(() -> item(WorkspaceMenu.EXIT_ID).fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(exits.get()).isEqualTo(1);
    }

    private MenuItem item(String id) {
        return item(id, file.getItems());
    }

    private static MenuItem item(String id, List<MenuItem> items) {
        return items.stream().filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    private static List<String> fileItems(Menu recent) {
        return recent.getItems().stream().filter(i -> i.getId() == null && !(i instanceof SeparatorMenuItem))
                .map(MenuItem::getText).toList();
    }

    private static String folderOf(Path folder) {
        return folder.toAbsolutePath().toString();
    }
}
