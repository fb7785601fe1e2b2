package com.targetmonitor.ui.dashboard;

import atlantafx.base.theme.Styles;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.charts.ChartExporter;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * One chart of the dashboard in its frame: a title, a small "导出PNG…" button that saves the chart
 * as it is on screen, and the chart (or a message where there is nothing to draw).
 */
final class ChartSection {

    private final VBox root;
    private final Label title = new Label();
    private final Button export = new Button(I18n.get(DashboardMsg.DASHBOARD_EXPORT_PNG));
    private final StackPane body = new StackPane();
    private Node chart;

    ChartSection(String id, String titleText, DashboardViewModel vm) {
        title.setText(titleText);
        title.getStyleClass().add("tm-dashboard-section-title");
        title.setMinWidth(0);
        export.getStyleClass().addAll("tm-dashboard-export", Styles.SMALL);
        export.setTooltip(new Tooltip(I18n.get(DashboardMsg.DASHBOARD_EXPORT_PNG_TITLE)));
        export.setFocusTraversable(false);
        export.setDisable(true);
        export.setOnAction(e -> {
            Node shown = chart;
            if (shown != null) {
                vm.exportChart(title.getText(), file -> ChartExporter.writePng(shown, file));
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, export);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("tm-dashboard-section-header");
        body.setAlignment(Pos.TOP_LEFT);
        root = new VBox(4, header, body);
        root.setId(id);
        root.getStyleClass().add("tm-dashboard-section");
        root.setMaxWidth(Double.MAX_VALUE);
    }

    VBox root() {
        return root;
    }

    Label title() {
        return title;
    }

    Button exportButton() {
        return export;
    }

    /** Shows a chart; it can be exported. */
    void setChart(Node node) {
        chart = node;
        body.getChildren().setAll(node);
        export.setDisable(false);
    }

    /** Shows a message instead of a chart (nothing to export). */
    void setMessage(String text) {
        chart = null;
        Label label = new Label(text);
        label.getStyleClass().add("tm-dashboard-placeholder");
        label.setWrapText(true);
        body.getChildren().setAll(label);
        export.setDisable(true);
    }

    Node chart() {
        return chart;
    }
}
