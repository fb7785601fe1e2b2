package com.targetmonitor.ui.detail;

import com.targetmonitor.ui.state.ViewId;
import com.targetmonitor.ui.state.TestStates;
import com.targetmonitor.ui.state.WindowState;
import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.edit.Edit;
import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Light;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.Status;
import com.targetmonitor.model.Target;
import com.targetmonitor.persistence.Workspace;
import com.targetmonitor.ui.I18n;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The detail pane's state on the real seeded workspace, without a toolkit or robot. */
class DetailViewModelTest {

    @TempDir
    Path tempDir;

    private Session session;
    private DetailViewModel vm;

    @BeforeEach
    void open() {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        session = new Session(WorkspaceOpener.openOrCreateWithSeeds(tempDir.resolve("w.tmdb")));
        vm = new DetailViewModel(TestStates.showing(session, ViewId.STATUS));
    }

    @AfterEach
    void close() {
        vm.dispose();
        session.close();
    }

    private Plan plan(String name) {
        return new PlanStatusService(session.workspace()).findPlan(name);
    }

    private Indicator indicator(Plan plan, String name) {
        return session.workspace().indicators().findByPlan(plan.id()).stream()
                .filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    private void show(String planName, String indicatorName, AsOf asOf) {
        Plan plan = plan(planName);
        vm.show(plan, asOf, indicator(plan, indicatorName).id());
    }

    /**
     * At the window's start the table selects its first indicator as it shows the first standing, before
     * that standing's update reaches the pane: the pane is built once from it, not twice (each build reads
     * the indicator's history and values from the workspace, on the FX thread).
     */
    @Test
    void aStandingWhoseIndicatorWasSelectedAsItCameIsBuiltOnce() {
        vm.dispose();
        WindowState state = TestStates.showing(session, ViewId.STATUS);
        Plan plan = plan("金昌市2022年");
        long first = indicator(plan, "城镇新增就业").id();
        // As the status table does: it selects an indicator when it shows the standing, ahead of the pane.
        state.addListener(update -> {
            if (update.standing() != null && state.indicatorIdProperty().get() == null) {
                state.indicatorIdProperty().set(first);
            }
        });
        vm = new DetailViewModel(state);
        int before = vm.builds();

        state.select(plan, AsOf.of(2022, 6));

        assertThat(vm.titleProperty().get()).contains("城镇新增就业");
        assertThat(vm.builds() - before).isEqualTo(1);
        // A later standing (another month) builds it again, once.
        state.select(plan, AsOf.of(2022, 9));
        assertThat(vm.builds() - before).isEqualTo(2);
    }

    @Test
    void nothingSelectedShowsTheEmptyState() {
        vm.show(plan("金昌市2022年"), AsOf.of(2022, 6), null);

        assertThat(vm.isEmpty()).isTrue();
        assertThat(vm.emptyText()).isEqualTo("选择一个指标查看详情");
        assertThat(vm.titleProperty().get()).isEmpty();
        assertThat(vm.definition()).isEmpty();
        assertThat(vm.series()).isEmpty();
    }

    @Test
    void employmentStandsAheadOfPaceInJune() {
        show("金昌市2022年", "城镇新增就业", AsOf.of(2022, 6));

        assertThat(vm.isEmpty()).isFalse();
        assertThat(vm.titleProperty().get()).isEqualTo("4.01 城镇新增就业");
        assertThat(vm.kindProperty().get()).isEqualTo("累计量");
        assertThat(vm.standingHeadingProperty().get()).isEqualTo("截至2022年6月的进度");
        assertThat(vm.statusProperty().get()).isEqualTo(Status.AHEAD);
        assertThat(vm.statusTextProperty().get()).isEqualTo("超(达)进度");
        assertThat(vm.lightProperty().get()).isEqualTo(Light.GREEN);
        assertThat(vm.field(DetailMsg.DETAIL_FIELD_ACTUAL)).hasValue("5732人（1-6月）");
        assertThat(vm.field(DetailMsg.DETAIL_FIELD_COMPLETION)).hasValue("60.34%");
        assertThat(vm.field(DetailMsg.DETAIL_FIELD_TIME_PROGRESS)).hasValue("50.00%");
        assertThat(vm.field(DetailMsg.DETAIL_FIELD_GAP)).hasValue("超时序进度10.34个百分点");
        assertThat(vm.field(DetailMsg.DETAIL_FIELD_DEVIATION)).isEmpty();
        assertThat(vm.field(DetailMsg.DETAIL_FIELD_STRETCH_COMPLETION)).isEmpty();

        assertThat(vm.field(DetailMsg.DETAIL_FIELD_TARGET)).hasValue("9500人以上");
        assertThat(vm.field(DetailMsg.DETAIL_FIELD_UNIT)).hasValue("人");
        assertThat(vm.field(DetailMsg.DETAIL_FIELD_DIRECTION)).hasValue("越高越好");
        assertThat(vm.field(DetailMsg.DETAIL_FIELD_FREQUENCY)).hasValue("按月");
        assertThat(vm.field(DetailMsg.DETAIL_FIELD_LEAD)).hasValue("金昌市人社局");
        assertThat(vm.field(DetailMsg.DETAIL_FIELD_SUPPORT)).hasValue("无");
        assertThat(vm.field(DetailMsg.DETAIL_FIELD_PHASING)).hasValue("未分月，时序进度按月数÷12计算");
        assertThat(vm.field(DetailMsg.DETAIL_FIELD_CATEGORY)).isPresent();
    }

    @Test
    void employmentSeriesCarriesTheNotes() {
        show("金昌市2022年", "城镇新增就业", AsOf.of(2022, 6));

        assertThat(vm.seriesHeadingProperty().get()).isEqualTo("2022年各期数据");
        assertThat(vm.series()).singleElement().satisfies(row -> {
            assertThat(row.periodLabel()).isEqualTo("1-6月");
            assertThat(row.value()).isEqualTo("5732人");
            assertThat(row.problems()).contains("“就业难”与“招工难”问题并存");
            assertThat(row.nextSteps()).startsWith("千方百计稳就业");
            assertThat(row.origin()).isEqualTo("初始数据");
            assertThat(row.sourceSentence()).isEqualTo("城镇新增就业5732人，完成任务的60.34%");
        });
        assertThat(vm.sourceSentenceProperty().get()).isEqualTo("特别要统筹推进脱贫户、搬迁户稳岗就业，确保新增城镇就业9500人以上");
        assertThat(vm.sourceDocumentProperty().get()).contains("市委九届六次全会");
        assertThat(vm.children()).isEmpty();
        assertThat(vm.decompositionTextProperty().get()).isEmpty();
    }

    @Test
    void beforeAnyFigureTheSameIndicatorHasNoData() {
        show("金昌市2022年", "城镇新增就业", AsOf.of(2022, 5));

        assertThat(vm.statusTextProperty().get()).isEqualTo("无数据");
        assertThat(vm.lightProperty().get()).isEqualTo(Light.GREY);
        assertThat(vm.field(DetailMsg.DETAIL_FIELD_ACTUAL)).hasValue("无");
        assertThat(vm.field(DetailMsg.DETAIL_FIELD_COMPLETION)).isEmpty();
        // The year's series is shown whatever the month.
        assertThat(vm.series()).hasSize(1);
    }

    @Test
    void growthRateShowsItsDeviationInPoints() {
        show("金昌市2022年", "地区生产总值增速", AsOf.of(2022, 6));

        assertThat(vm.field(DetailMsg.DETAIL_FIELD_TARGET)).hasValue("增长8%");
        assertThat(vm.field(DetailMsg.DETAIL_FIELD_ACTUAL)).hasValue("11.7%（上半年）");
        assertThat(vm.field(DetailMsg.DETAIL_FIELD_DEVIATION)).hasValue("高于目标3.70个百分点");
        assertThat(vm.field(DetailMsg.DETAIL_FIELD_COMPLETION)).isEmpty();
        assertThat(vm.field(DetailMsg.DETAIL_FIELD_SUPPORT)).hasValue("金昌市统计局");
        assertThat(vm.field(DetailMsg.DETAIL_FIELD_FREQUENCY)).hasValue("按季度");
        assertThat(vm.statusTextProperty().get()).isEqualTo("达到目标");
        assertThat(vm.sourceNoteProperty().get()).contains("推得");
    }

    @Test
    void overdueMilestoneShowsItsDeadline() {
        show("嘉峪关市2022年", "建成运营指挥中心、政务云、数据共享交换平台等12个数字政府项目", AsOf.of(2022, 6));

        assertThat(vm.field(DetailMsg.DETAIL_FIELD_TARGET)).hasValue("2022年3月底前完成");
        assertThat(vm.field(DetailMsg.DETAIL_FIELD_DIRECTION)).isEmpty();
        assertThat(vm.statusTextProperty().get()).isEqualTo("逾期未完成");
        assertThat(vm.lightProperty().get()).isEqualTo(Light.RED);
        assertThat(vm.series()).isEmpty();
        assertThat(vm.seriesEmptyProperty().get()).isEqualTo("2022年尚无报送数据");
    }

    @Test
    void investmentSplitOverEightChainsAddsUp() {
        show("嘉峪关市2022年", "招商引资到位资金", AsOf.of(2022, 6));

        assertThat(vm.field(DetailMsg.DETAIL_FIELD_TARGET)).hasValue("60亿元以上");
        assertThat(vm.children()).hasSize(8);
        assertThat(vm.children()).extracting(ChildRow::target)
                .containsExactly("10亿元", "10亿元", "16亿元", "10亿元", "6亿元", "5亿元", "2亿元", "1亿元");
        assertThat(vm.children().get(0).leadUnit()).isEqualTo("钢铁产业链");
        assertThat(vm.children()).extracting(ChildRow::statusText).containsOnly("无数据");
        assertThat(vm.decompositionTextProperty().get()).isEqualTo("分解目标合计60亿元，与总目标一致");
        assertThat(vm.decompositionBrokenProperty().get()).isFalse();
    }

    @Test
    void editingAChildTargetShowsTheDifferenceAndUndoRestoresIt() {
        show("嘉峪关市2022年", "招商引资到位资金", AsOf.of(2022, 6));
        Indicator chain = indicator(plan("嘉峪关市2022年"), "新能源装备制造产业链招商引资到位资金");

        session.history().execute(targetEdit(chain, t -> t.withValue(18.0)));

        assertThat(vm.decompositionTextProperty().get()).isEqualTo("分解目标合计62亿元，比总目标多2亿元");
        assertThat(vm.decompositionBrokenProperty().get()).isTrue();
        assertThat(vm.children()).extracting(ChildRow::target).contains("18亿元");

        session.history().execute(targetEdit(chain, t -> t.withValue(13.5)));
        assertThat(vm.decompositionTextProperty().get()).isEqualTo("分解目标合计57.5亿元，比总目标少2.5亿元");

        session.history().undo();
        session.history().undo();
        assertThat(vm.decompositionTextProperty().get()).isEqualTo("分解目标合计60亿元，与总目标一致");
        assertThat(vm.decompositionBrokenProperty().get()).isFalse();
    }

    @Test
    void aChildWithoutTargetIsNamed() {
        show("嘉峪关市2022年", "招商引资到位资金", AsOf.of(2022, 6));
        Indicator steel = indicator(plan("嘉峪关市2022年"), "钢铁产业链招商引资到位资金");

        session.workspace().indicators().save(steel.withTarget(Target.none()));
        vm.refresh();

        assertThat(vm.decompositionTextProperty().get()).isEqualTo("缺少分解目标：钢铁产业链招商引资到位资金");
        assertThat(vm.decompositionBrokenProperty().get()).isTrue();
    }

    @Test
    void aChildShowsItsParent() {
        show("嘉峪关市2022年", "铝产业链招商引资到位资金", AsOf.of(2022, 6));

        assertThat(vm.field(DetailMsg.DETAIL_FIELD_PARENT)).hasValue("2.01 招商引资到位资金");
        assertThat(vm.field(DetailMsg.DETAIL_FIELD_LEAD)).hasValue("铝产业链");
    }

    @Test
    void anotherWorkspaceEmptiesThePaneAndItsEditsAreFollowed() {
        show("金昌市2022年", "城镇新增就业", AsOf.of(2022, 6));
        assertThat(vm.isEmpty()).isFalse();

        Workspace other = Workspace.create(tempDir.resolve("other.tmdb"));
        session.replace(other);

        assertThat(vm.isEmpty()).isTrue();
        assertThat(vm.definition()).isEmpty();
        Plan plan = other.plans().save(new Plan(null, "新计划", "", 2022, "", null));
        session.history().execute(new Edit() {
            @Override
            public String description() {
                return "add";
            }

            @Override
            public void apply(Workspace w) {
                w.indicators().save(new Indicator(null, plan.id(), null, null, "1", "新指标", "亿元",
                        IndicatorKind.AMOUNT, null, Target.of(5, null), null, null, null, 0));
            }

            @Override
            public void revert(Workspace w) {
                w.indicators().findByPlan(plan.id()).forEach(i -> w.indicators().delete(i.id()));
            }
        });
        Indicator added = other.indicators().findByPlan(plan.id()).get(0);
        vm.show(plan, AsOf.of(2022, 6), added.id());
        assertThat(vm.titleProperty().get()).isEqualTo("1 新指标");

        session.history().undo();

        assertThat(vm.isEmpty()).as("the pane follows the new workspace's history").isTrue();
    }

    @Test
    void englishTexts() {
        I18n.setLocale(Locale.ENGLISH);
        try {
            show("金昌市2022年", "城镇新增就业", AsOf.of(2022, 6));
            assertThat(vm.statusTextProperty().get()).isEqualTo("On or ahead of pace");
            assertThat(vm.field(DetailMsg.DETAIL_FIELD_GAP)).hasValue("10.34 points ahead of time progress");
            assertThat(vm.field(DetailMsg.DETAIL_FIELD_TARGET)).hasValue("9500人 or more");
            assertThat(vm.standingHeadingProperty().get()).isEqualTo("Standing at the end of 2022-06");
        } finally {
            I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        }
    }

    /** An undoable edit of a target, made through the repository as the editing dialogs will. */
    private Edit targetEdit(Indicator indicator, UnaryOperator<Target> change) {
        Target before = session.workspace().indicators().find(indicator.id()).orElseThrow().target();
        Target after = change.apply(before);
        return new Edit() {
            @Override
            public String description() {
                return "change target";
            }

            @Override
            public void apply(Workspace w) {
                Indicator current = w.indicators().find(indicator.id()).orElseThrow();
                w.indicators().save(current.withTarget(after));
            }

            @Override
            public void revert(Workspace w) {
                Indicator current = w.indicators().find(indicator.id()).orElseThrow();
                w.indicators().save(current.withTarget(before));
            }
        };
    }
}
