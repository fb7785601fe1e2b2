package com.targetmonitor.persistence;

import static com.targetmonitor.persistence.Fixtures.indicator;
import static com.targetmonitor.persistence.Fixtures.rowCount;
import static com.targetmonitor.persistence.Fixtures.savedPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetmonitor.model.Granularity;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Origin;
import com.targetmonitor.model.OriginKind;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.ProgressNote;
import com.targetmonitor.model.Target;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/** Observations: one value per indicator and period. */
@ParameterizedClass
@ValueSource(strings = {TestWorkspaces.FILE, TestWorkspaces.SERVER})
class ObservationRepositoryTest {

    @Parameter
    String engine;


    @TempDir
    Path dir;

    private Workspace ws;
    private Plan plan;
    private Indicator gdp;

    @BeforeEach
    void open() {
        ws = TestWorkspaces.create(engine, dir);
        plan = savedPlan(ws, "金昌市2022年");
        gdp = ws.indicators().save(indicator(plan.id(), "地区生产总值"));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void theLatestMonthIsTheLastOfThePlansYearWithAValue() {
        assertThat(ws.observations().latestMonth(plan.id(), 2022)).isEmpty();
        Indicator jobs = ws.indicators().save(indicator(plan.id(), "城镇新增就业"));
        ws.observations().save(value(gdp, Period.quarter(2022, 2), 255.37));
        ws.observations().save(value(jobs, Period.month(2022, 5), 5732.0));
        // Not counted: a growth rate without a value, another year, another plan's indicator.
        ws.observations().save(value(jobs, Period.month(2022, 9), null));
        ws.observations().save(value(gdp, Period.month(2023, 11), 80.0));
        Plan other = savedPlan(ws, "金昌市2022年（县区）");
        Indicator elsewhere = ws.indicators().save(indicator(other.id(), "地区生产总值"));
        ws.observations().save(value(elsewhere, Period.month(2022, 12), 1.0));

        assertThat(ws.observations().latestMonth(plan.id(), 2022)).contains(6);
        assertThat(ws.observations().latestMonth(plan.id(), 2023)).contains(11);
        assertThat(ws.observations().latestMonth(other.id(), 2022)).contains(12);
        assertThat(ws.observations().latestMonth(plan.id(), 2021)).isEmpty();
    }

    @Test
    void informedIndicatorsHaveATargetAndSomeValue() {
        assertThat(ws.observations().informedIndicators(plan.id())).isZero();
        Indicator jobs = ws.indicators().save(indicator(plan.id(), "城镇新增就业"));
        Indicator noTarget = ws.indicators().save(indicator(plan.id(), "到位资金").withTarget(
                indicator(plan.id(), "x").target().withValue(null)));
        ws.observations().save(value(gdp, Period.quarter(2022, 2), 255.37));
        ws.observations().save(value(noTarget, Period.month(2022, 5), 12.0));

        // gdp: target and value; jobs: no value; noTarget: a value but no target.
        assertThat(jobs.target().hasValue()).isTrue();
        assertThat(ws.observations().informedIndicators(plan.id())).isEqualTo(1);
        ws.observations().save(value(jobs, Period.month(2021, 12), null));
        assertThat(ws.observations().informedIndicators(plan.id())).isEqualTo(2);
    }

    private static Observation value(Indicator indicator, Period period, Double value) {
        return new Observation(null, indicator.id(), period, value, 6.8, ProgressNote.EMPTY, Origin.TYPED, "");
    }

    @Test
    void aQuarterlyObservationWithGrowthNoteAndSeedOriginRoundTrips() {
        Observation o = new Observation(null, gdp.id(), Period.quarter(2022, 2), 255.37, 6.8,
                new ProgressNote("上半年完成地区生产总值255.37亿元，同比增长6.8%。", "工业投资增速放缓。",
                        "加快重点项目建设，确保全年目标完成。"),
                Origin.SEED, "上半年，全市实现地区生产总值255.37亿元，同比增长6.8%。");

        Observation saved = ws.observations().save(o);
        assertThat(saved.id()).isNotNull();
        assertThat(saved).isEqualTo(o.withId(saved.id()));

        ws = Fixtures.reopen(ws);

        Observation read = ws.observations().find(gdp.id(), Period.quarter(2022, 2)).orElseThrow();
        assertThat(read).isEqualTo(saved);
        assertThat(read.period().granularity()).isEqualTo(Granularity.QUARTER);
        assertThat(read.period().endMonth()).isEqualTo(6);
        assertThat(read.yoyGrowth()).isEqualTo(6.8);
        assertThat(read.origin()).isEqualTo(Origin.SEED);
        assertThat(read.note().problems()).isEqualTo("工业投资增速放缓。");
    }

    @Test
    void theJanuaryFebruaryPeriodWithTypedOriginRoundTrips() {
        Observation o = new Observation(null, gdp.id(), Period.month(2022, 2), 41.2, -3.5,
                new ProgressNote("1-2月完成41.2亿元", "", ""), Origin.TYPED, "");

        Observation saved = ws.observations().save(o);
        ws = Fixtures.reopen(ws);

        Observation read = ws.observations().find(gdp.id(), Period.month(2022, 2)).orElseThrow();
        assertThat(read).isEqualTo(saved);
        assertThat(read.period().label()).isEqualTo("1-2月");
        assertThat(read.origin().kind()).isEqualTo(OriginKind.TYPED);
        assertThat(read.origin().importBatchId()).isNull();
        assertThat(read.yoyGrowth()).isEqualTo(-3.5);
    }

    @Test
    void anImportedObservationKeepsItsBatch() {
        long batch = Fixtures.insertImportBatch(ws, plan.id());
        Observation o = new Observation(null, gdp.id(), Period.month(2022, 6), 120.0, null, null,
                Origin.importBatch(batch), "1-6月统计月报第3行");

        Observation saved = ws.observations().save(o);
        ws = Fixtures.reopen(ws);

        assertThat(ws.observations().find(gdp.id(), Period.month(2022, 6))).contains(saved);
    }

    @Test
    void anImportedObservationOfAMissingBatchIsRefused() {
        Observation o = new Observation(null, gdp.id(), Period.month(2022, 6), 120.0, null, null,
                Origin.importBatch(4040), "");

        assertThatThrownBy(() -> ws.observations().save(o)).isInstanceOf(PersistenceException.class);
        assertThat(rowCount(ws, "observation")).isZero();
    }

    @Test
    void aPeriodReportedWithoutValueKeepsTheNull() {
        Observation o = new Observation(null, gdp.id(), Period.month(2022, 3), null, null,
                new ProgressNote("", "数据未发布", ""), Origin.TYPED, "");

        Observation saved = ws.observations().save(o);
        ws = Fixtures.reopen(ws);

        Observation read = ws.observations().find(gdp.id(), Period.month(2022, 3)).orElseThrow();
        assertThat(read).isEqualTo(saved);
        assertThat(read.value()).isNull();
        assertThat(read.yoyGrowth()).isNull();
    }

    @Test
    void zeroIsStoredAsZeroNotAsMissing() {
        Observation saved = ws.observations().save(new Observation(null, gdp.id(), Period.month(2022, 1), 0.0, 0.0,
                null, null, null));
        ws = Fixtures.reopen(ws);

        Observation read = ws.observations().find(gdp.id(), Period.month(2022, 1)).orElseThrow();
        assertThat(read).isEqualTo(saved);
        assertThat(read.value()).isEqualTo(0.0);
        assertThat(read.yoyGrowth()).isEqualTo(0.0);
    }

    @Test
    void savingTheSamePeriodAgainReplacesTheValue() {
        Observation first = ws.observations().save(new Observation(null, gdp.id(), Period.month(2022, 6), 100.0,
                5.0, new ProgressNote("初报", "", ""), Origin.SEED, "初报句"));
        Observation second = new Observation(null, gdp.id(), Period.month(2022, 6), 104.5, null,
                new ProgressNote("更正后", "", ""), Origin.TYPED, "");

        Observation saved = ws.observations().save(second);

        assertThat(saved.id()).isEqualTo(first.id());
        ws = Fixtures.reopen(ws);
        assertThat(ws.observations().countByIndicator(gdp.id())).isEqualTo(1);
        assertThat(rowCount(ws, "observation")).isEqualTo(1);
        assertThat(ws.observations().find(gdp.id(), Period.month(2022, 6))).contains(second.withId(first.id()));
    }

    @Test
    void aMonthAndTheQuarterEndingInTheSameMonthAreDifferentPeriods() {
        Observation month = ws.observations().save(Observation.of(gdp.id(), Period.month(2022, 6), 100));
        Observation quarter = ws.observations().save(Observation.of(gdp.id(), Period.quarter(2022, 2), 101));

        assertThat(month.id()).isNotEqualTo(quarter.id());
        assertThat(ws.observations().find(gdp.id(), Period.month(2022, 6)).orElseThrow().value()).isEqualTo(100.0);
        assertThat(ws.observations().find(gdp.id(), Period.quarter(2022, 2)).orElseThrow().value()).isEqualTo(101.0);
        assertThat(ws.observations().countByIndicator(gdp.id())).isEqualTo(2);
    }

    @Test
    void findByIndicatorListsOldestPeriodFirst() {
        Observation jun = ws.observations().save(Observation.of(gdp.id(), Period.month(2022, 6), 6));
        Observation feb = ws.observations().save(Observation.of(gdp.id(), Period.month(2022, 2), 2));
        Observation dec2021 = ws.observations().save(Observation.of(gdp.id(), Period.month(2021, 12), 12));
        Observation q1 = ws.observations().save(Observation.of(gdp.id(), Period.quarter(2022, 1), 3));

        assertThat(ws.observations().findByIndicator(gdp.id())).containsExactly(dec2021, feb, q1, jun);
    }

    @Test
    void findByPlanGroupsByIndicatorAndLeavesOtherPlansOut() {
        Indicator invest = ws.indicators().save(indicator(plan.id(), "固定资产投资"));
        Plan other = savedPlan(ws, "白银市2022年");
        Indicator otherIndicator = ws.indicators().save(indicator(other.id(), "别的指标"));
        Observation g3 = ws.observations().save(Observation.of(gdp.id(), Period.quarter(2022, 1), 3));
        Observation g6 = ws.observations().save(Observation.of(gdp.id(), Period.quarter(2022, 2), 6));
        Observation i2 = ws.observations().save(Observation.of(invest.id(), Period.month(2022, 2), 2));
        ws.observations().save(Observation.of(otherIndicator.id(), Period.month(2022, 2), 99));

        Map<Long, List<Observation>> byIndicator = ws.observations().findByPlan(plan.id());

        assertThat(byIndicator).containsOnlyKeys(gdp.id(), invest.id());
        assertThat(byIndicator.get(gdp.id())).containsExactly(g3, g6);
        assertThat(byIndicator.get(invest.id())).containsExactly(i2);
    }

    @Test
    void anObservationOfAMissingIndicatorIsRefused() {
        assertThatThrownBy(() -> ws.observations().save(Observation.of(8888L, Period.month(2022, 6), 1)))
                .isInstanceOf(PersistenceException.class);
        assertThat(rowCount(ws, "observation")).isZero();
    }

    @Test
    void deleteRemovesOneObservation() {
        Observation a = ws.observations().save(Observation.of(gdp.id(), Period.month(2022, 2), 2));
        Observation b = ws.observations().save(Observation.of(gdp.id(), Period.month(2022, 3), 3));

        ws.observations().delete(a.id());

        assertThat(ws.observations().findByIndicator(gdp.id())).containsExactly(b);
        assertThat(ws.observations().find(gdp.id(), Period.month(2022, 2))).isEmpty();
    }

    @Test
    void theStandingsObservationsOfSomeIndicatorsAreThePlansReadForThemInOneStatement() {
        Indicator invest = ws.indicators().save(indicator(plan.id(), "固定资产投资"));
        Indicator project = ws.indicators().save(new Indicator(null, plan.id(), null, null, "", "项目建成", "",
                IndicatorKind.MILESTONE, null, Target.none(), null, List.of(), null, 1));
        Indicator untouched = ws.indicators().save(indicator(plan.id(), "别的指标"));
        for (Indicator i : List.of(gdp, invest, untouched)) {
            ws.observations().save(Observation.of(i.id(), Period.month(2022, 3), 30));
            ws.observations().save(Observation.of(i.id(), Period.quarter(2022, 2), 60));
            ws.observations().save(Observation.of(i.id(), Period.month(2022, 9), 90));
            ws.observations().save(Observation.of(i.id(), Period.month(2021, 12), 120));
        }
        ws.observations().save(Observation.of(project.id(), Period.month(2022, 2), 0));
        ws.observations().save(Observation.of(project.id(), Period.month(2022, 4), 1));
        ws.observations().save(Observation.of(project.id(), Period.month(2022, 5), 1));
        ws.observations().save(Observation.of(project.id(), Period.month(2022, 7), 0));
        Map<Long, List<Observation>> plans = ws.observations().forStanding(plan.id(), 2022, 6);
        List<Long> wanted = List.of(gdp.id(), project.id(), invest.id());

        long statements = ws.statementCount();
        long rows = ws.rowsRead();
        Map<Long, List<Observation>> some = ws.observations().forStanding(wanted, 2022, 6);

        assertThat(ws.statementCount() - statements).isEqualTo(1);
        assertThat(ws.rowsRead() - rows).as("the latest of each, and the milestone's first done").isEqualTo(4);
        assertThat(some).containsOnlyKeys(wanted);
        wanted.forEach(id -> assertThat(some.get(id)).as("indicator " + id).isEqualTo(plans.get(id)));
        assertThat(some.get(gdp.id())).singleElement().satisfies(o -> assertThat(o.period()).isEqualTo(Period.quarter(2022, 2)));
        assertThat(some.get(project.id())).extracting(Observation::period)
                .containsExactly(Period.month(2022, 5), Period.month(2022, 4));
        assertThat(ws.observations().forStanding(List.of(), 2022, 6)).isEmpty();
    }
}
