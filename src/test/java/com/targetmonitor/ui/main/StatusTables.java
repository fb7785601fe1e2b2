package com.targetmonitor.ui.main;

import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.ui.AppTheme;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.task.SyncTaskExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;

/** The status table's tests: a view on a stage, its tree and its items. */
final class StatusTables {

    static final double WIDTH = 1200;
    static final double HEIGHT = 700;

    private StatusTables() {
    }

    /**
     * A session on a new workspace of the seeded plans in {@code dir}, in Chinese and the app's theme, and a
     * window's ViewModel showing 金昌市2022年 (computed at once: synchronous tasks).
     */
    static MainWindowViewModel seededPlan(Path dir, Session[] session) {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        AppTheme.install();
        session[0] = new Session(WorkspaceOpener.openOrCreateWithSeeds(dir.resolve("w" + System.nanoTime() + ".tmdb")));
        MainWindowViewModel vm = new MainWindowViewModel(session[0], new SyncTaskExecutor());
        vm.load("金昌市2022年");
        return vm;
    }

    /** Shows the view on the stage at {@value #WIDTH} × {@value #HEIGHT}, styled as the window is. */
    static void show(Stage stage, StatusTableView view) {
        Scene scene = new Scene((Parent) view.root(), WIDTH, HEIGHT);
        AppTheme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @SuppressWarnings("unchecked")
    static TreeTableView<TableItem> table(StatusTableView view) {
        return (TreeTableView<TableItem>) view.table();
    }

    /** Every tree item below the root, in tree order. */
    static List<TreeItem<TableItem>> items(StatusTableView view) {
        List<TreeItem<TableItem>> out = new ArrayList<>();
        collect(table(view).getRoot(), out);
        return out;
    }

    private static void collect(TreeItem<TableItem> item, List<TreeItem<TableItem>> out) {
        for (TreeItem<TableItem> child : item.getChildren()) {
            out.add(child);
            collect(child, out);
        }
    }
}
