package com.targetmonitor.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.settings.SettingsStore;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.Status;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.dialog.RecordingDialogService;
import com.targetmonitor.ui.main.MainWindowView;
import com.targetmonitor.ui.main.MainWindowViewModel;
import com.targetmonitor.ui.main.StatusTableView;
import com.targetmonitor.ui.task.SyncTaskExecutor;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import com.targetmonitor.ui.actuals.ActualsGridView;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window, headless (Monocle), on a temporary demo workspace: never the user's folder. */
@ExtendWith(ApplicationExtension.class)
class DesktopAppTest {

    @TempDir
    static Path tempDir;

    private Session session;
    private DesktopComposition parts;
    private MainWindowViewModel vm;
    private Stage stage;

    @Start
    void start(Stage stage) {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        session = new Session(WorkspaceOpener.openOrCreateWithSeeds(tempDir.resolve("w" + System.nanoTime() + ".tmdb")));
        this.stage = stage;
        parts = DesktopApp.install(stage, session, new SyncTaskExecutor(), new RecordingDialogService(),
                new SettingsStore(tempDir.resolve("settings" + System.nanoTime())));
        vm = parts.main;
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        org.testfx.api.FxToolkit.cleanupStages();
        WaitForAsyncUtils.clearExceptions();
        session.close();
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    /** The table row whose cells show the text, scrolled into view; empty when the table does not hold it. */
    private Optional<TreeTableRow<?>> row(FxRobot robot, String text) {
        TreeTableView<?> table = robot.lookup("#" + StatusTableView.TABLE_ID).queryAs(TreeTableView.class);
        int index = -1;
        for (int i = 0; i < table.getExpandedItemCount(); i++) {
            Object value = table.getTreeItem(i).getValue();
            if (value != null && value.toString().contains("name=" + text + ",")) {
                index = i;
            }
        }
        if (index < 0) {
            return Optional.empty();
        }
        int target = index;
        robot.interact(() -> table.scrollTo(target));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".tree-table-row-cell").queryAll().stream()
                .<TreeTableRow<?>>map(n -> (TreeTableRow<?>) n)
                .filter(r -> r.lookupAll(".tree-table-cell").stream()
                        .anyMatch(c -> c instanceof Labeled l && text.equals(l.getText())))
                .findFirst();
    }

    private static String rowText(TreeTableRow<?> row) {
        StringBuilder b = new StringBuilder();
        row.lookupAll(".tree-table-cell").forEach(c -> b.append(((Labeled) c).getText()).append('|'));
        return b.toString();
    }

    @Test
    void showsThePlannedInvestmentBehindAt3730(FxRobot robot) {
        ComboBox<?> plan = robot.lookup("#" + MainWindowView.PLAN_SELECTOR_ID).queryComboBox();
        robot.interact(() -> vm.selectedPlanProperty().set(vm.plans().stream()
                .filter(p -> p.name().equals("金昌市2022年")).findFirst().orElseThrow()));
        ComboBox<?> asOf = robot.lookup("#" + MainWindowView.AS_OF_SELECTOR_ID).queryComboBox();
        robot.interact(() -> vm.selectedAsOfProperty().set(vm.asOfChoices().stream()
                .filter(c -> c.label().equals("1-6月")).findFirst().orElseThrow()));
        assertThat(plan.getValue().toString()).contains("金昌市2022年");
        assertThat(asOf.getValue().toString()).isEqualTo("1-6月");
        assertThat(stage.getTitle()).startsWith("目标进度监测").contains(".tmdb");

        TreeTableRow<?> investment = row(robot, "重点项目年度计划投资").orElseThrow();
        assertThat(rowText(investment)).contains("37.30%").contains("50.00%").contains("低于时序进度12.70个百分点").contains("欠进度");
    }

