package com.targetmonitor.ui.workspace;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * Lets a file dragged from the file manager onto the window open as the workspace. Any single file
 * is accepted: the ViewModel checks whether it is a workspace and says so if it is not. While a file
 * is held over the window, its root shows {@value #DROP_TARGET_STYLE}.
 */
public final class WorkspaceDropSupport {

    public static final String DROP_TARGET_STYLE = "tm-drop-target";

    private WorkspaceDropSupport() {
    }

    /** Makes the whole scene a drop target for workspace files. */
    public static void install(Scene scene, WorkspaceViewModel viewModel) {
        Objects.requireNonNull(viewModel, "viewModel");
        scene.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (event.getGestureSource() == null && fileToOpen(event.getDragboard()).isPresent()
                    && !viewModel.isBusy()) {
                event.acceptTransferModes(TransferMode.COPY, TransferMode.LINK);
                highlight(scene, true);
                event.consume();
            }
        });
        scene.addEventHandler(DragEvent.DRAG_EXITED, event -> highlight(scene, false));
        scene.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            highlight(scene, false);
            Optional<Path> file = fileToOpen(event.getDragboard());
            file.ifPresent(viewModel::open);
            event.setDropCompleted(file.isPresent());
            event.consume();
        });
    }

    private static Optional<Path> fileToOpen(Dragboard board) {
        return board.hasFiles() ? fileToOpen(board.getFiles()) : Optional.empty();
    }

    /** The file to open from what was dropped: exactly one file (a workspace is one file). */
    static Optional<Path> fileToOpen(List<File> dropped) {
        if (dropped == null || dropped.size() != 1 || !dropped.get(0).isFile()) {
            return Optional.empty();
        }
        return Optional.of(dropped.get(0).toPath());
    }

    private static void highlight(Scene scene, boolean on) {
        Node root = scene.getRoot();
        if (root == null) {
            return;
        }
        if (on && !root.getStyleClass().contains(DROP_TARGET_STYLE)) {
            root.getStyleClass().add(DROP_TARGET_STYLE);
        } else if (!on) {
            root.getStyleClass().remove(DROP_TARGET_STYLE);
        }
    }
}
