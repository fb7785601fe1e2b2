package com.targetmonitor.ui.main;

import javafx.scene.control.ComboBox;
import javafx.scene.control.SkinBase;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import org.controlsfx.control.CheckComboBox;

/**
 * Keeps a combo box's popup list out of the window until the box is first opened. JavaFX's combo skin
 * adds its list to the box's children at once (hidden, so that it is styled for sizing the box): a list
 * of some 24 nodes per box, made, styled and laid out with the window's first pass though never shown
 * then. Only for boxes of a fixed width; the popup styles and sizes its list when it opens.
 */
final class PopupLists {

    private PopupLists() {
    }

    /** For a box whose width is set (its skin would otherwise size it from the list). */
    static void outUntilOpened(ComboBox<?> box) {
        box.skinProperty().addListener((obs, old, skin) -> {
            if (skin instanceof ComboBoxListViewSkin<?> list) {
                list.getChildren().remove(list.getPopupContent());
            }
        });
    }

    /** For ControlsFX's check box, which holds a JavaFX combo box in its skin. */
    static void outUntilOpened(CheckComboBox<?> box) {
        box.skinProperty().addListener((obs, old, skin) -> {
            if (skin instanceof SkinBase<?> base) {
                base.getChildren().stream().filter(n -> n instanceof ComboBox<?>).findFirst()
                        .ifPresent(inner -> outUntilOpened((ComboBox<?>) inner));
            }
        });
    }
}
