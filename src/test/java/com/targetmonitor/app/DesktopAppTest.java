package com.targetmonitor.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.Plan;
import com.targetmonitor.persistence.Workspace;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.MainView;
import com.targetmonitor.ui.MainViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window, headless (Monocle), on a temporary seeded workspace: never the user's folder. */
@ExtendWith(ApplicationExtension.class)
class DesktopAppTest {

    @TempDir
    Path tempDir;

    private Workspace workspace;
    private MainViewModel viewModel;
    private Stage stage;

    @Start
    void start(Stage stage) {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        Path file = tempDir.resolve("w.tmdb");
        workspace = WorkspaceOpener.openOrCreateWithSeeds(file);
        this.stage = stage;
        viewModel = DesktopApp.installMainWindow(stage, workspace);
        stage.show();
    }

    @AfterEach
    void closeWorkspace() {
        if (workspace != null) {
            workspace.close();
        }
    }

    @Test
    void listShowsTheSeedPlans(FxRobot robot) {
        TableView<?> table = robot.lookup("#" + MainView.PLAN_TABLE_ID).queryTableView();
        assertThat(table.getItems()).hasSize(3);

        assertThat(robot.lookup(cellWithText("金昌市2022年")).tryQuery()).isPresent();
        assertThat(robot.lookup(cellWithText("金昌市2023年")).tryQuery()).isPresent();
        assertThat(robot.lookup(cellWithText("嘉峪关市2022年")).tryQuery()).isPresent();
    }

    @Test
    void titleNamesTheWorkspaceFile() {
        assertThat(stage.getTitle()).contains("w.tmdb").startsWith("目标进度监测");
    }

    @Test
    void statusLineShowsPathAndCount(FxRobot robot) {
        Label status = robot.lookup("#" + MainView.STATUS_LINE_ID).queryAs(Label.class);
        assertThat(status.getText()).contains(workspace.file().toAbsolutePath().normalize().toString())
                .contains("3");
        assertThat(status.isVisible()).isTrue();
    }

    @Test
    void clickingARowSelectsThePlan(FxRobot robot) {
        Node cell = robot.lookup(cellWithText("金昌市2023年")).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();

        Plan selected = viewModel.selectedPlanProperty().get();
        assertThat(selected).isNotNull();
        assertThat(selected.name()).isEqualTo("金昌市2023年");
    }

    @Test
    void workspaceIsTheTemporaryOne() {
        assertThat(Files.exists(tempDir.resolve("w.tmdb"))).isTrue();
        assertThat(viewModel.workspaceFile()).isEqualTo(tempDir.resolve("w.tmdb"));
    }

    private static java.util.function.Predicate<Node> cellWithText(String text) {
        return node -> node instanceof TableCell<?, ?> && node.isVisible() && text.equals(((Labeled) node).getText());
    }
}
