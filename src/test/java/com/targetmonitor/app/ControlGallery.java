package com.targetmonitor.app;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.targetmonitor.ui.AppTheme;
import javafx.collections.FXCollections;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.cell.PropertyValueFactory;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.controlsfx.control.SearchableComboBox;
import org.controlsfx.control.textfield.TextFields;

/**
 * The controls the app's dialogs and other views show besides the main window (an alert with details, a
 * trend chart, lists, trees, forms), with the AtlantaFX style classes its code adds, in one scene.
 */
final class ControlGallery {

    private ControlGallery() {
    }

    static Parent show(Stage stage) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "确认？", ButtonType.YES, ButtonType.NO);
        alert.getDialogPane().setExpandableContent(new TextArea("细节"));
        alert.getDialogPane().setExpanded(true);
        Parent dialog = alert.getDialogPane();

        XYChart.Series<Number, Number> actual = new XYChart.Series<>("实际", FXCollections.observableArrayList(
                new XYChart.Data<>(1, 2), new XYChart.Data<>(2, 3)));
        XYChart.Series<Number, Number> target = new XYChart.Series<>("目标", FXCollections.observableArrayList(
                new XYChart.Data<>(1, 1), new XYChart.Data<>(2, 4)));
        NumberAxis months = new NumberAxis();
        NumberAxis values = new NumberAxis();
        LineChart<Number, Number> chart = new LineChart<>(months, values, FXCollections.observableArrayList(actual, target));
        // As the app's trend chart: no animation, so that both themes are compared at rest.
        chart.setAnimated(false);
        months.setAnimated(false);
        values.setAnimated(false);
        chart.setPrefSize(320, 200);

        TreeItem<String> root = new TreeItem<>("计划");
        root.getChildren().add(new TreeItem<>("指标"));
        root.setExpanded(true);
        TreeView<String> tree = new TreeView<>(root);
        tree.setPrefSize(160, 120);

        TableView<Label> table = new TableView<>(FXCollections.observableArrayList(new Label("甲"), new Label("乙")));
        TableColumn<Label, String> column = new TableColumn<>("名称");
        column.setCellValueFactory(new PropertyValueFactory<>("text"));
        table.getColumns().add(column);
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setPrefSize(200, 120);

        Button accent = new Button("保存");
        accent.getStyleClass().add(Styles.ACCENT);
        Button small = new Button("删除");
        small.getStyleClass().add(Styles.SMALL);
        ToggleButton left = new ToggleButton("左");
        left.getStyleClass().add(Styles.LEFT_PILL);
        ToggleButton right = new ToggleButton("右");
        right.getStyleClass().add(Styles.RIGHT_PILL);
        Label title = new Label("标题");
        title.getStyleClass().addAll(Styles.TITLE_3, Styles.TEXT_BOLD);
        Label muted = new Label("说明");
        muted.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL, Tweaks.ALIGN_CENTER);
        javafx.scene.control.TextField invalid = new javafx.scene.control.TextField("x");
        invalid.pseudoClassStateChanged(Styles.STATE_DANGER, true);
        ProgressIndicator progress = new ProgressIndicator(0.4);

        FlowPane pane = new FlowPane(8, 8, dialog, chart, tree, table, new ListView<>(FXCollections.observableArrayList("一", "二")),
                new ChoiceBox<>(FXCollections.observableArrayList("一", "二")), new TextArea("文字"), new PasswordField(),
                new RadioButton("单选"), new CheckBox("复选"), progress, new ProgressBar(0.5), new Hyperlink("链接"),
                new SearchableComboBox<>(FXCollections.observableArrayList("一", "二")),
                TextFields.createClearableTextField(), new Separator(), accent, small, left, right, title, muted, invalid);
        ScrollPane scroll = new ScrollPane(pane);
        scroll.setFitToWidth(true);
        Scene scene = new Scene(scroll, 1200, 900);
        AppTheme.style(scene);
        stage.setScene(scene);
        return scroll;
    }
}
