package com.targetmonitor.persistence;

import static com.targetmonitor.persistence.Fixtures.BACK_LOADED;
import static com.targetmonitor.persistence.Fixtures.category;
import static com.targetmonitor.persistence.Fixtures.child;
import static com.targetmonitor.persistence.Fixtures.indicator;
import static com.targetmonitor.persistence.Fixtures.rowCount;
import static com.targetmonitor.persistence.Fixtures.savedPlan;
import static com.targetmonitor.persistence.Fixtures.savedUnit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetmonitor.model.Category;
import com.targetmonitor.model.Direction;
import com.targetmonitor.model.Frequency;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Phasing;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.Qualifier;
import com.targetmonitor.model.Responsibility;
import com.targetmonitor.model.ResponsibilityRole;
import com.targetmonitor.model.Source;
import com.targetmonitor.model.Target;
import com.targetmonitor.model.Unit;
import com.targetmonitor.model.UnitKind;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Indicators with their responsible units and phasing. */
@ParameterizedClass
@ValueSource(strings = {TestWorkspaces.FILE, TestWorkspaces.SERVER})
class IndicatorRepositoryTest {

    @Parameter
    String engine;


    @TempDir
    Path dir;

    private Workspace ws;
    private Plan plan;

    @BeforeEach
    void open() {
        ws = TestWorkspaces.create(engine, dir);
        plan = savedPlan(ws, "金昌市2022年");
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void anIndicatorWithEveryFieldSetRoundTrips() {
        Category cat = ws.plans().saveCategory(category(plan.id(), "二、民生保障", 2));
        Unit lead = savedUnit(ws, "市人社局", UnitKind.DEPARTMENT, null);
        Unit support1 = savedUnit(ws, "金川区", UnitKind.COUNTY, null);
        Unit support2 = savedUnit(ws, "市统计局", UnitKind.DEPARTMENT, null);
        Indicator parent = ws.indicators().save(indicator(plan.id(), "城镇调查失业率").withPlacement(plan.id(), cat.id(), null));
        // Support units listed in an order unlike their ids, to show the plan's order is kept.
        Indicator full = Fixtures.fullIndicator(plan.id(), cat.id(), parent.id(), lead.id(), support2.id(), support1.id());

        Indicator saved = ws.indicators().save(full);
        assertThat(saved.id()).isNotNull();
        assertThat(saved).isEqualTo(full.withId(saved.id()));

        ws = Fixtures.reopen(ws);

        Indicator read = ws.indicators().find(saved.id()).orElseThrow();
        assertThat(read).isEqualTo(saved);
        // Spot checks that the fixture really sets everything.
        assertThat(read.parentId()).isEqualTo(parent.id());
        assertThat(read.categoryId()).isEqualTo(cat.id());
        assertThat(read.target()).isEqualTo(new Target(3.5, Qualifier.AT_MOST, Direction.LOWER_BETTER, 3.25,
                LocalDate.of(2022, 3, 31)));
        assertThat(read.source().sentence()).isEqualTo("确保城镇调查失业率控制在3.5%以内，力争3.25%。");
        assertThat(read.responsibilities()).containsExactly(
                new Responsibility(lead.id(), ResponsibilityRole.LEAD),
                new Responsibility(support2.id(), ResponsibilityRole.SUPPORT),
                new Responsibility(support1.id(), ResponsibilityRole.SUPPORT));
        assertThat(read.leadUnitId()).contains(lead.id());
        assertThat(read.phasing()).isEqualTo(BACK_LOADED);
        assertThat(read.phasing().at(9)).isEqualTo(66.6);
        assertThat(read.frequency()).isEqualTo(Frequency.QUARTERLY);
        assertThat(read.position()).isEqualTo(7);
        assertThat(ws.indicators().findByPlan(plan.id())).containsExactly(parent, saved);
    }

    @Test
    void anIndicatorWithOnlyDefaultsRoundTrips() {
        Indicator bare = new Indicator(null, plan.id(), null, null, null, "新增规上工业企业", null,
                IndicatorKind.COUNT, null, null, null, null, null, 0);

        Indicator saved = ws.indicators().save(bare);
        ws = Fixtures.reopen(ws);

        Indicator read = ws.indicators().find(saved.id()).orElseThrow();
        assertThat(read).isEqualTo(saved);
        assertThat(read.target()).isEqualTo(Target.none());
        assertThat(read.phasing()).isNull();
        assertThat(read.responsibilities()).isEmpty();
        assertThat(read.categoryId()).isNull();
        assertThat(read.parentId()).isNull();
    }

    @ParameterizedTest
    @EnumSource(IndicatorKind.class)
    void everyKindIsStored(IndicatorKind kind) {
        Indicator i = new Indicator(null, plan.id(), null, null, "", "指标", "", kind, Frequency.MONTHLY,
                Target.none(), Source.NONE, List.of(), null, 0);
        Indicator saved = ws.indicators().save(i);
        ws = Fixtures.reopen(ws);
        assertThat(ws.indicators().find(saved.id())).contains(saved);
    }

    @ParameterizedTest
    @EnumSource(Frequency.class)
    void everyFrequencyIsStored(Frequency frequency) {
        Indicator i = new Indicator(null, plan.id(), null, null, "", "指标", "", IndicatorKind.AMOUNT, frequency,
                Target.none(), Source.NONE, List.of(), null, 0);
        Indicator saved = ws.indicators().save(i);
        ws = Fixtures.reopen(ws);
        assertThat(ws.indicators().find(saved.id()).orElseThrow().frequency()).isEqualTo(frequency);
    }

    @ParameterizedTest
    @EnumSource(Qualifier.class)
    void everyQualifierAndDirectionIsStored(Qualifier qualifier) {
        for (Direction direction : Direction.values()) {
            Target t = new Target(8.0, qualifier, direction, 9.0, null);
            Indicator saved = ws.indicators().save(indicator(plan.id(), qualifier + "/" + direction).withTarget(t));
            assertThat(ws.indicators().find(saved.id()).orElseThrow().target()).isEqualTo(t);
        }
    }

    @Test
    void updatingReplacesResponsibilitiesAndPhasing() {
        Unit a = savedUnit(ws, "市发展改革委", UnitKind.DEPARTMENT, null);
        Unit b = savedUnit(ws, "市工信局", UnitKind.DEPARTMENT, null);
        Unit c = savedUnit(ws, "金昌经开区", UnitKind.PARK, null);
        Indicator saved = ws.indicators().save(Fixtures.fullIndicator(plan.id(), null, null, a.id(), b.id()));
        Phasing even = new Phasing(List.of(8.0, 16.0, 25.0, 33.0, 41.0, 50.0, 58.0, 66.0, 75.0, 83.0, 91.0, 100.0));

        Indicator changed = new Indicator(saved.id(), plan.id(), null, null, "2.1", "工业增加值", "%",
                IndicatorKind.GROWTH_RATE, Frequency.MONTHLY, Target.of(8, Qualifier.AT_LEAST), Source.NONE,
                List.of(new Responsibility(c.id(), ResponsibilityRole.LEAD),
                        new Responsibility(a.id(), ResponsibilityRole.SUPPORT)), even, 3);
        ws.indicators().save(changed);

        ws = Fixtures.reopen(ws);
        assertThat(ws.indicators().find(saved.id())).contains(changed);
        assertThat(ws.indicators().findByPlan(plan.id())).hasSize(1);
        assertThat(rowCount(ws, "indicator_unit")).isEqualTo(2);
        assertThat(rowCount(ws, "indicator_phasing")).isEqualTo(12);
        assertThat(ws.units().indicatorCount(b.id())).isZero();
        assertThat(ws.units().indicatorCount(c.id())).isEqualTo(1);
    }

    @Test
    void updatingWithoutPhasingAndUnitsRemovesThem() {
        Unit a = savedUnit(ws, "市发展改革委", UnitKind.DEPARTMENT, null);
        Indicator saved = ws.indicators().save(Fixtures.fullIndicator(plan.id(), null, null, a.id()));
        Indicator bare = new Indicator(saved.id(), plan.id(), null, null, "", "固定资产投资", "亿元",
                IndicatorKind.AMOUNT, Frequency.MONTHLY, Target.none(), Source.NONE, List.of(), null, 0);

        ws.indicators().save(bare);

        ws = Fixtures.reopen(ws);
        assertThat(ws.indicators().find(saved.id())).contains(bare);
        assertThat(rowCount(ws, "indicator_unit")).isZero();
        assertThat(rowCount(ws, "indicator_phasing")).isZero();
    }

    @Test
    void updatingAnIndicatorThatIsGoneFails() {
        Indicator saved = ws.indicators().save(indicator(plan.id(), "地区生产总值"));
        ws.indicators().delete(saved.id());

        assertThatThrownBy(() -> ws.indicators().save(saved)).isInstanceOf(PersistenceException.class)
                .hasMessageContaining("no longer exists");
        assertThat(ws.indicators().findByPlan(plan.id())).isEmpty();
    }

    @Test
    void deletingAnIndicatorCascadesToItsChildrenAndTheirObservations() {
        Unit u = savedUnit(ws, "市发展改革委", UnitKind.DEPARTMENT, null);
        Indicator parent = ws.indicators().save(Fixtures.fullIndicator(plan.id(), null, null, u.id()));
        Indicator child = ws.indicators().save(child(plan.id(), parent.id(), "其中：金川区"));
        Indicator grandchild = ws.indicators().save(child(plan.id(), child.id(), "其中：宁远堡镇"));
        Indicator sibling = ws.indicators().save(indicator(plan.id(), "不相干的指标"));
        ws.observations().save(Observation.of(parent.id(), Period.month(2022, 6), 10));
        ws.observations().save(Observation.of(child.id(), Period.month(2022, 6), 5));
        ws.observations().save(Observation.of(grandchild.id(), Period.month(2022, 6), 2));
        ws.observations().save(Observation.of(sibling.id(), Period.month(2022, 6), 1));

        ws.indicators().delete(parent.id());

        ws = Fixtures.reopen(ws);
        assertThat(ws.indicators().findByPlan(plan.id())).containsExactly(sibling);
        assertThat(ws.indicators().find(child.id())).isEmpty();
        assertThat(ws.indicators().find(grandchild.id())).isEmpty();
        assertThat(rowCount(ws, "observation")).isEqualTo(1);
        assertThat(ws.observations().findByIndicator(sibling.id())).hasSize(1);
        assertThat(rowCount(ws, "indicator_unit")).isZero();
        assertThat(rowCount(ws, "indicator_phasing")).isZero();
        // The unit itself stays and is free again.
        assertThat(ws.units().find(u.id())).contains(u);
        assertThat(ws.units().indicatorCount(u.id())).isZero();
    }

    @Test
    void anIndicatorOfAMissingPlanIsRefused() {
        assertThatThrownBy(() -> ws.indicators().save(indicator(9999L, "悬空指标")))
                .isInstanceOf(PersistenceException.class)
                .hasMessageContaining("refers to something missing");
        assertThat(rowCount(ws, "indicator")).isZero();
    }

    @Test
    void anIndicatorWithAMissingCategoryOrParentIsRefused() {
        assertThatThrownBy(() -> ws.indicators().save(indicator(plan.id(), "甲").withPlacement(plan.id(), 555L, null)))
                .isInstanceOf(PersistenceException.class);
        assertThatThrownBy(() -> ws.indicators().save(child(plan.id(), 555L, "乙")))
                .isInstanceOf(PersistenceException.class);
        assertThat(ws.indicators().findByPlan(plan.id())).isEmpty();
    }

    @Test
    void anIndicatorNamingAMissingUnitIsRefusedWhole() {
        Indicator i = indicator(plan.id(), "固定资产投资").withPhasing(BACK_LOADED);
        Indicator withUnit = new Indicator(null, plan.id(), null, null, "", i.name(), "", i.kind(), null, null, null,
                List.of(new Responsibility(31337L, ResponsibilityRole.LEAD)), BACK_LOADED, 0);

        assertThatThrownBy(() -> ws.indicators().save(withUnit)).isInstanceOf(PersistenceException.class);

        assertThat(rowCount(ws, "indicator")).isZero();
        assertThat(rowCount(ws, "indicator_phasing")).isZero();
    }

    @Test
    void codesAreUniqueWithinAPlanButNotAcrossPlans() {
        Plan other = savedPlan(ws, "白银市2022年");
        Indicator first = new Indicator(null, plan.id(), null, null, "1.1", "地区生产总值", "", IndicatorKind.GROWTH_RATE,
                null, null, null, null, null, 0);
        ws.indicators().save(first);

        assertThatThrownBy(() -> ws.indicators().save(first.withId(null)))
                .isInstanceOf(PersistenceException.class)
                .hasMessageContaining("already used");
        ws.indicators().save(first.withPlacement(other.id(), null, null));
        // Empty codes never clash.
        ws.indicators().save(indicator(plan.id(), "无编号甲"));
        ws.indicators().save(indicator(plan.id(), "无编号乙"));

        assertThat(ws.indicators().findByPlan(plan.id())).hasSize(3);
        assertThat(ws.indicators().findByPlan(other.id())).hasSize(1);
    }

    @Test
    void findByPlanOrdersByCategoryPositionThenIndicatorPosition() {
        Category second = ws.plans().saveCategory(category(plan.id(), "二、民生", 2));
        Category first = ws.plans().saveCategory(category(plan.id(), "一、经济", 1));
        Indicator noCategory = ws.indicators().save(at(indicator(plan.id(), "未分类"), null, 0));
        Indicator s1 = ws.indicators().save(at(indicator(plan.id(), "民生一"), second.id(), 1));
        Indicator f2 = ws.indicators().save(at(indicator(plan.id(), "经济二"), first.id(), 2));
        Indicator f1 = ws.indicators().save(at(indicator(plan.id(), "经济一"), first.id(), 1));
        Plan other = savedPlan(ws, "别的计划");
        ws.indicators().save(indicator(other.id(), "别的指标"));

        assertThat(ws.indicators().findByPlan(plan.id())).containsExactly(f1, f2, s1, noCategory);
    }

    @Test
    void findOfAMissingIdIsEmpty() {
        assertThat(ws.indicators().find(12345L)).isEmpty();
    }

    private static Indicator at(Indicator i, Long categoryId, int position) {
        return new Indicator(i.id(), i.planId(), categoryId, i.parentId(), i.code(), i.name(), i.unitOfMeasure(),
                i.kind(), i.frequency(), i.target(), i.source(), i.responsibilities(), i.phasing(), position);
    }
}
