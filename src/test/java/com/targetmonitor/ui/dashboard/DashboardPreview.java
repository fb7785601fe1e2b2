package com.targetmonitor.ui.dashboard;

import com.targetmonitor.ui.state.TestStates;
import com.targetmonitor.ui.state.WindowState;
import com.targetmonitor.logic.status.PlanStatus;
import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.model.Plan;
import com.targetmonitor.ui.AppTheme;
import com.targetmonitor.ui.dialog.FxDialogService;
import com.targetmonitor.ui.print.FxPrinterLookup;
import com.targetmonitor.ui.print.PrintPreviewView;
import com.targetmonitor.ui.print.PrintPreviewViewModel;
import com.targetmonitor.ui.task.FxTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

/**
 * Shows the dashboard tab on a fresh seeded workspace, for looking at it (screenshots under Xvfb).
 * Not a test. Arguments: plan, as-of month, indicator to select, seconds to stay open, then
 * "bottom" to scroll down or "print" to open the print preview over it.
 */
public final class DashboardPreview {

    private DashboardPreview() {
    }

    public static void main(String[] args) throws Exception {
        String planName = args.length > 0 ? args[0] : "金昌市2022年";
        AsOf asOf = AsOf.parse(args.length > 1 ? args[1] : "2022-06");
        String indicatorName = args.length > 2 ? args[2] : "城镇新增就业";
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        String extra = args.length > 4 ? args[4] : "";
        Path dir = Files.createTempDirectory("dashboard-preview");
        Session session = new Session(WorkspaceOpener.openOrCreateWithSeeds(dir.resolve("w.tmdb")));
        Platform.startup(() -> {
            AppTheme.install();
            Stage stage = new Stage();
            FxTaskExecutor tasks = new FxTaskExecutor(Throwable::printStackTrace);
            FxDialogService dialogs = new FxDialogService(() -> stage);
            Plan plan = new PlanStatusService(session.workspace()).findPlan(planName);
            DashboardViewModel vm = new DashboardViewModel(TestStates.showing(session, tasks, DashboardViewModel.VIEW), tasks, dialogs);
            vm.show(plan, asOf);
            session.workspace().indicators().findByPlan(plan.id()).stream()
                    .filter(i -> i.name().equals(indicatorName)).findFirst()
                    .ifPresent(i -> vm.selectIndicator(i.id()));
            DashboardView view = new DashboardView(vm);
            TabPane tabs = new TabPane(new Tab("指标进度"), new Tab("实际值录入"), new Tab("责任单位"),
                    new Tab(DashboardView.tabTitle(), view.root()));
            tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
            tabs.getSelectionModel().select(3);
            Scene scene = new Scene(tabs, 1400, 900);
            AppTheme.style(scene);
            stage.setTitle("dashboard preview");
            stage.setScene(scene);
            stage.setX(0);
            stage.setY(0);
            stage.show();
            if (extra.equals("bottom")) {
                Platform.runLater(() -> Platform.runLater(() ->
                        tabs.lookupAll(".tm-dashboard-scroll").forEach(n -> ((ScrollPane) n).setVvalue(1))));
            }
            if (extra.equals("print")) {
                PlanStatus status = new PlanStatusService(session.workspace()).status(plan, asOf);
                PrintPreviewViewModel print = new PrintPreviewViewModel(dialogs, tasks, new FxPrinterLookup(() -> stage));
                Platform.runLater(() -> PrintPreviewView.show(stage, print, status));
            }
        });
        Thread.sleep(seconds * 1000L);
        Platform.exit();
        session.close();
        System.exit(0);
    }
}
