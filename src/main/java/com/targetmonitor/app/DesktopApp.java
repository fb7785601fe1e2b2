package com.targetmonitor.app;

import com.targetmonitor.logic.settings.Settings;
import com.targetmonitor.logic.settings.SettingsStore;
import com.targetmonitor.logic.workspace.AppDataFolder;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.persistence.Workspace;
import com.targetmonitor.persistence.WorkspaceFileException;
import com.targetmonitor.ui.AppTheme;
import com.targetmonitor.ui.Dialogs;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.IconFonts;
import com.targetmonitor.ui.dialog.DialogService;
import com.targetmonitor.ui.dialog.FxDialogService;
import com.targetmonitor.ui.main.MainWindowView;
import com.targetmonitor.ui.workspace.ErrorReporter;
import com.targetmonitor.ui.workspace.WorkspaceDropSupport;
import com.targetmonitor.ui.main.WindowParts;
import com.targetmonitor.ui.task.FxTaskExecutor;
import com.targetmonitor.ui.task.TaskExecutor;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop application and its composition root: opens the user's workspace (a new one starts
 * from the seed plans), builds every ViewModel once and the views from them, and closes the
 * workspace on exit. Started by {@link Launcher}, which must not itself extend {@link Application}.
 */
public final class DesktopApp extends Application {

    /** Not a static logger: loading this class, on the launching thread, would set up logback there. */
    private static Logger log() {
        return LoggerFactory.getLogger(DesktopApp.class);
    }

    static final double WIDTH = 1200;
    static final double HEIGHT = 760;
    static final double MIN_WIDTH = 800;
    static final double MIN_HEIGHT = 540;

    /** Set when the window could not be started; the process then ends with a non-zero code. */
    private static volatile boolean startFailed;
    /** SQLite's library and the log file, readied while the toolkit starts (null when started otherwise). */
    private static volatile DesktopPreparation preparation;

    private Session session;
    private FxTaskExecutor tasks;

    public static void launchDesktop(String[] args) {
        preparation = DesktopPreparation.start(AppDataFolder.resolve());
        Application.launch(DesktopApp.class, args);
        if (startFailed) {
            System.exit(1);
        }
    }

    @Override
    public void start(Stage stage) {
        if (preparation != null) {
            preparation.await();
        }
        IconFonts.loadInBackground();
        AppTheme.install();
        SettingsStore settingsStore = SettingsStore.inAppDataFolder();
        boolean firstStart = !java.nio.file.Files.exists(settingsStore.file());
        Settings settings = preparation != null && preparation.settings() != null ? preparation.settings()
                : settingsStore.load();
        if (System.getProperty(I18n.LANGUAGE_PROPERTY) == null) {
            I18n.setLocale(I18n.localeFor(settings.language()));
        }
        DialogService dialogs = new FxDialogService(() -> stage);
        ErrorReporter errors = new ErrorReporter(dialogs);
        ErrorHandling.install(errors);
        Workspace workspace = openLastOrDefault(settings);
        if (workspace == null) {
            return;
        }
        session = new Session(workspace);
        tasks = new FxTaskExecutor(errors::report);
        DesktopComposition parts = install(stage, session, tasks, dialogs, settingsStore);
        stage.setWidth(settings.windowWidth());
        stage.setHeight(settings.windowHeight());
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        boolean maximize = maximizeAtStart(settings, firstStart, screen.getWidth(), screen.getHeight());
        if (maximize && !settings.windowMaximized()) {
            // Also the screen's size itself: without a window manager (or one that ignores the request)
            // maximizing does nothing.
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            stage.setWidth(screen.getWidth());
            stage.setHeight(screen.getHeight());
        }
        stage.setMaximized(maximize);
        stage.setOnCloseRequest(e -> settingsStore.update(s -> parts.remember(s)
                .withWindow(stage.getWidth(), stage.getHeight(), stage.isMaximized())
                .withColumnWidths(Window.columnWidths(stage))));
        stage.show();
        ClassDataArchive.remakeLaterIfUnused();
        // Started by double-clicking a workspace file: open it as File > Open does (a bad one is refused).
        WorkspaceArgument.of(getParameters().getRaw().toArray(String[]::new)).ifPresent(parts.workspaces::open);
    }

    /**
     * Whether the window opens maximized: as it was left, and on the first start when the default size
     * would nearly fill the screen anyway (an office laptop's 1366×768), where a window a little smaller
     * than the screen only takes width from the status table.
     */
    static boolean maximizeAtStart(Settings settings, boolean firstStart, double screenWidth, double screenHeight) {
        return settings.windowMaximized() || firstStart
                && (settings.windowWidth() > 0.8 * screenWidth || settings.windowHeight() > 0.8 * screenHeight);
    }

