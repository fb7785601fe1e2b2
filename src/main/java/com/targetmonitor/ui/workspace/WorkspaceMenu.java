package com.targetmonitor.ui.workspace;

import com.targetmonitor.logic.settings.RecentWorkspace;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.MessageKey;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The workspace items of the 文件 menu: New, Open, Save As, Open Recent (rebuilt whenever the
 * recent list changes) and Exit. {@link #items()} builds fresh items on every call, so the main
 * window can rebuild its menu bar in another language.
 */
public final class WorkspaceMenu {

    /** Item ids, for tests and for the main window. */
    public static final String NEW_ID = "workspaceNew";
    public static final String OPEN_ID = "workspaceOpen";
    public static final String SAVE_AS_ID = "workspaceSaveAs";
    public static final String RECENT_ID = "workspaceRecent";
    public static final String RECENT_CLEAR_ID = "workspaceRecentClear";
    public static final String EXIT_ID = "workspaceExit";
    /** Followed by the entry's position (1, 2, …): a server address in the recent list. */
    public static final String RECENT_SERVER_ID_PREFIX = "workspaceRecentServer";
    public static final String BACKUPS_ID = "workspaceBackups";
    public static final String SERVER_OPEN_ID = "workspaceServerOpen";
    public static final String SERVER_PUBLISH_ID = "workspaceServerPublish";
    public static final String SERVER_SAVE_LOCAL_ID = "workspaceServerSaveLocal";
    public static final String SERVER_ACCOUNTS_ID = "workspaceServerAccounts";

    /** Ctrl+N (Cmd+N on macOS). */
    public static final KeyCombination NEW_KEY = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    /** Ctrl+O. */
    public static final KeyCombination OPEN_KEY = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
    /** Ctrl+Shift+S. */
    public static final KeyCombination SAVE_AS_KEY =
            new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private static final String RECENT_LISTENER_KEY = WorkspaceMenu.class.getName() + ".recentListener";

    private final WorkspaceViewModel viewModel;
    private final Runnable exit;
    private Runnable backups;
    private ServerWorkspaceViewModel server;
    private Runnable accounts;

    /**
     * @param exit what Exit does: the main window closes itself the way its close button does, so
     *             settings are saved on the one path out
     */
    public WorkspaceMenu(WorkspaceViewModel viewModel, Runnable exit) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.exit = Objects.requireNonNull(exit, "exit");
    }

    /** What 备份与恢复 does (opens the backups dialog); without it the item is not shown. */
    public void setOnBackups(Runnable backups) {
        this.backups = backups;
    }

    /** What the shared-server items do; without it they are not shown. */
    public void setServer(ServerWorkspaceViewModel serverViewModel) {
        this.server = serverViewModel;
    }

    /**
     * What 账户管理 does (opens the accounts dialog, which says why when this session may not manage
     * accounts); shown with the shared-server items.
     */
    public void setOnAccounts(Runnable accountsDialog) {
        this.accounts = accountsDialog;
    }

    /** New, Open, Save As, Open Recent and Exit, with separators between the groups. */
    public List<MenuItem> items() {
        MenuItem newItem = item(NEW_ID, WorkspaceMsg.WORKSPACE_MENU_NEW, NEW_KEY);
        newItem.setOnAction(e -> viewModel.newWorkspace());
        MenuItem open = item(OPEN_ID, WorkspaceMsg.WORKSPACE_MENU_OPEN, OPEN_KEY);
        open.setOnAction(e -> viewModel.open());
        MenuItem saveAs = item(SAVE_AS_ID, WorkspaceMsg.WORKSPACE_MENU_SAVE_AS, SAVE_AS_KEY);
        saveAs.setOnAction(e -> viewModel.saveAs());
        Menu recent = recentMenu();
        for (MenuItem busyDisabled : List.of(newItem, open, saveAs, recent)) {
            busyDisabled.disableProperty().bind(viewModel.busyProperty());
        }
        MenuItem exitItem = item(EXIT_ID, WorkspaceMsg.WORKSPACE_MENU_EXIT, null);
        exitItem.setOnAction(e -> exit.run());
        List<MenuItem> items = new java.util.ArrayList<>(List.of(newItem, open));
        if (server != null) {
            items.addAll(List.of(action(SERVER_OPEN_ID, WorkspaceMsg.SERVER_MENU_OPEN, server::openServer),
                    new SeparatorMenuItem(), saveAs, action(SERVER_PUBLISH_ID, WorkspaceMsg.SERVER_MENU_PUBLISH,
                            server::publish),
                    action(SERVER_SAVE_LOCAL_ID, WorkspaceMsg.SERVER_MENU_SAVE_LOCAL, server::saveAsLocalFile)));
            if (accounts != null) {
                items.add(action(SERVER_ACCOUNTS_ID, WorkspaceMsg.SERVER_MENU_ACCOUNTS, accounts));
            }
        } else {
            items.addAll(List.of(new SeparatorMenuItem(), saveAs));
        }
        if (backups != null) {
            MenuItem backupItem = item(BACKUPS_ID, WorkspaceMsg.WORKSPACE_MENU_BACKUPS, null);
            backupItem.setOnAction(e -> backups.run());
            backupItem.disableProperty().bind(viewModel.busyProperty());
            items.add(backupItem);
        }
        items.addAll(List.of(new SeparatorMenuItem(), recent, new SeparatorMenuItem(), exitItem));
        return List.copyOf(items);
    }

    private Menu recentMenu() {
        Menu recent = new Menu(I18n.get(WorkspaceMsg.WORKSPACE_MENU_RECENT));
        recent.setId(RECENT_ID);
        fillRecent(recent);
        // The menu holds its listener and the list only a weak one: a menu thrown away on a
        // language switch is not kept alive by the ViewModel's list.
        ListChangeListener<RecentWorkspace> listener = change -> fillRecent(recent);
        recent.getProperties().put(RECENT_LISTENER_KEY, listener);
        viewModel.recentWorkspaces().addListener(new WeakListChangeListener<>(listener));
        return recent;
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        List<RecentWorkspace> entries = viewModel.recentWorkspaces();
        if (entries.isEmpty()) {
            MenuItem none = new MenuItem(I18n.get(WorkspaceMsg.WORKSPACE_MENU_RECENT_EMPTY));
            none.setDisable(true);
            recent.getItems().add(none);
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            recent.getItems().add(recentItem(i + 1, entries.get(i)));
        }
        MenuItem clear = new MenuItem(I18n.get(WorkspaceMsg.WORKSPACE_MENU_RECENT_CLEAR));
        clear.setId(RECENT_CLEAR_ID);
        clear.setOnAction(e -> viewModel.clearRecentFiles());
        recent.getItems().addAll(new SeparatorMenuItem(), clear);
    }

    /**
     * One recent entry. The leading "_1" is the item's mnemonic; JavaFX takes only the first one, so
     * underscores in the name that follow are shown as they are.
     */
    private MenuItem recentItem(int position, RecentWorkspace entry) {
        if (entry.isServer()) {
            MenuItem item = new MenuItem(I18n.get(WorkspaceMsg.WORKSPACE_MENU_RECENT_SERVER_ITEM,
                    String.valueOf(position), entry.server()));
            item.setId(RECENT_SERVER_ID_PREFIX + position);
            if (server == null) {
                item.setDisable(true);
            } else {
                item.setOnAction(e -> server.reopen(entry.server()));
            }
            return item;
        }
        Path file = entry.file();
        Path folder = file.getParent();
        MenuItem item = new MenuItem(I18n.get(WorkspaceMsg.WORKSPACE_MENU_RECENT_ITEM, String.valueOf(position),
                String.valueOf(file.getFileName()), folder == null ? "" : folder.toString()));
        item.setOnAction(e -> viewModel.open(file));
        return item;
    }

    private MenuItem action(String id, MessageKey text, Runnable action) {
        MenuItem item = item(id, text, null);
        item.setOnAction(e -> action.run());
        item.disableProperty().bind(viewModel.busyProperty());
        return item;
    }

    private static MenuItem item(String id, MessageKey text, KeyCombination accelerator) {
        MenuItem item = new MenuItem(I18n.get(text));
        item.setId(id);
        item.setAccelerator(accelerator);
        return item;
    }
}
