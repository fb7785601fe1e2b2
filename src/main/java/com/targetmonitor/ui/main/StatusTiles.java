package com.targetmonitor.ui.main;

import com.targetmonitor.ui.StatusTexts;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;

/**
 * The summary tiles above the status table: one toggle per status with its count; a click filters
 * to it. Another month or an edit changes counts, not which tiles there are: the buttons then keep
 * their nodes and only their text and state change (a new button is styled anew on the next pulse).
 */
final class StatusTiles {

    private final StatusTableViewModel vm;
    private final FlowPane tiles = new FlowPane(8, 8);

    StatusTiles(StatusTableViewModel vm) {
        this.vm = vm;
        tiles.setId(StatusTableView.TILES_ID);
        tiles.getStyleClass().add("tm-tiles");
        vm.tiles().addListener((ListChangeListener<StatusTile>) c -> show());
        show();
    }

    Node node() {
        return tiles;
    }

    private void show() {
        List<StatusTile> shown = vm.tiles();
        javafx.collections.ObservableList<Node> buttons = tiles.getChildren();
        boolean sameStatuses = buttons.size() == shown.size();
        for (int i = 0; sameStatuses && i < shown.size(); i++) {
            sameStatuses = buttons.get(i).getUserData() == shown.get(i).status();
        }
        if (!sameStatuses) {
            buttons.setAll(shown.stream().<Node>map(this::button).toList());
        }
        for (int i = 0; i < shown.size(); i++) {
            StatusTile tile = shown.get(i);
            ToggleButton b = (ToggleButton) buttons.get(i);
            b.setText(StatusTexts.word(tile.status()) + "\n" + tile.count());
            b.setSelected(tile.active());
        }
    }

    private ToggleButton button(StatusTile tile) {
        ToggleButton b = new ToggleButton();
        b.getStyleClass().addAll("tm-tile", "tm-tile-" + tile.status().code().replace('_', '-'));
        b.setUserData(tile.status());
        b.setOnAction(e -> vm.toggleTile(tile.status()));
        return b;
    }
}
