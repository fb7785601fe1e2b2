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
    private static final String DETAILS_LOCALIZED = "detailsLinkInAppLanguage";

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
     * The "show details" link of a dialog with expandable content in the application's language
     * (JavaFX words it in the system's). The link is made during the dialog's first layout, so it is
     * looked for after each layout until found; our listener on the expanded state is added after
     * JavaFX's, so its words are the last ones set.
     */
    public static void localizeDetailsLink(DialogPane pane) {
        javafx.scene.Scene scene = pane.getScene();
        if (scene == null) {
            return;
        }
        Runnable[] lookForLink = new Runnable[1];
        lookForLink[0] = () -> {
            if (pane.lookup(".details-button") instanceof javafx.scene.control.Hyperlink link) {
                // Not removed while the scene runs its listeners: after this pulse.
                javafx.application.Platform.runLater(() -> scene.removePostLayoutPulseListener(lookForLink[0]));
                Runnable words = () -> link.setText(I18n.get(pane.isExpanded() ? CommonMsg.BUTTON_HIDE_DETAILS
                        : CommonMsg.BUTTON_SHOW_DETAILS));
                if (!(link.getProperties().containsKey(DETAILS_LOCALIZED))) {
                    link.getProperties().put(DETAILS_LOCALIZED, Boolean.TRUE);
                    pane.expandedProperty().addListener(obs -> words.run());
                }
                words.run();
            }
        };
        scene.addPostLayoutPulseListener(lookForLink[0]);
        pane.requestLayout();
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
            // A wrapping label still asks for its text's whole width on one line, which made a long
            // message's dialog wider than the screen: ask for at most the message width instead.
            double oneLine = new javafx.scene.text.Text(pane.getContentText()).getLayoutBounds().getWidth() + 4;
            text.setPrefWidth(Math.min(MESSAGE_WIDTH, oneLine));
            text.setMaxWidth(MESSAGE_WIDTH);
            pane.setContent(text);
        }
        return dialog;
    }
}