    /** The most recent workspace, or the default one (a new default starts from the seed plans). */
    private static Workspace openLastOrDefault(Settings settings) {
        Path recent = settings.recentFiles().stream().findFirst().orElse(null);
        if (recent != null) {
            try {
                return WorkspaceOpener.openForWindow(recent, false);
            } catch (WorkspaceFileException e) {
                if (e.reason() == WorkspaceFileException.Reason.LOCKED) {
                    // A second window on the same workspace: say who holds it, offer to read it only.
                    if (Dialogs.confirmReadOnly(recent, e.detail())) {
                        return Workspace.openReadOnly(recent);
                    }
                    Platform.exit();
                    return null;
                }
                log().warn("cannot reopen {}; opening the default workspace", recent, e);
            } catch (RuntimeException e) {
                log().warn("cannot reopen {}; opening the default workspace", recent, e);
            }
        }
        Path file = AppDataFolder.defaultWorkspace();
        try {
            return WorkspaceOpener.openOrCreateForWindow(file);
        } catch (RuntimeException e) {
            log().error("cannot open workspace {}", file, e);
            startFailed = true;
            Dialogs.showWorkspaceOpenFailure(file, e.getMessage());
            Platform.exit();
            return null;
        }
    }

    /** The status table on screen in the stage's window, or null. */
    static com.targetmonitor.ui.main.StatusTableView statusTable(Stage stage) {
        return Window.statusTable(stage);
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.close();
        }
        if (session != null) {
            session.close();
            session = null;
        }
    }

    /**
     * Puts the main window for a session on the stage (scene, theme, title) without showing it and
     * opens the remembered plan. Tests call it with a temporary workspace, a settings folder of their
     * own and the synchronous task executor, so they never touch the user's folder.
     */
    static DesktopComposition install(Stage stage, Session session, TaskExecutor tasks, DialogService dialogs,
                                      SettingsStore settingsStore) {
        IconFonts.loadInBackground();
        AppTheme.install();
        DesktopComposition parts = new DesktopComposition(stage, session, tasks, dialogs, settingsStore);
        Settings settings = settingsStore.load();
        // The plan first: its standing is computed on the background thread while the views are built
        // and styled on this one (at 10,000 indicators both take about a second).
        parts.restore(settings);
        Window window = new Window(stage, parts, settingsStore);
        stage.getProperties().put(Window.class, window);
        window.show();
        WorkspaceDropSupport.install(stage.getScene(), parts.workspaces);
        stage.titleProperty().bind(parts.main.titleProperty());
        // Small enough for a 1024×600 netbook with a task bar, large enough that the table keeps its rows.
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        return parts;
    }

    /** Builds the views from the long-lived ViewModels, and builds them again in another language. */
    private static final class Window {
        private final Stage stage;
        private final DesktopComposition parts;
        private final WindowParts windowParts;
        private final SettingsStore settings;
        /** This window's scene: made on the first show, its root replaced on a language switch. */
        private Scene scene;
        /** The view on screen now; replaced on a language switch. */
        private MainWindowView view;

        Window(Stage stage, DesktopComposition parts, SettingsStore settings) {
            this.stage = stage;
            this.parts = parts;
            this.windowParts = parts.parts();
            this.settings = settings;
        }

        void show() {
            view = new MainWindowView(parts.main, windowParts, this::switchLanguage);
            Settings s = settings.load();
            view.statusTable().applyColumnWidths(s::columnWidth);
            if (scene == null) {
                scene = new Scene(view.root(), WIDTH, HEIGHT);
                AppTheme.style(scene);
                stage.setScene(scene);
            } else {
                scene.setRoot(view.root());
            }
        }

        private void switchLanguage(Locale locale) {
            int tab = view.tabs().getSelectionModel().getSelectedIndex();
            settings.update(s -> s.withColumnWidths(view.statusTable().columnWidths())
                    .withLanguage(locale.getLanguage().equals("en") ? Settings.ENGLISH : Settings.CHINESE));
            I18n.setLocale(locale);
            // The ViewModels keep plan, month, selection and computed status; only texts and views change.
            parts.main.refreshTexts();
            parts.workspaces.refreshTexts();
            parts.dashboard.refreshTexts();
            show();
            view.tabs().getSelectionModel().select(tab);
        }

        /** The status table on screen now (tests copy from it). */
        static com.targetmonitor.ui.main.StatusTableView statusTable(Stage stage) {
            Object window = stage.getProperties().get(Window.class);
            return window instanceof Window w && w.view != null ? w.view.statusTable() : null;
        }

        /** The status table's column widths, by column id, to remember between runs. */
        static Map<String, Double> columnWidths(Stage stage) {
            Object window = stage.getProperties().get(Window.class);
            return window instanceof Window w && w.view != null ? w.view.statusTable().columnWidths() : Map.of();
        }
    }
}
