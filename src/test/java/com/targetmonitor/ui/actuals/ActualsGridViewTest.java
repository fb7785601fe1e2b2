package com.targetmonitor.ui.actuals;

import com.targetmonitor.ui.state.TestStates;
import com.targetmonitor.ui.state.WindowState;
import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Plan;
import com.targetmonitor.ui.AppTheme;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.dialog.RecordingDialogService;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The grid with keyboard and mouse, headless (Monocle), on a temporary seeded workspace. */
@ExtendWith(ApplicationExtension.class)
class ActualsGridViewTest {

    private static final String JOBS = "城镇新增就业";

    @TempDir
    Path tempDir;

    private Session session;
    private ActualsGridView view;

    @Start
    void start(Stage stage) {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        AppTheme.install();
        session = new Session(WorkspaceOpener.openOrCreateWithSeeds(tempDir.resolve("w.tmdb")));
        view = new ActualsGridView(new ActualsGridViewModel(
                TestStates.showing(session, ActualsGridViewModel.VIEW), new RecordingDialogService()));
        view.setPlan(plan());
        Scene scene = new Scene(view.root(), 1260, 780);
        AppTheme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        view.viewModel().dispose();
        session.close();
    }

    @Test
    void typingAValueAndEnterStoresItAndMovesDown(FxRobot robot) {
        int row = clickCell(robot, JOBS, 7);

        robot.write("6800");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stored(JOBS, 7)).map(Observation::value).contains(6800.0);
        assertThat(cell(robot, row, 7).getText()).isEqualTo("6800");
        TablePosition<?, ?> focus = table(robot).getFocusModel().getFocusedCell();
        assertThat(focus.getRow()).isEqualTo(row + 1);
        assertThat(focus.getTableColumn().getId()).isEqualTo("period7");
        assertThat(message(robot).getStyleClass()).doesNotContain(ActualsGridView.ERROR_CLASS);
    }

    @Test
    void textThatIsNoNumberShowsWhyAndMarksTheCell(FxRobot robot) {
        int row = clickCell(robot, JOBS, 7);

        robot.write("abc");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        Label message = message(robot);
        assertThat(message.getText()).isEqualTo("城镇新增就业 1-7月：“abc”不是数字");
        assertThat(message.getStyleClass()).contains(ActualsGridView.ERROR_CLASS);
        assertThat(cell(robot, row, 7).getStyleClass()).contains(ActualsTableCell.INVALID_CLASS);
        assertThat(stored(JOBS, 7)).isEmpty();

        // Still editing: Escape gives up, the stored value is unchanged.
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot).getEditingCell()).isNull();
        assertThat(cell(robot, row, 7).getText()).isEmpty();
    }

    @Test
    void clickingAnotherCellStoresWhatWasTyped(FxRobot robot) {
        int row = clickCell(robot, JOBS, 9);
        robot.write("7,500");
        robot.clickOn(cell(robot, row + 1, 9));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stored(JOBS, 9)).map(Observation::value).contains(7500.0);
        assertThat(table(robot).getEditingCell()).isNull();
    }

    @Test
    void tabMovesRightAndDeleteClears(FxRobot robot) {
        int row = clickCell(robot, JOBS, 6);
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot).getFocusModel().getFocusedCell().getTableColumn().getId()).isEqualTo("period7");

        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stored(JOBS, 6).map(Observation::value)).isEmpty();
        assertThat(cell(robot, row, 6).getText()).isEmpty();
        robot.interact(() -> session.history().undo());
        assertThat(cell(robot, row, 6).getText()).isEqualTo("5732");
    }

    @Test
    void pasteFillsTheColumnDown(FxRobot robot) {
        clickCell(robot, JOBS, 8);
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("7,000\n8.5\n");
            Clipboard.getSystemClipboard().setContent(content);
        });

        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stored(JOBS, 8)).map(Observation::value).contains(7000.0);
        assertThat(stored("输转城乡富余劳动力", 8)).map(Observation::value).contains(8.5);
    }

    @Test
    void monthsOfAQuarterlyIndicatorLookClosed(FxRobot robot) {
        int row = rowOf("地区生产总值增速");
        assertThat(cell(robot, row, 7).getStyleClass()).contains(ActualsTableCell.READ_ONLY_CLASS);
        assertThat(cell(robot, row, 6).getStyleClass()).doesNotContain(ActualsTableCell.READ_ONLY_CLASS);
        assertThat(cell(robot, row, 6).getText()).isEqualTo("11.7");
    }

    @Test
    void noteOfTheSelectedCellIsSaved(FxRobot robot) {
        clickCell(robot, JOBS, 6);
        TextArea progress = robot.lookup("#" + ActualsGridView.NOTE_PROGRESS_ID).queryAs(TextArea.class);
        assertThat(robot.lookup("#" + ActualsGridView.NOTE_PROBLEMS_ID).queryAs(TextArea.class).getText())
                .startsWith("“就业难”");

        robot.clickOn(progress).write("ok");
        robot.clickOn("#" + ActualsGridView.NOTE_SAVE_ID);
        WaitForAsyncUtils.waitForFxEvents();

        Observation stored = stored(JOBS, 6).orElseThrow();
        assertThat(stored.note().progress()).isEqualTo("ok");
        assertThat(stored.value()).isEqualTo(5732.0);
    }

    // ---- helpers ------------------------------------------------------------------------------

    private Plan plan() {
        return session.workspace().plans().findByName("金昌市2022年").orElseThrow();
    }

    /** Scrolls the row into view and clicks the cell of the month's column; returns the row index. */
    private int clickCell(FxRobot robot, String indicator, int endMonth) {
        int row = rowOf(indicator);
        robot.interact(() -> table(robot).scrollTo(Math.max(0, row - 3)));
        robot.clickOn(cell(robot, row, endMonth));
        WaitForAsyncUtils.waitForFxEvents();
        return row;
    }

    private ActualsTableCell cell(FxRobot robot, int row, int endMonth) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(n -> n instanceof ActualsTableCell c && c.getIndex() == row && c.isVisible()
                        && c.getTableColumn() != null && ("period" + endMonth).equals(c.getTableColumn().getId()))
                .queryAs(ActualsTableCell.class);
    }

    private static TableView<?> table(FxRobot robot) {
        return robot.lookup("#" + ActualsGridView.TABLE_ID).queryTableView();
    }

    private static Label message(FxRobot robot) {
        return robot.lookup("#" + ActualsGridView.MESSAGE_ID).queryAs(Label.class);
    }

    private int rowOf(String name) {
        var rows = view.viewModel().rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getName().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no row " + name);
    }

    private Optional<Observation> stored(String indicator, int endMonth) {
        long id = view.viewModel().rows().get(rowOf(indicator)).indicator().id();
        return session.workspace().observations().find(id, Period.month(2022, endMonth));
    }
}
