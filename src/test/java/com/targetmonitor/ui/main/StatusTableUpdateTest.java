package com.targetmonitor.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.edit.ObservationEdit;
import com.targetmonitor.logic.status.StandingRow;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.Status;
import com.targetmonitor.ui.AppTheme;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.StatusTexts;
import com.targetmonitor.ui.task.SyncTaskExecutor;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
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

/**
 * The status table (headless Monocle) keeps its rows when a new standing arrives: another month
 * or an edited value updates the tree items in place, with the sort, the filters and the
 * selection as they were; only a new plan brings new items.
 */
@ExtendWith(ApplicationExtension.class)
class StatusTableUpdateTest {

    @TempDir
    static Path dir;

    private Session session;
    private MainWindowViewModel vm;
    private StatusTableView view;

    @Start
    void start(Stage stage) {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        AppTheme.install();
        session = new Session(WorkspaceOpener.openOrCreateWithSeeds(dir.resolve("w" + System.nanoTime() + ".tmdb")));
        vm = new MainWindowViewModel(session, new SyncTaskExecutor());
        vm.load("金昌市2022年");
        view = new StatusTableView(vm.table(), vm, indicator -> { });
        StatusTables.show(stage, view);
    }

    @AfterEach
    void close() throws Exception {
        org.testfx.api.FxToolkit.cleanupStages();
        session.close();
    }

    private TreeTableView<TableItem> table() {
        return StatusTables.table(view);
    }

    private List<TreeItem<TableItem>> items() {
        return StatusTables.items(view);
    }

    private TreeItem<TableItem> item(String name) {
        return items().stream().filter(i -> i.getValue() instanceof TableItem.IndicatorItem ind
                && ind.row().standing().indicator().name().equals(name)).findFirst().orElseThrow();
    }

    private static StandingRow row(TreeItem<TableItem> item) {
        return ((TableItem.IndicatorItem) item.getValue()).row();
    }