    /** The plan and month boxes' lists come with their first opening (their widths are set), and pick then. */
    @Test
    void theMonthBoxListsItsMonthsOnlyWhenOpenedAndAPickedMonthIsShown(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<?> plan = robot.lookup("#" + MainWindowView.PLAN_SELECTOR_ID).queryComboBox();
        ComboBox<?> asOf = robot.lookup("#" + MainWindowView.AS_OF_SELECTOR_ID).queryComboBox();
        assertThat(robot.from(plan, asOf).lookup(".list-view").queryAll()).as("no list before opening").isEmpty();
        String picked = vm.asOfChoices().stream().map(Object::toString).filter(m -> !m.equals(asOf.getValue().toString()))
                .findFirst().orElseThrow();

        robot.clickOn(asOf);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ListView<?> list = robot.listWindows().stream()
                .filter(w -> !(w instanceof Stage) && w.isShowing()).findFirst()
                .map(w -> robot.from(w.getScene().getRoot()).lookup(".list-view")
                        .queryAs(javafx.scene.control.ListView.class)).orElseThrow();
        assertThat(list.getItems()).hasSameSizeAs(vm.asOfChoices());
        assertThat(list.getWidth()).as("the list as wide as its box at least").isGreaterThanOrEqualTo(asOf.getWidth() - 1);
        javafx.scene.control.ListCell<?> cell = robot.from(list).lookup(
                (javafx.scene.control.ListCell<?> c) -> picked.equals(c.getText())).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm.selectedAsOfProperty().get().toString()).isEqualTo(picked);
        assertThat(asOf.getValue().toString()).isEqualTo(picked);
    }

    @Test
    void filtersToBehindOnlyByItsTile(FxRobot robot) {
        ToggleButton behind = robot.lookup("#" + StatusTableView.TILES_ID + " .tm-tile-behind").queryAs(ToggleButton.class);
        assertThat(behind.getText()).contains("欠进度").contains("2");
        robot.clickOn(behind);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.table().visibleRows()).extracting(r -> r.standing().status()).containsOnly(Status.BEHIND);
        assertThat(row(robot, "重点项目年度计划投资")).isPresent();
        assertThat(row(robot, "城镇新增就业")).isEmpty();
    }

    @Test
    void searchNarrowsTheTable(FxRobot robot) {
        robot.clickOn("#" + StatusTableView.SEARCH_ID).write("就业");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(row(robot, "城镇新增就业")).isPresent();
        assertThat(row(robot, "重点项目年度计划投资")).isEmpty();
    }

    @Test
    void switchesToEnglishAndBackKeepingPlanAndMonth(FxRobot robot) {
        // The window opened its plan with one standing; the views built again in English compute none.
        assertThat(parts.state.computations()).isEqualTo(1);
        Long investment = vm.table().visibleRows().stream().map(r -> r.standing().indicator())
                .filter(i -> i.name().equals("重点项目年度计划投资")).findFirst().orElseThrow().id();
        robot.interact(() -> parts.state.indicatorIdProperty().set(investment));
        assertThat(parts.detail.standingHeadingProperty().get()).contains("截至");
        chooseLanguage(robot, "视图", "语言", "English");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("Standing").tryQuery()).isPresent();
        assertThat(row(robot, "重点项目年度计划投资").map(DesktopAppTest::rowText).orElseThrow()).contains("Behind pace");
        assertThat(vm.selectedPlanProperty().get().name()).isEqualTo("金昌市2022年");
        assertThat(vm.selectedAsOfProperty().get().label()).isEqualTo("Jan\u2013Jun");
        assertThat(stage.getTitle()).startsWith("Target Monitor");

        // The detail pane built anew reads the standing it has in the new language.
        assertThat(parts.detail.standingHeadingProperty().get()).isNotEmpty().doesNotContain("截至");
        chooseLanguage(robot, "View", "Language", "Chinese");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(parts.detail.standingHeadingProperty().get()).contains("截至");
        assertThat(parts.state.computations()).isEqualTo(1);
        assertThat(row(robot, "重点项目年度计划投资").map(DesktopAppTest::rowText).orElseThrow()).contains("欠进度");
        assertThat(stage.getTitle()).startsWith("目标进度监测");
        Node tabs = robot.lookup("#" + MainWindowView.TABS_ID).query();
        assertThat(tabs).isNotNull();
    }

    @Test
    void editsAnActualSeesItRecomputedRefusesBadValuesAndUndoes(FxRobot robot) {
        TabPane tabs = robot.lookup("#" + MainWindowView.TABS_ID).queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        clickGridCell(robot, "城镇新增就业", 6);
        robot.write("7600").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(standing("城镇新增就业").completionPct()).isEqualByComparingTo("80.00");

        clickGridCell(robot, "城镇新增就业", 7);
        robot.write("abc").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(gridMessage(robot)).contains("城镇新增就业").contains("abc").contains("不是数字");
        robot.type(KeyCode.ESCAPE);

        clickGridCell(robot, "省市民生实事", 7);
        robot.write("-5").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(gridMessage(robot)).contains("省市民生实事").contains("不能为负数");
        robot.type(KeyCode.ESCAPE);

        robot.interact(() -> tabs.getSelectionModel().select(0));
        assertThat(row(robot, "城镇新增就业").map(DesktopAppTest::rowText).orElseThrow()).contains("80.00%");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(standing("城镇新增就业").completionPct()).isEqualByComparingTo("60.34");
        assertThat(row(robot, "城镇新增就业").map(DesktopAppTest::rowText).orElseThrow()).contains("60.34%");
    }

    /** Fires 视图 → 语言 → the language in this window's own menu bar (popups of earlier tests are not touched). */
    private void chooseLanguage(FxRobot robot, String view, String language, String choice) {
        MenuBar bar = (MenuBar) stage.getScene().getRoot().lookup(".menu-bar");
        MenuItem item = bar.getMenus().stream().filter(m -> m.getText().equals(view)).findFirst().orElseThrow()
                .getItems().stream().filter(i -> language.equals(i.getText())).map(i -> (Menu) i).findFirst()
                .orElseThrow().getItems().stream().filter(i -> choice.equals(i.getText())).findFirst().orElseThrow();
        robot.interact(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The indicator's standing in the window's one standing (the hidden table is not rebuilt). */
    private com.targetmonitor.model.Standing standing(String name) {
        return parts.state.standing().rows().stream().map(r -> r.standing())
                .filter(st -> st.indicator().name().equals(name)).findFirst().orElseThrow();
    }

    /** Scrolls the grid to the indicator's row and clicks its cell in the month's column. */
    private void clickGridCell(FxRobot robot, String indicator, int endMonth) {
        var rows = parts.grid.rows();
        int index = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getName().equals(indicator)) {
                index = i;
            }
        }
        assertThat(index).as("grid row " + indicator).isNotNegative();
        TableView<?> table = robot.lookup("#" + ActualsGridView.TABLE_ID).queryTableView();
        int row = index;
        robot.interact(() -> {
            table.scrollTo(Math.max(0, row - 3));
            table.getColumns().stream().filter(c -> ("period" + endMonth).equals(c.getId())).findFirst()
                    .ifPresent(c -> ((TableView) table).scrollToColumn(c));
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.lookup(n -> n instanceof TableCell<?, ?> c && c.getIndex() == row && c.isVisible()
                && c.getTableColumn() != null && ("period" + endMonth).equals(c.getTableColumn().getId())).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String gridMessage(FxRobot robot) {
        return robot.lookup("#" + ActualsGridView.MESSAGE_ID).queryAs(Label.class).getText();
    }
}
