package com.targetmonitor.ui.dialog;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Keeps every dialog and secondary window inside the screen it opens on (its visual bounds: the
 * screen less the task bar). An office laptop has 1366×768; a dialog laid out for its content alone
 * opened taller than that and its buttons (确认导入 / 取消) lay below the screen's edge, out of reach.
 *
 * <p>When the window is shown it is shrunk to the visual bounds and moved inside them, and its root's
 * minimum size is lowered to what is left: a {@code DialogPane} never lays itself out below its
 * minimum height, so without that the button bar would still be drawn below the window. The content
 * area then takes what remains (tables and scroll panes shrink), the buttons stay at the bottom.
 */
public final class ScreenFit {

    private ScreenFit() {
    }

    /** Fits the dialog to the screen when it is shown; resizable, so a user can make it larger again. */
    public static <T extends Dialog<?>> T fit(T dialog) {
        return fit(dialog, 0, 0);
    }

    /**
     * Like {@link #fit(Dialog)}, and first grows the dialog to the wished size (as far as the screen
     * allows): a preview of many columns is worth the room a large screen has.
     */
    public static <T extends Dialog<?>> T fit(T dialog, double wishedWidth, double wishedHeight) {
        dialog.setResizable(true);
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, e -> {
            Scene scene = dialog.getDialogPane().getScene();
            if (scene != null && scene.getWindow() != null) {
                clamp(scene.getWindow(), dialog.getDialogPane(), wishedWidth, wishedHeight);
            }
        });
        return dialog;
    }

    /** Fits a window of its own (the print preview) to the screen when it is shown. */
    public static Stage fit(Stage stage) {
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
            Parent root = stage.getScene() == null ? null : stage.getScene().getRoot();
            clamp(stage, root instanceof Region region ? region : null, 0, 0);
        });
        return stage;
    }

    /** The visual bounds of the screen the window is on (most of it), the primary screen otherwise. */
    public static Rectangle2D visualBounds(Window window) {
        List<Screen> screens = window == null || Double.isNaN(window.getX()) ? List.of()
                : Screen.getScreensForRectangle(window.getX(), window.getY(),
                        Math.max(1, window.getWidth()), Math.max(1, window.getHeight()));
        return (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
    }

    static void clamp(Window window, Region root, double wishedWidth, double wishedHeight) {
        Rectangle2D screen = visualBounds(window);
        double frameWidth = window.getScene() == null ? 0 : Math.max(0, window.getWidth() - window.getScene().getWidth());
        double frameHeight = window.getScene() == null ? 0 : Math.max(0, window.getHeight() - window.getScene().getHeight());
        if (root != null) {
            // The root may not ask for more than the screen leaves it, or it lays out beyond the window.
            root.setMinWidth(Math.min(root.minWidth(-1), screen.getWidth() - frameWidth));
            root.setMinHeight(Math.min(root.minHeight(-1), screen.getHeight() - frameHeight));
        }
        double width = Math.min(Math.max(window.getWidth(), wishedWidth), screen.getWidth());
        double height = Math.min(Math.max(window.getHeight(), wishedHeight), screen.getHeight());
        if (window instanceof Stage stage) {
            stage.setMinWidth(Math.min(stage.getMinWidth(), width));
            stage.setMinHeight(Math.min(stage.getMinHeight(), height));
        }
        double x = window.getX();
        double y = window.getY();
        if (width != window.getWidth()) {
            window.setWidth(width);
            x = screen.getMinX() + (screen.getWidth() - width) / 2; // resized: centred again
        }
        if (height != window.getHeight()) {
            window.setHeight(height);
            y = screen.getMinY() + (screen.getHeight() - height) / 2;
        }
        window.setX(within(x, width, screen.getMinX(), screen.getMaxX()));
        window.setY(within(y, height, screen.getMinY(), screen.getMaxY()));
    }

    /** The position nearest to {@code at} that keeps {@code [at, at + size]} inside {@code [min, max]}. */
    private static double within(double at, double size, double min, double max) {
        if (Double.isNaN(at)) {
            return min + (max - min - size) / 2;
        }
        return Math.max(min, Math.min(at, max - size));
    }
}
