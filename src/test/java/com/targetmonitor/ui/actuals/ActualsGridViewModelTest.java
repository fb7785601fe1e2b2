package com.targetmonitor.ui.actuals;

import com.targetmonitor.ui.state.TestStates;
import com.targetmonitor.ui.state.WindowState;
import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.OriginKind;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.ProgressNote;
import com.targetmonitor.persistence.Workspace;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.dialog.RecordingDialogService;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The actuals grid's state and validation on a real seeded workspace, without a toolkit or robot. */
class ActualsGridViewModelTest {

    private static final int JUNE = column(6);
    private static final int JULY = column(7);

    @TempDir
    Path tempDir;

    private Session session;
    private RecordingDialogService dialogs;
    private ActualsGridViewModel vm;

    @BeforeEach
    void open() {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        session = new Session(WorkspaceOpener.openOrCreateWithSeeds(tempDir.resolve("w.tmdb")));
        dialogs = new RecordingDialogService();
        vm = new ActualsGridViewModel(TestStates.showing(session, ActualsGridViewModel.VIEW), dialogs);
        vm.setPlan(plan("金昌市2022年"));
    }

    @AfterEach
    void close() {
        vm.dispose();
        session.close();
    }

    @Test
    void columnsAreTheCumulativeMonthsFromJanuaryFebruary() {
        assertThat(vm.columnHeaders()).containsExactly("1-2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月",
                "10月", "11月", "12月");
    }

    @Test
    void rowsAreTheIndicatorsInDisplayOrderWithTheirValues() {
        List<Indicator> stored = workspace().indicators().findByPlan(plan("金昌市2022年").id());
        assertThat(vm.rows()).hasSameSizeAs(stored);
        assertThat(vm.rows().get(0).getName()).isEqualTo("地区生产总值增速");
        // Every decomposed part comes after its parent.
        for (int i = 0; i < vm.rows().size(); i++) {
            Long parent = vm.rows().get(i).indicator().parentId();
            if (parent != null) {
                assertThat(vm.rows().subList(0, i)).extracting(r -> r.indicator().id()).contains(parent);
            }
        }
        ActualsCell june = vm.cell(row("城镇新增就业"), JUNE);
        assertThat(june.getText()).isEqualTo("5732");
        assertThat(june.period()).isEqualTo(Period.month(2022, 6));
        assertThat(vm.cell(row("城镇新增就业"), column(2)).period()).isEqualTo(Period.month(2022, 2));
    }

    @Test
    void typedValueIsStoredAsOneUndoableEdit() {
        assertThat(vm.commit(row("城镇新增就业"), JULY, " 6800 ")).isTrue();

        assertThat(stored("城镇新增就业", Period.month(2022, 7))).map(Observation::value).contains(6800.0);
        assertThat(vm.cell(row("城镇新增就业"), JULY).getText()).isEqualTo("6800");
        assertThat(vm.isMessageError()).isFalse();
        assertThat(session.history().undoDescription()).contains("录入 城镇新增就业 1-7月");

        session.history().undo();
        assertThat(stored("城镇新增就业", Period.month(2022, 7))).isEmpty();
        assertThat(vm.cell(row("城镇新增就业"), JULY).getText()).isEmpty();
    }

    @Test
    void changingAValueKeepsItsNote() {
        ProgressNote before = stored("城镇新增就业", Period.month(2022, 6)).orElseThrow().note();
        assertThat(before.problems()).isNotBlank();

        assertThat(vm.commit(row("城镇新增就业"), JUNE, "5,800")).isTrue();

        Observation after = stored("城镇新增就业", Period.month(2022, 6)).orElseThrow();
        assertThat(after.value()).isEqualTo(5800.0);
        assertThat(after.note()).isEqualTo(before);
        assertThat(after.origin().kind()).isEqualTo(OriginKind.TYPED);
    }

