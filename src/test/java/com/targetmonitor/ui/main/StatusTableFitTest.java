package com.targetmonitor.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.edit.ObservationEdit;
import com.targetmonitor.logic.status.StandingRow;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Status;
import com.targetmonitor.ui.task.SyncTaskExecutor;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.TreeItem;
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

/**
 * The status table's column fit (headless Monocle) after a new standing reads only what changed:
 * an edit formats the texts of the edited row alone, in the columns that follow the standing, and
 * the widths after edits, undos and other months are those of a table fitted afresh.
 */
@ExtendWith(ApplicationExtension.class)
class StatusTableFitTest {

    @TempDir
    static Path dir;

    private Session session;
    private MainWindowViewModel vm;
    private StatusTableView view;
    /** Every text the fit formatted: the column's id and the row's indicator (or heading). */
    private final List<String> formatted = new ArrayList<>();

    @Start
    void start(Stage stage) {
        Session[] opened = new Session[1];
        vm = StatusTables.seededPlan(dir, opened);
        session = opened[0];
        view = new StatusTableView(vm.table(), vm, indicator -> { }, (spec, item) -> {
            StandingRow r = StatusTableColumns.row(item);
            formatted.add(spec.id() + " " + (r == null ? item : r.standing().indicator().name()));
            return spec.text().apply(item);
        });
        StatusTables.show(stage, view);
    }

    @AfterEach
    void close() throws Exception {
        org.testfx.api.FxToolkit.cleanupStages();
        session.close();
    }

    private static Map<String, Double> widths(FxRobot robot, StatusTableView view) {
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, Double> widths = new LinkedHashMap<>();
        robot.interact(() -> StatusTables.table(view).getColumns().forEach(c -> widths.put(c.getId(), c.getPrefWidth())));
        return widths;
    }

    /** The widths a new view of the same rows, at the same size, fits them to (reading every row). */
    private Map<String, Double> fittedAfresh(FxRobot robot) {
        return fittedAfresh(robot, vm);
    }

