package com.targetmonitor.ui.dialog;

import com.targetmonitor.ui.CommonMsg;
import com.targetmonitor.ui.I18n;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Region;

/**
 * Dialog buttons in the application's language. JavaFX's own {@link ButtonType#OK} and friends take
 * their words from the operating system's language, so an English Windows showed "OK / Cancel" in a
 * Chinese window (and the other way round). Made anew on each call: the language can change.
 */
public final class DialogButtons {

    /** Beyond this a message wraps onto more lines rather than making the dialog wider. */
    private static final double MESSAGE_WIDTH = 560;

    private DialogButtons() {
    }

    public static ButtonType ok() {
        return new ButtonType(I18n.get(CommonMsg.BUTTON_OK), ButtonData.OK_DONE);
    }

    public static ButtonType cancel() {
        return new ButtonType(I18n.get(CommonMsg.BUTTON_CANCEL), ButtonData.CANCEL_CLOSE);
    }

    public static ButtonType yes() {
        return new ButtonType(I18n.get(CommonMsg.BUTTON_YES), ButtonData.YES);
    }

    public static ButtonType no() {
        return new ButtonType(I18n.get(CommonMsg.BUTTON_NO), ButtonData.NO);
    }

    /**
     * Lets a dialog grow to its text: resizable, and never shorter than its content, so a long
     * message is never cut with an ellipsis (JavaFX alerts keep a fixed height by default).
     */
    public static <T extends Dialog<?>> T fitToText(T dialog) {
        dialog.setResizable(true);
        DialogPane pane = dialog.getDialogPane();
        pane.setMinHeight(Region.USE_PREF_SIZE);
        if (pane.getContent() == null && pane.getContentText() != null && !pane.getContentText().isEmpty()) {
            javafx.scene.control.Label text = new javafx.scene.control.Label(pane.getContentText());
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            text.setMaxWidth(MESSAGE_WIDTH);
            pane.setContent(text);
        }
        return dialog;
    }
}
