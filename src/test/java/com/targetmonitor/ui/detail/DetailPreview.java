package com.targetmonitor.ui.detail;

import com.targetmonitor.ui.state.TestStates;
import com.targetmonitor.ui.state.WindowState;
import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.model.Plan;
import com.targetmonitor.ui.AppTheme;
import com.targetmonitor.ui.state.ViewId;
import com.targetmonitor.ui.units.UnitsView;
import com.targetmonitor.ui.units.UnitsViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;

/**
 * Shows the detail pane and the units view side by side on a fresh seeded workspace, for looking at
 * them (screenshots under Xvfb). Not a test. Arguments: plan, indicator name, as-of month, unit to
 * select, seconds to stay open, "bottom" to scroll down, "indicator=value" to change a target first.
 */
public final class DetailPreview {

    private DetailPreview() {
    }

    public static void main(String[] args) throws Exception {
        String planName = args.length > 0 ? args[0] : "金昌市2022年";
        String indicatorName = args.length > 1 ? args[1] : "城镇新增就业";
        AsOf asOf = AsOf.parse(args.length > 2 ? args[2] : "2022-06");
        String unitName = args.length > 3 ? args[3] : "金昌市发展改革委";
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        boolean bottom = args.length > 5 && args[5].equals("bottom");
        Path dir = Files.createTempDirectory("detail-preview");
        Session session = new Session(WorkspaceOpener.openOrCreateWithSeeds(dir.resolve("w.tmdb")));
        if (args.length > 6) {
            // "indicator=value": change one target first, e.g. to see a decomposition that does not add up.
            String[] change = args[6].split("=");
            Plan plan = new PlanStatusService(session.workspace()).findPlan(planName);
            session.workspace().indicators().findByPlan(plan.id()).stream().filter(i -> i.name().equals(change[0]))
                    .findFirst().ifPresent(i -> session.workspace().indicators()
                            .save(i.withTarget(i.target().withValue(Double.parseDouble(change[1])))));
        }
        Platform.startup(() -> {
            AppTheme.install();
            Plan plan = new PlanStatusService(session.workspace()).findPlan(planName);
            Long id = session.workspace().indicators().findByPlan(plan.id()).stream()
                    .filter(i -> i.name().equals(indicatorName)).findFirst().orElseThrow().id();
            WindowState state = TestStates.showing(session, ViewId.STATUS);
            DetailViewModel detail = new DetailViewModel(state);
            detail.show(plan, asOf, id);
            // The units view works while on screen; the detail pane keeps what it has just shown.
            state.shownViewProperty().set(UnitsViewModel.VIEW);
            UnitsViewModel units = new UnitsViewModel(state);
            units.setPlan(plan, asOf);
            units.selectUnit(unitName);
            SplitPane split = new SplitPane(new DetailView(detail).root(), new UnitsView(units).root());
            split.setDividerPositions(0.5);
            Scene scene = new Scene(split, 1400, 900);
            AppTheme.style(scene);
            Stage stage = new Stage();
            stage.setTitle("detail preview");
            stage.setScene(scene);
            stage.setX(0);
            stage.setY(0);
            stage.show();
            if (bottom) {
                Platform.runLater(() -> split.lookupAll(".scroll-pane").forEach(n -> ((ScrollPane) n).setVvalue(1)));
            }
        });
        Thread.sleep(seconds * 1000L);
        Platform.exit();
        session.close();
        System.exit(0);
    }
}
