package com.targetmonitor.ui.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.change.Change;
import com.targetmonitor.logic.edit.EditService;
import com.targetmonitor.logic.edit.PlanRulesEdit;
import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.RuleSet;
import com.targetmonitor.model.Target;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.actuals.ActualsGridViewModel;
import com.targetmonitor.ui.dashboard.DashboardViewModel;
import com.targetmonitor.ui.detail.DetailViewModel;
import com.targetmonitor.ui.dialog.RecordingDialogService;
import com.targetmonitor.ui.main.MainWindowViewModel;
import com.targetmonitor.ui.task.SyncTaskExecutor;
import com.targetmonitor.ui.units.UnitsViewModel;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's one state with every view model on it, as the composition root builds them: one
 * change computes the standing once, and each view receives the typed update it needs.
 */
class WindowStateTest {

    @TempDir
    Path dir;

    private Session session;
    private final AtomicInteger computed = new AtomicInteger();
    private final List<StandingUpdate> updates = new ArrayList<>();
    private WindowState state;
    private MainWindowViewModel main;
    private ActualsGridViewModel grid;
    private DetailViewModel detail;
    private UnitsViewModel units;
    private DashboardViewModel dashboard;
    private Plan jinchang;
    private Indicator employment;

    @BeforeEach
    void open() {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        session = new Session(WorkspaceOpener.openOrCreateWithSeeds(dir.resolve("w.tmdb")));
        SyncTaskExecutor tasks = new SyncTaskExecutor();
        state = new WindowState(session, tasks, (plan, asOf) -> {
            computed.incrementAndGet();
            return new PlanStatusService(session.workspace()).status(plan, asOf);
        });
        main = new MainWindowViewModel(state);
        grid = new ActualsGridViewModel(state, new RecordingDialogService());
        detail = new DetailViewModel(state);
        units = new UnitsViewModel(state);
        dashboard = new DashboardViewModel(state, tasks, new RecordingDialogService());
        state.addListener(updates::add);
        main.load("金昌市2022年");
        jinchang = state.planProperty().get();
        employment = session.workspace().indicators().findByPlan(jinchang.id()).stream()
                .filter(i -> i.name().equals("城镇新增就业")).findFirst().orElseThrow();
        state.indicatorIdProperty().set(employment.id());
        state.shownViewProperty().set(ActualsGridViewModel.VIEW);
        computed.set(0);
        updates.clear();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private int row(long indicatorId) {
        for (int i = 0; i < grid.rows().size(); i++) {
            if (grid.rows().get(i).indicator().id() == indicatorId) {
                return i;
            }
        }
        throw new AssertionError("no row " + indicatorId);
    }

    @Test
    void aPlanOpenedAtARememberedMonthIsComputedOnceAtThatMonth() {
        AtomicInteger count = new AtomicInteger();
        List<AsOf> months = new ArrayList<>();
        WindowState fresh = new WindowState(session, new SyncTaskExecutor(), (plan, asOf) -> {
            count.incrementAndGet();
            months.add(asOf);
            return new PlanStatusService(session.workspace()).status(plan, asOf);
        });
        MainWindowViewModel window = new MainWindowViewModel(fresh);
        List<YearMonth> offered = new ArrayList<>();

        window.load("金昌市2022年", (plan, latest) -> {
            offered.add(latest);
            return YearMonth.of(2022, 3);
        });

        // The month it would have opened at is the latest with data; the one asked for is shown, computed once.
        assertThat(offered).containsExactly(YearMonth.of(2022, main.selectedAsOfProperty().get().asOf().month()
                .getMonthValue()));
        assertThat(fresh.asOfProperty().get()).isEqualTo(AsOf.of(2022, 3));
        assertThat(months).containsExactly(AsOf.of(2022, 3));
        assertThat(count).hasValue(1);
        assertThat(window.selectedAsOfProperty().get().asOf()).isEqualTo(AsOf.of(2022, 3));
    }

    @Test
    void aRememberedMonthThatIsNoChoiceOfThePlansYearKeepsTheLatest() {
        WindowState fresh = new WindowState(session, new SyncTaskExecutor());
        MainWindowViewModel window = new MainWindowViewModel(fresh);
        AsOf latest = main.selectedAsOfProperty().get().asOf();

        window.load("金昌市2022年", (plan, opened) -> YearMonth.of(2021, 6));
        assertThat(fresh.asOfProperty().get()).isEqualTo(latest);
        window.load("金昌市2022年", (plan, opened) -> YearMonth.of(2022, 1));
        assertThat(fresh.asOfProperty().get()).isEqualTo(latest);
        assertThat(fresh.computations()).isEqualTo(1);
    }

    @Test
    void openingAPlanComputesItsStandingOnceAtItsMonth() {
        Plan other = state.plans().stream().filter(p -> p.year() == 2023).findFirst().orElseThrow();
        state.planProperty().set(other);
        assertThat(computed).hasValue(1);
        assertThat(state.asOfProperty().get().month().getYear()).isEqualTo(2023);
        assertThat(updates).singleElement().satisfies(u -> {
            assertThat(u.selectionChanged()).isTrue();
            assertThat(u.change()).isNull();
            assertThat(u.rowsChanged()).isTrue();
        });
        assertThat(main.table().statusProperty().get()).as("hidden table is not rebuilt").isNotSameAs(state.standing());
        state.shownViewProperty().set(ViewId.STATUS);
        assertThat(main.table().statusProperty().get()).isSameAs(state.standing());
    }

    @Test
    void oneTypedValueComputesTheStandingOnceAndEveryViewGetsTheCell() {
        int june = 6 - ActualsGridViewModel.FIRST_END_MONTH;
        assertThat(grid.commit(row(employment.id()), june, "7600")).isTrue();

        assertThat(computed).as("one standing for the whole window").hasValue(1);
        assertThat(updates).singleElement().satisfies(u -> {
            assertThat(u.valuesOnly()).isTrue();
            assertThat(u.change()).isEqualTo(Change.Values.of(employment.id(), Period.month(2022, 6)));
        });
        assertThat(grid.cell(row(employment.id()), june).getText()).isEqualTo("7600");
        // The detail pane is on the status tab: hidden, it did no work; shown, it has the new value.
        assertThat(detail.field(com.targetmonitor.ui.detail.DetailMsg.DETAIL_FIELD_COMPLETION)).hasValue("60.34%");
        state.shownViewProperty().set(ViewId.STATUS);
        assertThat(detail.field(com.targetmonitor.ui.detail.DetailMsg.DETAIL_FIELD_COMPLETION)).hasValue("80.00%");
        // The hidden dashboard and units tab did no work; shown, they draw the same standing.
        assertThat(dashboard.contentProperty().get()).isNull();
        state.shownViewProperty().set(DashboardViewModel.VIEW);
        assertThat(dashboard.contentProperty().get().status()).isSameAs(state.standing());
        state.shownViewProperty().set(UnitsViewModel.VIEW);
        assertThat(units.league()).isNotEmpty();
        assertThat(computed).as("showing a tab computes no standing").hasValue(1);

        session.history().undo();
        assertThat(computed).hasValue(2);
        assertThat(updates.get(updates.size() - 1).valuesOnly()).isTrue();
        state.shownViewProperty().set(ViewId.STATUS);
        assertThat(detail.field(com.targetmonitor.ui.detail.DetailMsg.DETAIL_FIELD_COMPLETION)).hasValue("60.34%");
    }

    @Test
    void aNewMonthIsOneComputationAndLeavesTheGridAlone() {
        var before = grid.rows().get(0);
        state.asOfProperty().set(AsOf.of(2022, 9));
        assertThat(computed).hasValue(1);
        assertThat(updates).singleElement().satisfies(u -> assertThat(u.selectionChanged()).isTrue());
        assertThat(grid.rows().get(0)).isSameAs(before);
        // The detail pane (on the status tab) catches up when shown, without another computation.
        assertThat(detail.standingHeadingProperty().get()).doesNotContain("9");
        state.shownViewProperty().set(ViewId.STATUS);
        assertThat(detail.standingHeadingProperty().get()).contains("9");
        assertThat(computed).hasValue(1);
    }

    @Test
    void rulesStructureAndAnotherWorkspaceArriveTyped() throws Exception {
        RuleSet wider = new RuleSet(new BigDecimal("10"), RuleSet.DEFAULT.rateYellowBand(),
                RuleSet.DEFAULT.aboutTolerance(), RuleSet.DEFAULT.scale());
        session.history().execute(PlanRulesEdit.change(session.workspace(), "rules", jinchang.id(), wider));
        assertThat(updates.get(updates.size() - 1).change()).isEqualTo(new Change.Rules(jinchang.id()));
        assertThat(state.standing().plan().rules()).isEqualTo(wider);
        assertThat(computed).hasValue(1);

        int rowsBefore = grid.rows().size();
        Indicator added = new Indicator(null, jinchang.id(), null, null, "9.99", "新增指标", "亿元",
                IndicatorKind.AMOUNT, null, Target.of(5, null), null, null, null, 0);
        session.history().execute(new EditService(session.workspace()).createIndicator("add", added));
        assertThat(updates.get(updates.size() - 1).change()).isInstanceOf(Change.Structure.class);
        assertThat(computed).hasValue(2);
        assertThat(grid.rows()).hasSize(rowsBefore + 1);

        Path other = Files.createDirectories(dir.resolve("other"));
        session.replace(WorkspaceOpener.openOrCreateWithSeeds(other.resolve("w.tmdb")));
        assertThat(updates.get(updates.size() - 1).change()).isInstanceOf(Change.WorkspaceReplaced.class);
        assertThat(computed).as("the new file's plan, once").hasValue(3);
        assertThat(state.indicatorIdProperty().get()).isNull();
        state.shownViewProperty().set(ViewId.STATUS);
        assertThat(detail.isEmpty()).isTrue();
        assertThat(grid.rows()).hasSize(rowsBefore);
    }

    @Test
    void anImportPublishesItsChangeThroughTheSession() {
        session.publish(Change.Values.of(employment.id(), Period.month(2022, 6)));
        assertThat(computed).hasValue(1);
        assertThat(updates).singleElement().satisfies(u -> assertThat(u.valuesOnly()).isTrue());
    }
}
