package com.targetmonitor.ui;

import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;

/** Messages to the user that need a window of their own. */
public final class Dialogs {

    private Dialogs() {
    }

    /**
     * Tells the user the workspace could not be opened and waits until the dialog is closed. Shows
     * the reason in words only, never a stack trace.
     */
    public static void showWorkspaceOpenFailure(Path workspaceFile, String reason) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", com.targetmonitor.ui.dialog.DialogButtons.ok());
        alert.setTitle(I18n.get(CommonMsg.APP_NAME));
        alert.setHeaderText(I18n.get(CommonMsg.STARTUP_ERROR_HEADER));
        Label detail = new Label(I18n.get(CommonMsg.STARTUP_ERROR_DETAIL, workspaceFile.toAbsolutePath().normalize(),
                reason == null || reason.isBlank() ? "" : reason));
        detail.setWrapText(true);
        detail.setMaxWidth(520);
        alert.getDialogPane().setContent(detail);
        com.targetmonitor.ui.dialog.ScreenFit.fit(com.targetmonitor.ui.dialog.DialogButtons.fitToText(alert));
        if (alert.getDialogPane().getScene() != null) {
            AppTheme.style(alert.getDialogPane().getScene());
        }
        alert.showAndWait();
    }

    /** Another window holds the workspace: says who, asks whether to open it read-only. */
    public static boolean confirmReadOnly(Path workspaceFile, String holder) {
        ButtonType yes = com.targetmonitor.ui.dialog.DialogButtons.yes();
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", yes, com.targetmonitor.ui.dialog.DialogButtons.no());
        alert.setTitle(I18n.get(com.targetmonitor.ui.workspace.WorkspaceMsg.WORKSPACE_LOCKED_TITLE));
        alert.setHeaderText(null);
        Label detail = new Label(I18n.get(com.targetmonitor.ui.workspace.WorkspaceMsg.WORKSPACE_LOCKED_QUESTION,
                String.valueOf(workspaceFile.getFileName()), holder));
        detail.setWrapText(true);
        detail.setMaxWidth(520);
        alert.getDialogPane().setContent(detail);
        com.targetmonitor.ui.dialog.ScreenFit.fit(com.targetmonitor.ui.dialog.DialogButtons.fitToText(alert));
        if (alert.getDialogPane().getScene() != null) {
            AppTheme.style(alert.getDialogPane().getScene());
        }
        return alert.showAndWait().filter(yes::equals).isPresent();
    }
}
