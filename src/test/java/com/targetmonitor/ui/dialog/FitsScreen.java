package com.targetmonitor.ui.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The check every dialog test makes: the window lies inside the screen's visual bounds, and the
 * buttons that end it (default, cancel) lie fully inside the window and the screen, so they can be
 * reached. The surefire run does it on a 1920×1080 screen and again on a 1366×768 one
 * (execution {@code office-screen} in the pom).
 */
public final class FitsScreen {

    private FitsScreen() {
    }

    /** Shows the dialog (not waiting) unless it is open, checks it, closes it. Call off the FX thread. */
    public static void assertFits(Dialog<?> dialog) {
        WaitForAsyncUtils.asyncFx(() -> {
            if (!dialog.isShowing()) {
                dialog.show();
            }
        });
        settle();
        try {
            Window window = dialog.getDialogPane().getScene().getWindow();
            assertInsideScreen(window);
            List<Node> buttons = dialog.getDialogPane().getButtonTypes().stream()
                    .filter(FitsScreen::endsDialog).map(dialog.getDialogPane()::lookupButton).toList();
            assertThat(buttons).as("the dialog's default and cancel buttons").isNotEmpty();
            buttons.forEach(b -> assertButtonReachable(window, b));
        } finally {
            WaitForAsyncUtils.asyncFx(() -> dialog.getDialogPane().getScene().getWindow().hide());
            settle();
        }
    }

    /** The window lies inside the visual bounds of the primary screen. */
    public static void assertInsideScreen(Window window) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertThat(window.isShowing()).as("shown").isTrue();
        assertThat(window.getWidth()).as("window width on a %s screen", screen).isLessThanOrEqualTo(screen.getWidth());
        assertThat(window.getHeight()).as("window height on a %s screen", screen).isLessThanOrEqualTo(screen.getHeight());
        assertThat(window.getX()).as("left edge").isGreaterThanOrEqualTo(screen.getMinX());
        assertThat(window.getY()).as("top edge").isGreaterThanOrEqualTo(screen.getMinY());
        assertThat(window.getX() + window.getWidth()).as("right edge").isLessThanOrEqualTo(screen.getMaxX() + 0.5);
        assertThat(window.getY() + window.getHeight()).as("bottom edge").isLessThanOrEqualTo(screen.getMaxY() + 0.5);
    }

    /** The node is visible and lies fully inside the window's scene and the screen. */
    public static void assertButtonReachable(Window window, Node button) {
        assertThat(button.isVisible()).as("button visible").isTrue();
        Bounds inScene = button.localToScene(button.getBoundsInLocal());
        String what = button.toString();
        assertThat(inScene.getWidth()).as("%s has a size", what).isPositive();
        assertThat(inScene.getMinX()).as("%s left inside the window", what).isGreaterThanOrEqualTo(0);
        assertThat(inScene.getMinY()).as("%s top inside the window", what).isGreaterThanOrEqualTo(0);
        assertThat(inScene.getMaxX()).as("%s right inside the window", what)
                .isLessThanOrEqualTo(window.getScene().getWidth() + 0.5);
        assertThat(inScene.getMaxY()).as("%s bottom inside the window", what)
                .isLessThanOrEqualTo(window.getScene().getHeight() + 0.5);
        Bounds onScreen = button.localToScreen(button.getBoundsInLocal());
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertThat(onScreen.getMaxY()).as("%s bottom on the screen", what).isLessThanOrEqualTo(screen.getMaxY() + 0.5);
        assertThat(onScreen.getMaxX()).as("%s right on the screen", what).isLessThanOrEqualTo(screen.getMaxX() + 0.5);
        assertThat(onScreen.getMinY()).as("%s top on the screen", what).isGreaterThanOrEqualTo(screen.getMinY() - 0.5);
    }

    private static boolean endsDialog(ButtonType type) {
        ButtonData data = type.getButtonData();
        return data.isDefaultButton() || data.isCancelButton() || data == ButtonData.YES || data == ButtonData.NO;
    }

    /** Lets the dialog be shown, fitted and laid out (the fitting runs in the shown handler). */
    public static void settle() {
        for (int i = 0; i < 4; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