    @Test
    void anotherMonthKeepsTheSameTreeItemsWithTheirNewStanding(FxRobot robot) {
        List<TreeItem<TableItem>> before = items();
        TreeItem<TableItem> jobs = item("城镇新增就业");
        robot.interact(() -> table().getSelectionModel().select(jobs));
        assertThat(row(jobs).standing().status()).isNotEqualTo(Status.NO_DATA);

        robot.interact(() -> vm.selectAsOf(YearMonth.of(2022, 3)));

        List<TreeItem<TableItem>> after = items();
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            assertThat(after.get(i)).as("tree item %d", i).isSameAs(before.get(i));
        }
        // At the end of March the June figures are not out yet: the same item shows the new standing.
        assertThat(row(jobs).standing().status()).isEqualTo(Status.NO_DATA);
        assertThat(table().getSelectionModel().getSelectedItem()).isSameAs(jobs);
        assertThat(vm.selectedIndicatorIdProperty().get()).isEqualTo(row(jobs).standing().indicator().id());
    }

    @Test
    void anEditUpdatesOnlyTheEditedRow(FxRobot robot) {
        List<TreeItem<TableItem>> before = items();
        List<String> changed = new ArrayList<>();
        for (TreeItem<TableItem> item : before) {
            if (item.getValue() instanceof TableItem.IndicatorItem ind) {
                ind.rowProperty().addListener((obs, old, now) -> changed.add(now.standing().indicator().name()));
            }
        }
        long id = row(item("城镇新增就业")).standing().indicator().id();
        Period june = Period.month(2022, 6);

        robot.interact(() -> session.history().execute(ObservationEdit.replace(session.workspace(),
                "城镇新增就业 1-6月", id, june, Observation.of(id, june, 7600))));

        assertThat(changed).containsExactly("城镇新增就业");
        assertThat(row(item("城镇新增就业")).standing().completionPct()).isEqualByComparingTo("80.00");
        List<TreeItem<TableItem>> after = items();
        for (int i = 0; i < before.size(); i++) {
            assertThat(after.get(i)).isSameAs(before.get(i));
        }
    }

    @Test
    void theSortAndTheFiltersStayAcrossMonths(FxRobot robot) {
        TreeTableColumn<TableItem, ?> completion = table().getColumns().stream()
                .filter(c -> c.getId().equals("completion")).findFirst().orElseThrow();
        robot.interact(() -> {
            completion.setSortType(TreeTableColumn.SortType.DESCENDING);
            table().getSortOrder().setAll(List.of(completion));
            vm.table().setSearch("投资");
        });
        int shown = vm.table().visibleCountProperty().get();
        assertThat(shown).isPositive().isLessThan(vm.table().totalCountProperty().get());

        robot.interact(() -> vm.selectAsOf(YearMonth.of(2022, 5)));

        assertThat(table().getSortOrder()).containsExactly(completion);
        assertThat(vm.table().filterProperty().get().search()).isEqualTo("投资");
        assertThat(items()).filteredOn(i -> i.getValue() instanceof TableItem.IndicatorItem)
                .hasSize(vm.table().visibleRows().size())
                .allSatisfy(i -> assertThat(row(i).standing().indicator().name() + row(i).categoryName()
                        + row(i).leadUnitName() + row(i).supportUnitNames() + row(i).standing().indicator().code())
                        .contains("投资"));
        // Under each heading the rows are in descending order of completion at May.
        for (TreeItem<TableItem> heading : table().getRoot().getChildren()) {
            List<java.math.BigDecimal> rates = heading.getChildren().stream()
                    .map(i -> row(i).standing().completionPct()).toList();
            for (int i = 1; i < rates.size(); i++) {
                if (rates.get(i) != null) {
                    assertThat(rates.get(i - 1)).as("sorted under %s", heading.getValue()).isNotNull();
                    assertThat(rates.get(i - 1)).isGreaterThanOrEqualTo(rates.get(i));
                }
            }
        }
    }

    @Test
    void anotherPlanBringsNewItems(FxRobot robot) {
        TreeItem<TableItem> jobs = item("城镇新增就业");
        Plan other = vm.plans().stream().filter(p -> p.name().startsWith("嘉峪关")).findFirst().orElseThrow();

        robot.interact(() -> vm.selectedPlanProperty().set(other));

        assertThat(items()).doesNotContain(jobs).isNotEmpty()
                .allSatisfy(i -> assertThat(i.getValue() instanceof TableItem.IndicatorItem ind
                        ? ind.row().standing().indicator().planId() : other.id()).isEqualTo(other.id()));
    }

    /** The status cells on screen with their tooltips, by the cell. */
    private java.util.Map<StatusCell, javafx.scene.control.Tooltip> statusTooltips(FxRobot robot) {
        // Read on the FX thread once its pending layout passes have run: read from the test thread, a
        // cell being filled could show its new item before its tooltip.
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        java.util.Map<StatusCell, javafx.scene.control.Tooltip> tips = new java.util.IdentityHashMap<>();
        robot.interact(() -> robot.lookup(".tree-table-cell").queryAll().stream()
                .filter(n -> n instanceof StatusCell c && !c.isEmpty() && c.getItem() != null)
                .forEach(n -> tips.put((StatusCell) n, ((StatusCell) n).getTooltip())));
        return tips;
    }

    @Test
    void aStatusCellKeepsItsTooltipAndShowsTheNewGap(FxRobot robot) {
        java.util.Map<StatusCell, javafx.scene.control.Tooltip> before = statusTooltips(robot);
        assertThat(before).isNotEmpty().allSatisfy((cell, tip) -> assertThat(tip).isNotNull());

        robot.interact(() -> vm.selectAsOf(YearMonth.of(2022, 3)));

        java.util.Map<StatusCell, javafx.scene.control.Tooltip> after = statusTooltips(robot);
        assertThat(after).isNotEmpty();
        // A cell updated for another month keeps its tooltip (a new one per update was a popup built
        // and styled each time); the text is the light and gap of the standing it shows now.
        after.forEach((cell, tip) -> {
            if (before.containsKey(cell)) {
                assertThat(tip).as("tooltip of %s", cell.getText()).isSameAs(before.get(cell));
            }
            String gap = com.targetmonitor.ui.GapTexts.of(cell.getItem());
            String light = com.targetmonitor.ui.StatusTexts.light(cell.getItem().light());
            assertThat(tip.getText()).isEqualTo(gap.isEmpty() ? light : light + " · " + gap);
        });
        assertThat(after.keySet()).anyMatch(before::containsKey);
    }

    @Test
    void theTilesKeepTheirButtonsAndShowTheNewCounts(FxRobot robot) {
        javafx.scene.layout.FlowPane tiles = robot.lookup("#" + StatusTableView.TILES_ID).queryAs(
                javafx.scene.layout.FlowPane.class);
        List<javafx.scene.Node> before = List.copyOf(tiles.getChildren());
        List<StatusTile> countsBefore = List.copyOf(vm.table().tiles());
        long id = row(item("城镇新增就业")).standing().indicator().id();
        Period june = Period.month(2022, 6);

        // An amount moves between tiles that are always shown (完成, 超进度, 欠进度): the same tiles, other counts.
        robot.interact(() -> session.history().execute(ObservationEdit.replace(session.workspace(),
                "城镇新增就业 1-6月", id, june, Observation.of(id, june, 1))));

        assertThat(vm.table().tiles()).isNotEqualTo(countsBefore);
        assertThat(tiles.getChildren()).containsExactlyElementsOf(before);
        for (int i = 0; i < vm.table().tiles().size(); i++) {
            StatusTile tile = vm.table().tiles().get(i);
            assertThat(((javafx.scene.control.ToggleButton) tiles.getChildren().get(i)).getText())
                    .isEqualTo(com.targetmonitor.ui.StatusTexts.word(tile.status()) + "\n" + tile.count());
        }
    }

    /** The filter boxes' lists come with their first opening (StatusFilterBar), and filter then. */
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