    @Test
    void textThatIsNoNumberIsRefusedWithWhereAndWhy() {
        assertThat(vm.commit(row("城镇新增就业"), JULY, "abc")).isFalse();

        assertThat(vm.getMessage()).isEqualTo("城镇新增就业 1-7月：“abc”不是数字");
        assertThat(vm.isMessageError()).isTrue();
        assertThat(vm.cell(row("城镇新增就业"), JULY).isInvalid()).isTrue();
        assertThat(stored("城镇新增就业", Period.month(2022, 7))).isEmpty();
        assertThat(session.history().canUndo()).isFalse();

        // The next good value clears the mark.
        assertThat(vm.commit(row("城镇新增就业"), JULY, "6800")).isTrue();
        assertThat(vm.cell(row("城镇新增就业"), JULY).isInvalid()).isFalse();
    }

    /** The one reader's named reasons reach the officer (ADR 0014); the indicator's own unit may follow. */
    @Test
    void estimatesOtherUnitsAndPercentOnAnAmountAreRefusedSayingWhy() {
        int jobs = row("城镇新增就业");
        assertThat(vm.commit(jobs, JULY, "约6800")).isFalse();
        assertThat(vm.getMessage()).isEqualTo("城镇新增就业 1-7月：“约6800”是约数，请填写确切的数字");
        assertThat(vm.commit(jobs, JULY, "0.68万人")).isFalse();
        assertThat(vm.getMessage()).isEqualTo("城镇新增就业 1-7月：“0.68万人”的单位不是本指标的计量单位，请按“人”填写");
        assertThat(vm.commit(jobs, JULY, "68%")).isFalse();
        assertThat(vm.getMessage()).isEqualTo("城镇新增就业 1-7月：“68%”带百分号，本指标不是增速或比率类指标");
        assertThat(stored("城镇新增就业", Period.month(2022, 7))).isEmpty();

        assertThat(vm.commit(jobs, JULY, "６，８００人")).isTrue();
        assertThat(stored("城镇新增就业", Period.month(2022, 7))).map(Observation::value).contains(6800.0);
    }

    @Test
    void negativeAmountIsRefusedButNegativeGrowthIsFine() {
        assertThat(vm.commit(row("城镇新增就业"), JUNE, "-5")).isFalse();
        assertThat(vm.getMessage()).isEqualTo("城镇新增就业 1-6月：数量不能为负数");
        assertThat(stored("城镇新增就业", Period.month(2022, 6))).map(Observation::value).contains(5732.0);

        assertThat(vm.commit(row("社会消费品零售总额增速"), JULY, "-4.5%")).isTrue();
        assertThat(stored("社会消费品零售总额增速", Period.month(2022, 7))).map(Observation::value).contains(-4.5);
    }

    @Test
    void pastedColumnFillsDownAsOneUndoableEdit() {
        int start = row("省市民生实事");
        assertThat(vm.rows().get(start + 1).getName()).isEqualTo("不动产总体发证率");
        assertThat(vm.rows().get(start + 2).getName()).isEqualTo("粮食播种面积");
        assertThat(vm.cell(start + 2, JUNE).getText()).isEqualTo("93.42");

        assertThat(vm.paste(start, JUNE, "1,234.5\r\n12.5%\r\n—\r\n")).isTrue();

        assertThat(stored("省市民生实事", Period.month(2022, 6))).map(Observation::value).contains(1234.5);
        assertThat(stored("不动产总体发证率", Period.month(2022, 6))).map(Observation::value).contains(12.5);
        assertThat(stored("粮食播种面积", Period.month(2022, 6)).map(Observation::value)).isEmpty();
        assertThat(vm.cell(start + 2, JUNE).getText()).isEmpty();

        session.history().undo();
        assertThat(session.history().canUndo()).isFalse();
        assertThat(stored("省市民生实事", Period.month(2022, 6))).map(Observation::value).contains(3.0);
        assertThat(stored("不动产总体发证率", Period.month(2022, 6))).map(Observation::value).contains(87.16);
        assertThat(stored("粮食播种面积", Period.month(2022, 6))).map(Observation::value).contains(93.42);
        assertThat(vm.cell(start + 2, JUNE).getText()).isEqualTo("93.42");
    }

