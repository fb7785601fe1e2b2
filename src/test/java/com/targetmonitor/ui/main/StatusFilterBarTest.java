package com.targetmonitor.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.model.Status;
import com.targetmonitor.ui.StatusTexts;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The filter boxes above the status table: their lists come with the first opening, and work then. */
@ExtendWith(ApplicationExtension.class)
class StatusFilterBarTest {

    @TempDir
    static Path dir;

    private Session session;
    private MainWindowViewModel vm;
    private StatusTableView view;

    @Start
    void start(Stage stage) {
        Session[] opened = new Session[1];
        vm = StatusTables.seededPlan(dir, opened);
        session = opened[0];
        view = new StatusTableView(vm.table(), vm, indicator -> { });
        StatusTables.show(stage, view);
    }

    @AfterEach
    void close() throws Exception {
        org.testfx.api.FxToolkit.cleanupStages();
        session.close();
    }

    @Test
    void theBoxesListsAreNotInTheWindowUntilOpenedAndAPickedStatusFiltersTheTable(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Node bar = robot.lookup(".tm-filter-bar").query();
        assertThat(robot.from(bar).lookup(".list-view").queryAll()).as("no list in the window before opening").isEmpty();
        int before = StatusTables.items(view).size();

        CheckComboBox<?> statuses = robot.lookup("#" + StatusTableView.STATUS_FILTER_ID).queryAs(CheckComboBox.class);
        robot.clickOn(statuses);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = popupList(robot);
        assertThat(list.getItems()).hasSize(Status.values().length);
        String wanted = StatusTexts.word(Status.MISSED);
        javafx.scene.control.ListCell<?> cell = robot.from(list).lookup(
                (javafx.scene.control.ListCell<?> c) -> wanted.equals(c.getText())).query();
        CheckBox check = robot.from(cell).lookup(".check-box").queryAs(CheckBox.class);
        robot.clickOn(check);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm.table().filterProperty().get().statuses()).isEqualTo(Set.of(Status.MISSED));
        assertThat(StatusTables.items(view).size()).as("the table shows fewer rows").isLessThan(before);
    }

    /** The list of the popup window the box opened. */
    private static ListView<?> popupList(FxRobot robot) {
        List<Window> popups = robot.listWindows().stream().filter(w -> !(w instanceof Stage) && w.isShowing()).toList();
        assertThat(popups).as("the box's popup is open").isNotEmpty();
        return robot.from(popups.get(0).getScene().getRoot()).lookup(".list-view").queryAs(ListView.class);
    }
}