    private static Map<String, Double> fittedAfresh(FxRobot robot, MainWindowViewModel vm) {
        StatusTableView[] fresh = new StatusTableView[1];
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            fresh[0] = new StatusTableView(vm.table(), vm, indicator -> { });
            stage[0] = new Stage();
            StatusTables.show(stage[0], fresh[0]);
        });
        Map<String, Double> widths = widths(robot, fresh[0]);
        robot.interact(() -> stage[0].close());
        return widths;
    }

    private List<TreeItem<TableItem>> indicatorItems() {
        return StatusTables.items(view).stream().filter(i -> i.getValue() instanceof TableItem.IndicatorItem).toList();
    }

    private static boolean isAmount(TreeItem<TableItem> item) {
        StandingRow r = StatusTableColumns.row(item);
        return r != null && r.standing().indicator().kind() == IndicatorKind.AMOUNT && r.standing().actual() != null;
    }

    private void enter(FxRobot robot, long id, Period period, double value) {
        robot.interact(() -> session.history().execute(ObservationEdit.replace(session.workspace(),
                "edit", id, period, Observation.of(id, period, value))));
    }

    @Test
    void thePulseThatFirstLaysOutTheRowsLaysThemOutInTheirFittedColumns(FxRobot robot) {
        MainWindowViewModel empty = new MainWindowViewModel(session, new SyncTaskExecutor());
        StatusTableView[] shown = new StatusTableView[1];
        Map<String, Double> atFirstRows = new LinkedHashMap<>();
        robot.interact(() -> {
            shown[0] = new StatusTableView(empty.table(), empty, indicator -> { });
            Stage stage = new Stage();
            StatusTables.show(stage, shown[0]);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            TreeTableView<?> table = StatusTables.table(shown[0]);
            assertThat(table.getExpandedItemCount()).as("no plan yet").isZero();
            table.getScene().addPostLayoutPulseListener(() -> {
                if (atFirstRows.isEmpty() && table.getExpandedItemCount() > 0) {
                    table.getColumns().forEach(c -> atFirstRows.put(c.getId(), c.getWidth()));
                }
            });
            empty.load("金昌市2022年");
        });

        Map<String, Double> settled = widths(robot, shown[0]);
        assertThat(atFirstRows).isNotEmpty();
        assertThat(atFirstRows).as("the widths the rows were first laid out in").isEqualTo(settled);
        assertThat(settled).as("the widths a view made with the rows fits them to").isEqualTo(fittedAfresh(robot));
    }

    /**
     * The read of every row begins on another thread when the rows are shown, and the fit takes it in the
     * next pulse. Here it is done only when the fit asks (as when that thread has not reached it), after two
     * more standings came: it reads the rows as they were when it began, and the fit adds what changed since.
     */
    @Test
    void aReadBegunAheadAndTakenAfterMoreStandingsFitsAsAFreshRead(FxRobot robot) {
        List<Runnable> deferred = new ArrayList<>();
        SyncTaskExecutor sync = new SyncTaskExecutor();
        com.targetmonitor.ui.task.TaskExecutor late = new com.targetmonitor.ui.task.TaskExecutor() {
            @Override
            public <T> TaskHandle execute(com.targetmonitor.ui.task.BackgroundTask<T> task) {
                return sync.execute(task);
            }

            @Override
            public <T> java.util.function.Supplier<T> ahead(java.util.function.Supplier<T> work) {
                List<T> result = new ArrayList<>();
                deferred.add(() -> result.add(work.get()));
                return () -> {
                    if (result.isEmpty()) {
                        result.add(work.get());
                    }
                    return result.get(0);
                };
            }
        };
        MainWindowViewModel later = new MainWindowViewModel(session, late);
        StatusTableView[] shown = new StatusTableView[1];
        robot.interact(() -> {
            shown[0] = new StatusTableView(later.table(), later, indicator -> { });
            StatusTables.show(new Stage(), shown[0]);
        });
        WaitForAsyncUtils.waitForFxEvents();
        long id = indicatorItems().stream().filter(StatusTableFitTest::isAmount).findFirst()
                .map(i -> StatusTableColumns.row(i).standing().indicator().id()).orElseThrow();
        robot.interact(() -> {
            later.load("金昌市2022年");
            later.selectAsOf(YearMonth.of(2022, 3));
            // Then a long figure: before the fit's pulse, as the read has not begun.
            session.history().execute(ObservationEdit.replace(session.workspace(), "edit", id,
                    Period.month(2022, 3), Observation.of(id, Period.month(2022, 3), 123456789012.5)));
        });

        Map<String, Double> widths = widths(robot, shown[0]);
        assertThat(deferred).as("reads begun ahead").isNotEmpty();
        assertThat(widths).isEqualTo(fittedAfresh(robot, later));
    }

    @Test
    void anEditFormatsOnlyTheEditedRowsTextsInTheColumnsThatFollowTheStanding(FxRobot robot) {
        widths(robot, view);
        // A row without data: its old texts are empty, so none of them can have been a column's widest.
        StandingRow row = indicatorItems().stream().map(StatusTableColumns::row)
                .filter(r -> r.standing().status() == Status.NO_DATA).findFirst().orElseThrow();
        String name = row.standing().indicator().name();
        long id = row.standing().indicator().id();
        formatted.clear();

        enter(robot, id, Period.month(2022, 6), 1234.5);
        widths(robot, view);

        assertThat(StatusTableColumns.row(indicatorItems().stream().filter(i -> StatusTableColumns.row(i)
                .standing().indicator().id() == id).findFirst().orElseThrow())).isNotEqualTo(row);
        // Before and after, in the five columns that follow the standing: never the code, name,
        // unit, target or lead unit, never another row (the old code formatted every cell of every row).
        assertThat(formatted).isNotEmpty().hasSizeLessThanOrEqualTo(2 * 5)
                .allSatisfy(f -> assertThat(f).endsWith(" " + name)
                        .matches("(actual|completion|timeProgress|gap|status) .*"));
    }

    @Test
    void anotherMonthFormatsOnlyTheColumnsThatFollowTheStanding(FxRobot robot) {
        widths(robot, view);
        formatted.clear();

        robot.interact(() -> vm.selectAsOf(YearMonth.of(2022, 3)));
        widths(robot, view);

        assertThat(formatted).isNotEmpty()
                .allSatisfy(f -> assertThat(f).matches("(actual|completion|timeProgress|gap|status) .*"));
        // Each row (headings too) once per column: reading all is cheaper than each change twice.
        int rows = indicatorItems().size() + StatusTables.table(view).getRoot().getChildren().size();
        assertThat(formatted).hasSizeLessThanOrEqualTo(5 * rows);
    }

    @Test
    void theWidthsAfterEditsUndosAndOtherMonthsAreThoseFittedAfresh(FxRobot robot) {
        Map<String, Double> start = widths(robot, view);
        assertThat(start).isEqualTo(fittedAfresh(robot));
        // Amounts whose June figure is their actual.
        List<StandingRow> rows = indicatorItems().stream().map(StatusTableColumns::row)
                .filter(r -> r.standing().indicator().kind() == IndicatorKind.AMOUNT && r.standing().actual() != null)
                .toList();
        long first = rows.get(0).standing().indicator().id();
        long other = rows.get(rows.size() - 1).standing().indicator().id();
        Period june = Period.month(2022, 6);

        // A long figure widens the actual and completion columns.
        enter(robot, first, june, 123456789012.5);
        Map<String, Double> widened = widths(robot, view);
        assertThat(widened.get("actual")).isGreaterThan(start.get("actual"));
        assertThat(widened).isEqualTo(fittedAfresh(robot));

        robot.interact(() -> vm.selectAsOf(YearMonth.of(2022, 3)));
        assertThat(widths(robot, view)).isEqualTo(fittedAfresh(robot));

        robot.interact(() -> vm.selectAsOf(YearMonth.of(2022, 6)));
        enter(robot, other, june, 0.5);
        assertThat(widths(robot, view)).isEqualTo(fittedAfresh(robot));

        // Undone, the row that held the widest figure shows its old one: the column narrows again.
        robot.interact(() -> session.history().undo());
        robot.interact(() -> session.history().undo());
        Map<String, Double> undone = widths(robot, view);
        assertThat(undone.get("actual")).isLessThan(widened.get("actual"));
        assertThat(undone).isEqualTo(fittedAfresh(robot));
    }

    @Test
    void aClosedBranchIsLeftOutAsWhenFittedAfresh(FxRobot robot) {
        widths(robot, view);
        TreeItem<TableItem> heading = StatusTables.table(view).getRoot().getChildren().stream().filter(h -> h.getChildren().stream()
                .anyMatch(i -> isAmount(i))).findFirst().orElseThrow();
        long id = heading.getChildren().stream().filter(StatusTableFitTest::isAmount).findFirst()
                .map(i -> StatusTableColumns.row(i).standing().indicator().id()).orElseThrow();

        robot.interact(() -> heading.setExpanded(false));
        enter(robot, id, Period.month(2022, 6), 123456789012.5);
        Map<String, Double> closed = widths(robot, view);
        robot.interact(() -> heading.setExpanded(true));
        enter(robot, id, Period.month(2022, 6), 123456789013.5);
        Map<String, Double> open = widths(robot, view);

        // The long figure under the closed heading did not widen the column; open, it does.
        assertThat(open.get("actual")).isGreaterThan(closed.get("actual"));
    }
}