    @Test
    void pastedBlockFillsRightAndDown() {
        int start = row("城镇新增就业");
        assertThat(vm.paste(start, JULY, "6000\t6500\n8.5\t9\n")).isTrue();

        assertThat(stored("城镇新增就业", Period.month(2022, 8))).map(Observation::value).contains(6500.0);
        assertThat(stored("输转城乡富余劳动力", Period.month(2022, 7))).map(Observation::value).contains(8.5);
        assertThat(vm.getMessage()).contains("4");
    }

    @Test
    void pasteWithABadValueStoresNothingAndMarksIt() {
        int start = row("城镇新增就业");
        assertThat(vm.paste(start, JULY, "6000\nabc\n")).isFalse();

        assertThat(vm.getMessage()).isEqualTo("输转城乡富余劳动力 1-7月：“abc”不是数字");
        assertThat(vm.cell(start + 1, JULY).isInvalid()).isTrue();
        assertThat(stored("城镇新增就业", Period.month(2022, 7))).isEmpty();
        assertThat(session.history().canUndo()).isFalse();
    }

    @Test
    void pasteBeyondTheGridIsRefused() {
        assertThat(vm.paste(vm.rows().size() - 1, column(12), "1\t2\n")).isFalse();
        assertThat(vm.isMessageError()).isTrue();
        assertThat(session.history().canUndo()).isFalse();
    }

    @Test
    void quarterlyIndicatorTakesOnlyQuarterColumns() {
        int gdp = row("地区生产总值增速");
        ActualsCell july = vm.cell(gdp, JULY);
        ActualsCell june = vm.cell(gdp, JUNE);
        assertThat(july.isEditable()).isFalse();
        assertThat(june.isEditable()).isTrue();
        assertThat(june.period()).isEqualTo(Period.quarter(2022, 2));
        assertThat(june.getText()).isEqualTo("11.7");

        assertThat(vm.commit(gdp, JULY, "9")).isFalse();
        assertThat(vm.getMessage()).startsWith("地区生产总值增速 按季度填报");
        assertThat(session.history().canUndo()).isFalse();

        assertThat(vm.commit(gdp, column(9), "10.2")).isTrue();
        assertThat(stored("地区生产总值增速", Period.quarter(2022, 3))).map(Observation::value).contains(10.2);
    }

    @Test
    void milestoneTakesDoneOrNotDone() {
        int milestone = row("嘉峪关路、西宁路、延安路、公园路新建和改造");
        assertThat(vm.rows().get(milestone).unitProperty().get()).isEqualTo("节点任务");

        assertThat(vm.commit(milestone, column(10), "完成")).isTrue();
        assertThat(stored("嘉峪关路、西宁路、延安路、公园路新建和改造", Period.month(2022, 10)))
                .map(Observation::value).contains(1.0);
        assertThat(vm.cell(milestone, column(10)).getText()).isEqualTo("完成");

        assertThat(vm.commit(milestone, column(11), "2")).isFalse();
        assertThat(vm.getMessage()).startsWith("嘉峪关路、西宁路、延安路、公园路新建和改造 1-11月：“2”无法识别");
    }

    @Test
    void deleteClearsSelectedCellsAsOneEdit() {
        int start = row("城镇新增就业");
        assertThat(vm.clear(Set.of(new CellPosition(start, JUNE), new CellPosition(start + 1, JUNE)))).isTrue();

        assertThat(stored("城镇新增就业", Period.month(2022, 6)).map(Observation::value)).isEmpty();
        // The note outlives its value.
        assertThat(stored("城镇新增就业", Period.month(2022, 6)).orElseThrow().note().problems()).isNotBlank();
        assertThat(stored("输转城乡富余劳动力", Period.month(2022, 6)).map(Observation::value)).isEmpty();

        session.history().undo();
        assertThat(stored("城镇新增就业", Period.month(2022, 6))).map(Observation::value).contains(5732.0);
        assertThat(stored("输转城乡富余劳动力", Period.month(2022, 6))).map(Observation::value).contains(8.04);
    }

    @Test
    void copyGivesTabSeparatedLines() {
        int start = row("城镇新增就业");
        assertThat(vm.copy(List.of(new CellPosition(start, JUNE), new CellPosition(start + 1, JUNE))))
                .isEqualTo("5732\r\n8.04\r\n");
    }

