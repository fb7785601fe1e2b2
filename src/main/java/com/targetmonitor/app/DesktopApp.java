package com.targetmonitor.app;

import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.logic.workspace.AppDataFolder;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.persistence.Workspace;
import com.targetmonitor.ui.AppTheme;
import com.targetmonitor.ui.Dialogs;
import com.targetmonitor.ui.MainView;
import com.targetmonitor.ui.MainViewModel;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop application and its composition root: opens the user's workspace (a new one starts
 * from the seed plans), wires service, view model and view, and closes the workspace on exit.
 * Started by {@link Launcher}, which must not itself extend {@link Application}.
 */
public final class DesktopApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopApp.class);

    static final double WIDTH = 960;
    static final double HEIGHT = 600;

    /** Set when the window could not be started; the process then ends with a non-zero code. */
    private static volatile boolean startFailed;

    private Workspace workspace;

    public static void launchDesktop(String[] args) {
        Application.launch(DesktopApp.class, args);
        if (startFailed) {
            System.exit(1);
        }
    }

    @Override
    public void start(Stage stage) {
        AppTheme.install();
        Path file = AppDataFolder.defaultWorkspace();
        try {
            workspace = WorkspaceOpener.openOrCreateWithSeeds(file);
        } catch (RuntimeException e) {
            LOG.error("cannot open workspace {}", file, e);
            startFailed = true;
            Dialogs.showWorkspaceOpenFailure(file, e.getMessage());
            Platform.exit();
            return;
        }
        installMainWindow(stage, workspace);
        stage.show();
    }

    @Override
    public void stop() {
        if (workspace != null) {
            try {
                workspace.close();
            } catch (RuntimeException e) {
                LOG.warn("cannot close workspace {}", workspace.file(), e);
            }
            workspace = null;
        }
    }

    /**
     * Puts the main window for an open workspace on the stage (scene, theme, title) without showing
     * it, and loads the plans. The caller keeps ownership of the workspace and closes it. Tests use
     * this with a temporary workspace so they never touch the user's folder.
     *
     * @return the window's view model
     */
    public static MainViewModel installMainWindow(Stage stage, Workspace workspace) {
        AppTheme.install();
        MainViewModel viewModel = new MainViewModel(new PlanStatusService(workspace), workspace.file());
        MainView view = new MainView(viewModel);
        viewModel.load();
        Scene scene = new Scene(view.root(), WIDTH, HEIGHT);
        AppTheme.style(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setMinWidth(480);
        stage.setMinHeight(320);
        return viewModel;
    }
}
