package com.targetmonitor.ui.main;

import com.targetmonitor.ui.AppTheme;
import java.util.ArrayList;
import java.util.List;
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
