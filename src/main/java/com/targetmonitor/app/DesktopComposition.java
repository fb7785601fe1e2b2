package com.targetmonitor.app;

import com.targetmonitor.logic.account.AccountService;
import com.targetmonitor.logic.change.Change;
import com.targetmonitor.logic.backup.BackupStore;
import com.targetmonitor.logic.backup.SessionBackups;
import com.targetmonitor.logic.excel.export.ExportService;
import com.targetmonitor.logic.excel.imports.ImportService;
import com.targetmonitor.logic.extract.DocumentImportService;
import com.targetmonitor.logic.settings.Settings;
import com.targetmonitor.logic.settings.SettingsStore;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.logic.workspace.WorkspaceFiles;
import com.targetmonitor.ui.accounts.AccountsView;
import com.targetmonitor.ui.accounts.AccountsViewModel;
import com.targetmonitor.ui.actuals.ActualsGridView;
import com.targetmonitor.ui.actuals.ActualsGridViewModel;
import com.targetmonitor.ui.dashboard.DashboardView;
import com.targetmonitor.ui.dashboard.DashboardViewModel;
import com.targetmonitor.ui.detail.DetailView;
import com.targetmonitor.ui.detail.DetailViewModel;
import com.targetmonitor.ui.dialog.DialogService;
import com.targetmonitor.ui.edit.EditActions;
import com.targetmonitor.ui.excel.ExcelExportViewModel;
import com.targetmonitor.ui.excel.ExcelMenu;
import com.targetmonitor.ui.excel.ImportHistoryViewModel;
import com.targetmonitor.ui.excel.ImportPreviewViewModel;
import com.targetmonitor.ui.extract.ExtractMenu;
import com.targetmonitor.ui.extract.ExtractReviewViewModel;
import com.targetmonitor.ui.edit.FxFormPresenter;
import com.targetmonitor.ui.main.DefaultMonthMenu;
import com.targetmonitor.ui.main.EditMenu;
import com.targetmonitor.ui.main.MainWindowViewModel;
import com.targetmonitor.ui.main.WindowParts;
import com.targetmonitor.ui.print.FxPrinterLookup;
import com.targetmonitor.ui.print.PrintMenu;
import com.targetmonitor.ui.print.PrintPreviewViewModel;
import com.targetmonitor.ui.rules.RuleSetView;
import com.targetmonitor.ui.rules.RuleSetViewModel;
import com.targetmonitor.ui.state.FeatureTab;
import com.targetmonitor.ui.state.WindowState;
import com.targetmonitor.ui.task.FxTaskExecutor;
import com.targetmonitor.ui.task.TaskExecutor;
import com.targetmonitor.ui.task.TaskStatusView;
import javafx.scene.layout.Region;
import com.targetmonitor.ui.units.UnitsView;
import com.targetmonitor.ui.units.UnitsViewModel;
import com.targetmonitor.ui.workspace.BackupsView;
import com.targetmonitor.ui.workspace.BackupsViewModel;
import com.targetmonitor.ui.workspace.ServerWorkspaceViewModel;
import com.targetmonitor.ui.workspace.WorkspaceMenu;
import com.targetmonitor.ui.workspace.WorkspaceViewModel;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Every long-lived ViewModel of the window, built once with constructor injection; the views are
 * built from them on demand (again after a language switch).
 */
final class DesktopComposition {

    final Session session;
    final WindowState state;
    final SettingsStore settings;
    final MainWindowViewModel main;
    final ActualsGridViewModel grid;
    final EditActions editActions;
    final EditMenu editMenu;
    final WorkspaceViewModel workspaces;
    final WorkspaceMenu workspaceMenu;
    final DetailViewModel detail;
    final UnitsViewModel units;
    final DashboardViewModel dashboard;
    final PrintPreviewViewModel print;
    final ExcelMenu excelMenu;
    final ExtractMenu extractMenu;
    private final Stage stage;
    private final DialogService dialogs;
    private final TaskExecutor tasks;
    private final BackupsViewModel backupsViewModel;