    @Test
    void noteOfTheSelectedCellIsShownAndSavedAsOneEdit() {
        int jobs = row("城镇新增就业");
        vm.select(new CellPosition(jobs, JUNE));
        ProgressNoteViewModel note = vm.note();
        assertThat(note.isAvailable()).isTrue();
        assertThat(note.getHeading()).contains("城镇新增就业 1-6月");
        assertThat(note.problemsProperty().get()).startsWith("“就业难”");
        assertThat(note.isDirty()).isFalse();

        note.progressProperty().set("新增就业5732人");
        assertThat(note.isDirty()).isTrue();
        assertThat(vm.saveNote()).isTrue();

        Observation stored = stored("城镇新增就业", Period.month(2022, 6)).orElseThrow();
        assertThat(stored.note().progress()).isEqualTo("新增就业5732人");
        assertThat(stored.value()).isEqualTo(5732.0);
        assertThat(note.isDirty()).isFalse();

        session.history().undo();
        assertThat(stored("城镇新增就业", Period.month(2022, 6)).orElseThrow().note().progress()).isEmpty();
        assertThat(note.progressProperty().get()).isEmpty();
    }

    @Test
    void noteForAnEmptyPeriodIsKeptWithoutValue() {
        vm.select(new CellPosition(row("城镇新增就业"), JULY));
        vm.note().nextStepsProperty().set("开展援企稳岗");
        // Moving on saves what was typed.
        vm.select(new CellPosition(row("城镇新增就业"), JUNE));

        Observation stored = stored("城镇新增就业", Period.month(2022, 7)).orElseThrow();
        assertThat(stored.value()).isNull();
        assertThat(stored.note().nextSteps()).isEqualTo("开展援企稳岗");
    }

    @Test
    void readOnlyCellHasNoNote() {
        vm.select(new CellPosition(row("地区生产总值增速"), JULY));
        assertThat(vm.note().isAvailable()).isFalse();
        vm.select(new CellPosition(row("地区生产总值增速"), -1));
        assertThat(vm.note().isAvailable()).isFalse();
    }

    @Test
    void gridFollowsAWorkspaceSwitch() {
        Workspace other = WorkspaceOpener.openOrCreateWithSeeds(tempDir.resolve("other.tmdb"));
        other.observations().save(Observation.of(
                other.indicators().findByPlan(other.plans().findByName("金昌市2022年").orElseThrow().id()).stream()
                        .filter(i -> i.name().equals("城镇新增就业")).findFirst().orElseThrow().id(),
                Period.month(2022, 7), 7000));

        session.replace(other);

        assertThat(vm.cell(row("城镇新增就业"), JULY).getText()).isEqualTo("7000");
        assertThat(vm.commit(row("城镇新增就业"), JULY, "7100")).isTrue();
        assertThat(session.history().canUndo()).isTrue();
        session.history().undo();
        assertThat(vm.cell(row("城镇新增就业"), JULY).getText()).isEqualTo("7000");
    }

    @Test
    void failedStoreIsReportedAndChangesNothing() {
        int jobs = row("城镇新增就业");
        workspace().close();

        assertThat(vm.commit(jobs, JULY, "6800")).isFalse();
        assertThat(vm.isMessageError()).isTrue();
        assertThat(dialogs.errors()).hasSize(1);
        assertThat(session.history().canUndo()).isFalse();
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static int column(int endMonth) {
        return endMonth - ActualsGridViewModel.FIRST_END_MONTH;
    }

    private Workspace workspace() {
        return session.workspace();
    }

    private Plan plan(String name) {
        return workspace().plans().findByName(name).orElseThrow();
    }

    private int row(String name) {
        for (int i = 0; i < vm.rows().size(); i++) {
            if (vm.rows().get(i).getName().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no row " + name);
    }

    private Optional<Observation> stored(String indicator, Period period) {
        return workspace().observations().find(vm.rows().get(row(indicator)).indicator().id(), period);
    }
}
