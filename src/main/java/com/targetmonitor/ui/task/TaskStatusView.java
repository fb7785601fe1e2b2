package com.targetmonitor.ui.task;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/** The status bar's sign of long work: what is being done and how far, hidden when nothing runs. */
public final class TaskStatusView {

    private final HBox root;

    public TaskStatusView(FxTaskExecutor tasks) {
        Label message = new Label();
        message.textProperty().bind(tasks.messageProperty());
        message.getStyleClass().add("tm-status-line");
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(120);
        bar.progressProperty().bind(tasks.progressProperty());
        root = new HBox(6, bar, message);
        root.setAlignment(Pos.CENTER_LEFT);
        root.visibleProperty().bind(tasks.runningProperty());
        root.managedProperty().bind(root.visibleProperty());
    }

    public Node root() {
        return root;
    }
}