    DesktopComposition(Stage stage, Session session, TaskExecutor tasks, DialogService dialogs,
                       SettingsStore settings) {
        this.stage = stage;
        this.session = session;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.settings = settings;
        // The one state every view reads: plan, month, selection, the standing computed once per change.
        state = new WindowState(session, tasks);
        // Other officers' changes to a shared workspace arrive as the same typed changes, on the FX thread.
        session.followOthers(javafx.application.Platform::runLater);
        main = new MainWindowViewModel(state);
        grid = new ActualsGridViewModel(state, dialogs);
        detail = new DetailViewModel(state);
        units = new UnitsViewModel(state);
        dashboard = new DashboardViewModel(state, tasks, dialogs);
        print = new PrintPreviewViewModel(dialogs, tasks, new FxPrinterLookup(() -> stage));
        // Imports are not undo steps (they have their own history): publish what they changed.
        ImportService importService = new ImportService(session);
        excelMenu = new ExcelMenu(new ImportPreviewViewModel(importService, tasks, dialogs, state.planProperty()::get),
                new ImportHistoryViewModel(importService, tasks, dialogs, state.planProperty()::get),
                new ExcelExportViewModel(new ExportService(session), tasks, dialogs, state.planProperty()::get,
                        () -> state.asOfProperty().get()),
                state.planProperty(), () -> stage, () -> session.publish(new Change.Structure()));
        extractMenu = new ExtractMenu(new ExtractReviewViewModel(new DocumentImportService(session), tasks, dialogs,
                state.planProperty()::get), () -> stage, () -> session.publish(new Change.Structure()));
        editActions = new EditActions(session, dialogs, new FxFormPresenter(() -> stage));
        editMenu = new EditMenu(main, editActions);
        WorkspaceFiles workspaceFiles = new WorkspaceFiles(session);
        workspaces = new WorkspaceViewModel(workspaceFiles, dialogs, settings, tasks);
        workspaceMenu = new WorkspaceMenu(workspaces,
                () -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        SessionBackups backups = new SessionBackups(session, BackupStore.standard());
        backupsViewModel = new BackupsViewModel(backups, tasks, dialogs);
        // The first open of each day of any workspace the window switches to is backed up too.
        session.addListener(ws -> backupsViewModel.backUpTodayIfDue());
        workspaceMenu.setServer(new ServerWorkspaceViewModel(workspaceFiles, dialogs, tasks));
        AccountsViewModel accounts = new AccountsViewModel(new AccountService(session), tasks, dialogs);
        workspaceMenu.setOnAccounts(() -> new AccountsView(accounts).showAndWait(stage));
        workspaceMenu.setOnBackups(() -> new BackupsView(backupsViewModel).showAndWait(stage));
    }

    WindowParts parts() {
        // Each feature gives its tab; one line each, in the order the window shows them.
        List<FeatureTab> tabs = List.of(
                ActualsGridView.tab(grid),
                UnitsView.tab(units),
                DashboardView.tab(dashboard));
        return new DesktopWindowParts(() -> new DetailView(detail).root(), tabs,
                () -> PrintMenu.withPrintItems(workspaceMenu.items(), print, state.standingProperty(), () -> stage),
                editMenu::items,
                this::dataMenuItems,
                () -> List.of(DefaultMonthMenu.build(() -> settings.load().defaultAsOf(),
                        choice -> settings.update(s -> s.withDefaultAsOf(choice)))),
                () -> tasks instanceof FxTaskExecutor fx ? new TaskStatusView(fx).root() : new Region(),
                editMenu::open);
    }

    private List<MenuItem> dataMenuItems() {
        List<MenuItem> data = new ArrayList<>(excelMenu.items());
        data.add(new SeparatorMenuItem());
        data.addAll(extractMenu.items());
        data.add(new SeparatorMenuItem());
        data.add(RuleSetView.menuItem(main.selectedPlanProperty(), plan -> new RuleSetViewModel(session, dialogs, plan),
                () -> stage));
        return data;
    }

    /** Opens the remembered plan at the month the settings ask for, computing its standing once. */
    void restore(Settings s) {
        main.table().setZoom(s.tableZoom());
        main.table().detailShownProperty().set(s.detailShown());
        main.load(s.lastPlanName(), (plan, latest) -> {
            YearMonth lastUsed = s.lastAsOf() != null && s.lastAsOf().getYear() == plan.year() ? s.lastAsOf() : null;
            return s.defaultAsOf().resolve(YearMonth.now(), lastUsed, latest);
        });
        // Behind the first standing on the background thread: the table first, then the day's backup.
        backupsViewModel.backUpTodayIfDue();
    }

    /** What to remember of this run. */
    Settings remember(Settings s) {
        var plan = main.selectedPlanProperty().get();
        var asOf = main.selectedAsOfProperty().get();
        return s.withLastShown(plan == null ? null : plan.name(), asOf == null ? null : asOf.asOf().month())
                .withTableLayout(main.table().zoomPercentProperty().get(), main.table().detailShownProperty().get());
    }
}
