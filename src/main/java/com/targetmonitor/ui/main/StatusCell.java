package com.targetmonitor.ui.main;

import com.targetmonitor.model.Light;
import com.targetmonitor.model.Standing;
import com.targetmonitor.ui.GapTexts;
import com.targetmonitor.ui.StatusTexts;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * A light dot and the status in words: the words carry the meaning when printed in grey. Long
 * English words ("Behind schedule") wrap beside the dot on a narrow screen. The tooltip (the
 * light's name and the gap in words) is one per cell, made with the cell's first indicator and
 * given the new text after that: cells are reused for other rows on every scroll, month and edit,
 * and a tooltip per update was a popup control built and styled each time (a third of a month
 * switch's FX work in the profile). The dot's style changes only when the light does.
 */
final class StatusCell extends TreeTableCell<TableItem, Standing> {

    /** The light dot's width with its gap to the words (the dot is sized in app.css). */
    private static final double DOT_GAP = 5;
    private static final double DOT_WIDTH = 11 + DOT_GAP;

    private final Region dot = new Region();
    private final Text words = new Text();
    private final HBox box = new HBox(DOT_GAP, dot, words);
    private Light shownLight;
    private Tooltip tooltip;

    StatusCell() {
        words.getStyleClass().add("tm-cell-text");
        box.setAlignment(Pos.CENTER_LEFT);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        widthProperty().addListener((obs, old, w) -> rewrap());
    }

    @Override
    protected void updateItem(Standing item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            return;
        }
        if (item.light() != shownLight) {
            shownLight = item.light();
            dot.getStyleClass().setAll("tm-light", StatusTexts.lightStyleClass(shownLight));
        }
        setText(StatusTexts.word(item.status()));
        words.setText(getText());
        setGraphic(box);
        String gap = GapTexts.of(item);
        String tip = gap.isEmpty() ? StatusTexts.light(item.light()) : StatusTexts.light(item.light()) + " · " + gap;
        if (tooltip == null) {
            tooltip = new Tooltip(tip);
        } else {
            tooltip.setText(tip);
        }
        setTooltip(tooltip);
        rewrap();
    }

    private void rewrap() {
        words.setWrappingWidth(Math.max(0, getWidth() - snappedLeftInset() - snappedRightInset() - DOT_WIDTH));
    }
}
