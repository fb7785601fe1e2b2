package com.targetmonitor.logic.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.model.Granularity;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Origin;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.ProgressNote;
import com.targetmonitor.model.Standing;
import com.targetmonitor.model.StatusCalculator;
import com.targetmonitor.model.DecompositionBreak;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.Status;
import com.targetmonitor.persistence.Workspace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanStatusServiceTest {

    @TempDir
    Path dir;
    Workspace ws;
    PlanStatusService service;

    @BeforeEach
    void open() {
        ws = WorkspaceOpener.openOrCreateWithSeeds(dir.resolve("w.tmdb"));
        service = new PlanStatusService(ws);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void jiayuguansEightChainsAddUpToSixtyAndAnEditedChildIsReported() {
        Plan plan = service.findPlan("嘉峪关");
        assertThat(service.status(plan, AsOf.of(2022, 6)).targetBreaks()).isEmpty();

        Indicator funds = ws.indicators().findByPlan(plan.id()).stream()
                .filter(i -> i.parentId() == null && i.name().contains("招商引资到位资金") && i.target().value() != null
                        && i.target().value() == 60.0)
                .findFirst().orElseThrow();
        List<Indicator> chains = ws.indicators().findByPlan(plan.id()).stream()
                .filter(i -> funds.id().equals(i.parentId())).toList();
        assertThat(chains).hasSize(8);
        Indicator steel = chains.get(0);
        ws.indicators().save(steel.withTarget(steel.target().withValue(steel.target().value() + 2)));

        List<DecompositionBreak> breaks = service.status(plan, AsOf.of(2022, 6)).targetBreaks();
        assertThat(breaks).singleElement().satisfies(b -> {
            assertThat(b.parent().id()).isEqualTo(funds.id());
            assertThat(b.childrenSum()).isEqualByComparingTo("62");
            assertThat(b.parentValue()).isEqualByComparingTo("60");
        });
    }

    @Test
    void jinchangsLaggingProjectsAddUpByUnit() {
        PlanStatus status = service.status(service.findPlan("金昌市2022"), AsOf.of(2022, 6));
        assertThat(status.targetBreaks()).isEmpty();
        assertThat(status.actualBreaks()).isEmpty();
        StandingRow lagging = status.rows().stream()
                .filter(r -> r.standing().indicator().name().startsWith("投资完成率低于30%") && r.depth() == 0)
                .findFirst().orElseThrow();
        assertThat(lagging.standing().actual()).isEqualTo(51.0);
        int index = status.rows().indexOf(lagging);
        assertThat(status.rows().subList(index + 1, index + 6)).allSatisfy(r -> assertThat(r.depth()).isEqualTo(1))
                .extracting(StandingRow::leadUnitName)
                .containsExactly("市直属", "永昌县", "金川区", "金昌经开区", "金川集团公司");
    }

    @Test
    void countsByStatusCoverEveryRow() {
        PlanStatus status = service.status(service.findPlan("金昌市2022年"), AsOf.of(2022, 6));
        assertThat(status.countsByStatus().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(status.rows().size());
        assertThat(status.countsByStatus().get(Status.BEHIND)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void jiayuguansMarchMilestoneIsOverdueInJune() {
        PlanStatus status = service.status(service.findPlan("嘉峪关"), AsOf.of(2022, 6));
        assertThat(status.rows()).filteredOn(r -> r.standing().indicator().target().deadline() != null
                        && r.standing().indicator().target().deadline().getMonthValue() == 3)
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.standing().status()).isEqualTo(Status.OVERDUE));
    }

    @Test
    void planNamesMatchByAnyPartThatPicksOne() {
        assertThat(service.findPlan("金昌市2023").name()).isEqualTo("金昌市2023年");
        assertThat(service.findPlan("嘉峪关市2022年").name()).isEqualTo("嘉峪关市2022年");
        assertThatThrownBy(() -> service.findPlan("2022")).isInstanceOf(PlanNotFoundException.class)
                .hasMessageContaining("several");
        assertThatThrownBy(() -> service.findPlan("")).isInstanceOf(PlanNotFoundException.class);
    }

    /**
     * The status reads at most the two observations each standing is judged on; it must judge exactly as
     * the calculator does over all of an indicator's observations, for every month, with quarters and
     * months ending together, values missing, other years and milestones reported done and then not.
     */
    @Test
    void standingsFromTheLatestObservationsEqualThoseFromAllOfThem() {
        java.util.Random random = new java.util.Random(12);
        for (Plan plan : service.plans()) {
            List<Indicator> indicators = ws.indicators().findByPlan(plan.id());
            ws.inTransaction(() -> {
                for (Indicator i : indicators) {
                    for (int k = 0; k < 4; k++) {
                        int year = plan.year() + (random.nextInt(5) == 0 ? random.nextInt(3) - 1 : 0);
                        Granularity g = random.nextInt(4) == 0 ? Granularity.QUARTER : Granularity.MONTH;
                        int month = g == Granularity.QUARTER ? 3 * (1 + random.nextInt(4)) : 1 + random.nextInt(12);
                        Double value = random.nextInt(6) == 0 ? null : (double) random.nextInt(3) * 40;
                        if (ws.observations().find(i.id(), new Period(year, month, g)).isEmpty()) {
                            ws.observations().save(new Observation(null, i.id(), new Period(year, month, g), value,
                                    null, ProgressNote.EMPTY, Origin.TYPED, ""));
                        }
                    }
                }
            });
            var all = ws.observations().findByPlan(plan.id());
            StatusCalculator calculator = new StatusCalculator(plan.rules());
            for (int m = 1; m <= 13; m++) {
                AsOf asOf = m == 13 ? AsOf.of(plan.year() + 1, 1) : AsOf.of(plan.year(), m);
                for (StandingRow row : service.status(plan, asOf).rows()) {
                    Standing got = row.standing();
                    Standing want = calculator.evaluate(got.indicator(), all.getOrDefault(got.indicator().id(),
                            List.of()), plan.year(), asOf);
                    String where = plan.name() + " " + got.indicator().name() + " " + asOf;
                    assertThat(got.status()).as(where).isEqualTo(want.status());
                    assertThat(got.light()).as(where).isEqualTo(want.light());
                    assertThat(got.completionPct()).as(where).isEqualTo(want.completionPct());
                    assertThat(got.deviationPts()).as(where).isEqualTo(want.deviationPts());
                    assertThat(got.observation() == null ? null : got.observation().period()).as(where)
                            .isEqualTo(want.observation() == null ? null : want.observation().period());
                    assertThat(got.actual()).as(where).isEqualTo(want.actual());
                }
            }
        }
    }
}
