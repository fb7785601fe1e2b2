package com.targetmonitor.ui.main;

import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;

/**
 * A place in the window whose content is built once the status table has painted its first standing. At
 * start the FX thread then builds, styles and lays out what the officer waits for, the table, and the
 * content (the detail pane: a third of the window's nodes) a pulse later, in the place kept for it, so
 * the table does not move. Built at once when the table already has a standing (a language switch, tests
 * with synchronous tasks) or when no plan is shown (nothing will come).
 */
final class AfterFirstStanding {

    private AfterFirstStanding() {
    }

    static StackPane place(Supplier<Node> content, ObservableValue<?> tableStanding, ObservableValue<?> plan,
                           String styleClass) {
        StackPane holder = new StackPane();
        holder.getStyleClass().add(styleClass);
        Runnable fill = () -> {
            if (holder.getChildren().isEmpty()) {
                holder.getChildren().add(content.get());
            }
        };
        if (tableStanding.getValue() != null || plan.getValue() == null) {
            fill.run();
            return holder;
        }
        InvalidationListener whenShown = new InvalidationListener() {
            @Override
            public void invalidated(Observable o) {
                if (tableStanding.getValue() == null && plan.getValue() != null) {
                    return;
                }
                tableStanding.removeListener(this);
                plan.removeListener(this);
                Scene scene = holder.getScene();
                if (scene == null) {
                    fill.run();
                    return;
                }
                // After the pulse that lays out (and so paints) the table with the standing.
                Runnable[] afterPulse = new Runnable[1];
                afterPulse[0] = () -> Platform.runLater(() -> {
                    scene.removePostLayoutPulseListener(afterPulse[0]);
                    fill.run();
                });
                scene.addPostLayoutPulseListener(afterPulse[0]);
                Platform.requestNextPulse();
            }
        };
        tableStanding.addListener(whenShown);
        plan.addListener(whenShown);
        return holder;
    }
}
