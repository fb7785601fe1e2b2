package com.targetmonitor.ui.units;

import com.targetmonitor.ui.state.TestStates;
import com.targetmonitor.ui.state.WindowState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.targetmonitor.logic.edit.Edit;
import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.ResponsibilityRole;
import com.targetmonitor.model.Unit;
import com.targetmonitor.persistence.Workspace;
import com.targetmonitor.ui.I18n;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The units view's state on the seeded workspace, without a toolkit or robot. */
class UnitsViewModelTest {

    @TempDir
    Path tempDir;

    private Session session;
    private UnitsViewModel vm;

    @BeforeEach
    void open() {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        session = new Session(WorkspaceOpener.openOrCreateWithSeeds(tempDir.resolve("w.tmdb")));
        vm = new UnitsViewModel(TestStates.showing(session, UnitsViewModel.VIEW));
    }

    @AfterEach
    void close() {
        vm.dispose();
        session.close();
    }

    private Plan plan(String name) {
        return new PlanStatusService(session.workspace()).findPlan(name);
    }

    private static UnitNode root(List<UnitNode> roots, String name) {
        return roots.stream().filter(n -> n.unit().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void treeHasEachCityWithItsUnitsUnderIt() {
        vm.setPlan(plan("嘉峪关市2022年"), AsOf.of(2022, 6));

        assertThat(vm.unitTree()).extracting(n -> n.unit().name()).contains("金昌市", "嘉峪关市", "金川集团公司");
        UnitNode jiayuguan = root(vm.unitTree(), "嘉峪关市");
        List<String> below = jiayuguan.children().stream().map(UnitNode::label).toList();
        // Parks, then departments, then chains.
        assertThat(below).startsWith("嘉峪关工业园区").contains("嘉峪关市工信局", "钢铁产业链", "现代农业产业链");
        assertThat(below.indexOf("嘉峪关市财政局")).isLessThan(below.indexOf("钢铁产业链"));
        UnitNode steel = jiayuguan.children().stream().filter(n -> n.label().equals("钢铁产业链")).findFirst()
                .orElseThrow();
        assertThat(steel.indicatorCount()).isEqualTo(1);
        // 金昌市's units name no indicator of 嘉峪关's plan.
        assertThat(root(vm.unitTree(), "金昌市").children()).allMatch(n -> n.indicatorCount() == 0);
    }

    @Test
    void chainShowsItsLeaderWhenOneIsSet() {
        Unit steel = session.workspace().units().findByName("钢铁产业链").orElseThrow();
        session.history().execute(unitEdit(steel, new Unit(steel.id(), steel.name(), steel.kind(), steel.parentId(),
                "张三")));

        List<String> labels = root(vm.unitTree(), "嘉峪关市").children().stream().map(UnitNode::label).toList();
        assertThat(labels).contains("钢铁产业链（链长：张三）", "铝产业链");
    }

    @Test
    void selectingAUnitListsItsIndicatorsWithRoleAndStatus() {
        vm.setPlan(plan("金昌市2022年"), AsOf.of(2022, 6));
        assertThat(vm.indicatorsHeadingProperty().get()).isEqualTo("在左侧选择一个单位，查看它牵头和配合的指标");

        assertThat(vm.selectUnit("金昌市统计局")).isTrue();

        assertThat(vm.indicatorsHeadingProperty().get()).isEqualTo("金昌市统计局在本计划中的指标");
        assertThat(vm.unitIndicators()).extracting(UnitIndicatorRow::name, UnitIndicatorRow::roleText,
                        UnitIndicatorRow::statusText)
                .contains(tuple("地区生产总值增速", "配合", "达到目标"),
                        tuple("城镇居民人均可支配收入增速", "牵头", "无数据"));
        assertThat(vm.unitIndicators()).extracting(UnitIndicatorRow::role)
                .contains(ResponsibilityRole.LEAD, ResponsibilityRole.SUPPORT);

        vm.selectUnit("金昌市人社局");
        assertThat(vm.unitIndicators()).extracting(UnitIndicatorRow::code, UnitIndicatorRow::statusText)
                .containsExactly(tuple("4.01", "超(达)进度"), tuple("4.02", "已完成"));
    }

    @Test
    void unitWithoutIndicatorsInThePlanSaysSo() {
        vm.setPlan(plan("嘉峪关市2022年"), AsOf.of(2022, 6));
        vm.selectUnit("金昌市人社局");

        assertThat(vm.unitIndicators()).isEmpty();
        assertThat(vm.indicatorsPlaceholderProperty().get()).isEqualTo("该单位在本计划中没有指标");
    }

    @Test
    void leagueTableOfJinchangInJune() {
        vm.setPlan(plan("金昌市2022年"), AsOf.of(2022, 6));

        assertThat(vm.leagueHeadingProperty().get()).isEqualTo("牵头单位达进度排名（截至2022年6月）");
        assertThat(vm.league()).extracting(LeagueItem::rank).containsExactly("1", "1", "1", "1", "5", "6", "7");
        LeagueItem commerce = vm.leagueItem("金昌市商务局").orElseThrow();
        assertThat(commerce.onTrack()).isEqualTo("2/3");
        assertThat(commerce.share()).isEqualTo("66.67%");
        // Nothing could be judged in May, so there is no change to show.
        assertThat(commerce.change()).isEmpty();
        assertThat(commerce.changeWords()).isEqualTo("上月未排名，无名次变化");
    }

    @Test
    void rankChangeAfterAnEditShowsArrowsAndWords() {
        Plan plan = plan("嘉峪关市2022年");
        vm.setPlan(plan, AsOf.of(2022, 7));
        // In July only 政务服务中心 is judged (two overdue milestones), ranked 1st as in June.
        assertThat(vm.league()).singleElement().satisfies(i -> {
            assertThat(i.unitName()).isEqualTo("嘉峪关市政务服务中心");
            assertThat(i.change()).isEqualTo("—");
            assertThat(i.changeWords()).isEqualTo("名次与上月相同");
        });

        // 工信局 reports 规上企业完成投资 for 1-7月 ahead of pace: it enters the table above 政务服务中心.
        long id = session.workspace().indicators().findByPlan(plan.id()).stream()
                .filter(i -> i.name().equals("规上企业完成投资")).findFirst().orElseThrow().id();
        session.history().execute(observationEdit(Observation.of(id, Period.month(2022, 7), 30)));

        assertThat(vm.league()).extracting(LeagueItem::unitName, LeagueItem::rank, LeagueItem::change,
                        LeagueItem::changeWords)
                .containsExactly(tuple("嘉峪关市工信局", "1", "", "上月未排名，无名次变化"),
                        tuple("嘉峪关市政务服务中心", "2", "↓1", "比上月下降1位"));
    }

    /** The window starts on the status tab: the units tab, built with it, reads its units only when shown. */
    @Test
    void builtWhileAnotherTabIsShownItReadsNothingUntilShown() {
        com.targetmonitor.ui.state.WindowState state = TestStates.showing(session, com.targetmonitor.ui.state.ViewId.STATUS);
        UnitsViewModel hidden = new UnitsViewModel(state);
        try {
            assertThat(hidden.unitTree()).isEmpty();

            state.shownViewProperty().set(UnitsViewModel.VIEW);

            assertThat(hidden.unitTree()).extracting(n -> n.unit().name()).contains("金昌市", "嘉峪关市");
        } finally {
            hidden.dispose();
        }
    }

    @Test
    void withoutAPlanThereIsNoLeague() {
        vm.setPlan(null, null);

        assertThat(vm.league()).isEmpty();
        assertThat(vm.unitTree()).isNotEmpty();
    }

    @Test
    void anotherWorkspaceReloadsTheTree() {
        vm.setPlan(plan("金昌市2022年"), AsOf.of(2022, 6));
        vm.selectUnit("金昌市人社局");

        session.replace(Workspace.create(tempDir.resolve("empty.tmdb")));

        assertThat(vm.unitTree()).isEmpty();
        assertThat(vm.league()).isEmpty();
        assertThat(vm.selectedUnitProperty().get()).isNull();
        assertThat(vm.unitIndicators()).isEmpty();
    }

    private static Edit unitEdit(Unit before, Unit after) {
        return new Edit() {
            @Override
            public String description() {
                return "unit";
            }

            @Override
            public void apply(Workspace w) {
                w.units().save(after);
            }

            @Override
            public void revert(Workspace w) {
                w.units().save(before);
            }
        };
    }

    private static Edit observationEdit(Observation o) {
        return new Edit() {
            @Override
            public String description() {
                return "observation";
            }

            @Override
            public void apply(Workspace w) {
                w.observations().save(o);
            }

            @Override
            public void revert(Workspace w) {
                w.observations().find(o.indicatorId(), o.period()).ifPresent(x -> w.observations().delete(x.id()));
            }
        };
    }
}
