package com.targetmonitor.app;

import com.targetmonitor.ui.AppTheme;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Scene;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;

/**
 * Not a test: a lower bound for {@link WindowBenchmark}'s start-up ({@code --minimal N}). A window that
 * holds nothing but a tree table like the status table (ten columns, N rows in groups of 100, two of the
 * columns wrapping, a dot in the status cells), in the app's theme, with its rows ready before it is shown:
 * no menus, tool bar, tiles, filters, tabs or detail pane, no workspace, no standing to compute. What the
 * app's start cannot go below while its table is a JavaFX TreeTableView.
 */
final class MinimalTableWindow {

    private static final String[] HEADERS = {"编码", "指标名称", "单位", "目标", "实际", "完成率", "时序进度", "差距",
        "状态", "牵头单位"};

    private MinimalTableWindow() {
    }

    static void run(int n) throws Exception {
        CountDownLatch painted = new CountDownLatch(1);
        int[] rowsShown = new int[1];
        int[] nodes = new int[1];
        Platform.startup(() -> {
            AppTheme.install();
            TreeTableView<String[]> table = new TreeTableView<>(rows(n));
            table.setShowRoot(false);
            for (int c = 0; c < HEADERS.length; c++) {
                table.getColumns().add(column(c));
            }
            Stage stage = new Stage();
            Scene scene = new Scene(new BorderPane(table), DesktopApp.WIDTH, DesktopApp.HEIGHT);
            AppTheme.style(scene);
            scene.addPostLayoutPulseListener(() -> {
                if (painted.getCount() > 0) {
                    rowsShown[0] = (int) table.lookupAll(".tree-table-row-cell").stream()
                            .filter(r -> r.isVisible() && ((javafx.scene.control.TreeTableRow<?>) r).getItem() != null).count();
                    nodes[0] = NodeCounts.of(scene.getRoot());
                }
                painted.countDown();
            });
            stage.setScene(scene);
            stage.show();
        });
        painted.await(60, TimeUnit.SECONDS);
        long startup = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        long[] threads = WindowBenchmark.threadCpu();
        System.out.printf(Locale.ROOT, "RESULT start-up %d ms (CPU %d ms; FX %d), %d rows shown, %d nodes%n", startup,
                WindowBenchmark.processCpuMs(), threads[0] / 1_000_000, rowsShown[0], nodes[0]);
        System.exit(0);
    }

    /** Nodes in a scene graph. */
    static final class NodeCounts {
        static int of(javafx.scene.Node node) {
            int count = 1;
            if (node instanceof javafx.scene.Parent p) {
                for (javafx.scene.Node child : p.getChildrenUnmodifiable()) {
                    count += of(child);
                }
            }
            return count;
        }
    }

    private static TreeItem<String[]> rows(int n) {
        TreeItem<String[]> root = new TreeItem<>(new String[HEADERS.length]);
        TreeItem<String[]> group = null;
        for (int i = 0; i < n; i++) {
            if (i % 100 == 0) {
                String[] g = new String[HEADERS.length];
                g[1] = (i / 100 + 1) + "、类别" + (i / 100 + 1);
                group = new TreeItem<>(g);
                group.setExpanded(true);
                root.getChildren().add(group);
            }
            group.getChildren().add(new TreeItem<>(new String[] {(i / 100 + 1) + "." + (i % 100), "地区生产总值增速指标" + i,
                "亿元", "增长8%以上", "11.7", "57.20%", "50.00%", "高于目标3.70个百分点", "达到目标", "金昌市发展改革委"}));
        }
        return root;
    }

    private static TreeTableColumn<String[], String> column(int c) {
        TreeTableColumn<String[], String> column = new TreeTableColumn<>(HEADERS[c]);
        column.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().getValue()[c]));
        column.setPrefWidth(c == 1 || c == 7 ? 140 : 90);
        column.setCellFactory(col -> new TreeTableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(c == 1 || c == 7);
                setGraphic(c == 8 && !empty && item != null ? new Circle(4) : null);
            }
        });
        return column;
    }
}
