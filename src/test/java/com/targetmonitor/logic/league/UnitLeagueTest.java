package com.targetmonitor.logic.league;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.model.Frequency;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Light;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.Qualifier;
import com.targetmonitor.model.Responsibility;
import com.targetmonitor.model.ResponsibilityRole;
import com.targetmonitor.model.RuleSet;
import com.targetmonitor.model.Source;
import com.targetmonitor.model.Standing;
import com.targetmonitor.model.Status;
import com.targetmonitor.model.Target;
import com.targetmonitor.model.Unit;
import com.targetmonitor.model.UnitKind;
import com.targetmonitor.persistence.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The league of lead units: on the seeded plan, and on small plans built to show ties and rank changes. */
class UnitLeagueTest {

    @TempDir
    Path tempDir;

    private Workspace workspace;

    @AfterEach
    void close() {
        if (workspace != null) {
            workspace.close();
        }
    }

    // ---- the seeded workspace ----------------------------------------------------------------

    @Test
    void jinchang2022AtJune() {
        workspace = WorkspaceOpener.openOrCreateWithSeeds(tempDir.resolve("w.tmdb"));
        Plan plan = new PlanStatusService(workspace).findPlan("金昌市2022年");

        List<LeagueRow> table = new UnitLeague(workspace).table(plan, AsOf.of(2022, 6));

        // 工信局: 1.03 met, 1.05 met, 2.01 ahead; 2.03 has no data and 2.07 is pending: not judged.
        // 商务局: 1.04 missed, 1.08 met, 3.05 ahead; 1.07 has no target. 发改委: 1.01 met, 3.01 missed,
        // 3.02 behind. 自然资源局: 4.06 missed. 4.05 (民生实事) has no lead unit and is left out.
        assertThat(table).extracting(r -> r.unit().name(), LeagueRow::led, LeagueRow::judged, LeagueRow::onTrack,
                        LeagueRow::sharePct, LeagueRow::rank)
                .containsExactly(
                        tuple("金昌市工信局", 5, 3, 3, new BigDecimal("100.00"), 1),
                        tuple("金昌市农业农村局", 6, 3, 3, new BigDecimal("100.00"), 1),
                        tuple("金昌市人社局", 2, 2, 2, new BigDecimal("100.00"), 1),
                        tuple("金昌市财政局", 1, 1, 1, new BigDecimal("100.00"), 1),
                        tuple("金昌市商务局", 4, 3, 2, new BigDecimal("66.67"), 5),
                        tuple("金昌市发展改革委", 6, 3, 1, new BigDecimal("33.33"), 6),
                        tuple("金昌市自然资源局", 1, 1, 0, new BigDecimal("0.00"), 7));
        // In May nothing of the plan could be judged yet (all figures are 1-6月): no unit was ranked.
        assertThat(table).extracting(LeagueRow::rankChange).containsOnlyNulls();
    }

    @Test
    void unitsWithNothingJudgedAreNotListed() {
        workspace = WorkspaceOpener.openOrCreateWithSeeds(tempDir.resolve("w.tmdb"));
        Plan plan = new PlanStatusService(workspace).findPlan("金昌市2022年");

        List<LeagueRow> table = new UnitLeague(workspace).table(plan, AsOf.of(2022, 6));

        // 科技局 leads three indicators, none with data; 住建局 leads two milestones still pending.
        assertThat(table).extracting(r -> r.unit().name()).doesNotContain("金昌市科技局", "金昌市住建局", "永昌县");
    }

    // ---- hand-built standings (pure) ---------------------------------------------------------

    private final AtomicLong ids = new AtomicLong(100);
    private final Map<Long, Unit> units = new LinkedHashMap<>();

    private Unit unit(String name) {
        Unit u = new Unit(ids.incrementAndGet(), name, UnitKind.DEPARTMENT, null, "");
        units.put(u.id(), u);
        return u;
    }

    private Standing standing(Unit lead, Status status) {
        List<Responsibility> rs = lead == null ? List.of() : List.of(new Responsibility(lead.id(), ResponsibilityRole.LEAD));
        Indicator i = new Indicator(ids.incrementAndGet(), 1L, null, null, "", "指标" + ids.get(), "亿元",
                IndicatorKind.AMOUNT, Frequency.MONTHLY, Target.of(10, Qualifier.NONE), Source.NONE, rs, null, 0);
        return new Standing(i, null, null, null, null, null, null, status, Light.GREY);
    }

    private List<Standing> tally(Unit u, int onTrack, int offTrack) {
        List<Standing> list = new ArrayList<>();
        for (int k = 0; k < onTrack; k++) {
            list.add(standing(u, k % 2 == 0 ? Status.AHEAD : Status.MET));
        }
        for (int k = 0; k < offTrack; k++) {
            list.add(standing(u, k % 2 == 0 ? Status.BEHIND : Status.OVERDUE));
        }
        return list;
    }

    @Test
    void tiesShareARankAndTheNextRankSkips() {
        Unit a = unit("甲局");
        Unit b = unit("乙局");
        Unit c = unit("丙局");
        Unit d = unit("丁局");
        List<Standing> now = new ArrayList<>();
        now.addAll(tally(a, 2, 0));   // 100%
        now.addAll(tally(b, 1, 1));   // 50%
        now.addAll(tally(c, 2, 2));   // 50%
        now.addAll(tally(d, 0, 1));   // 0%

        List<LeagueRow> table = UnitLeague.rank(now, null, units, 2);

        assertThat(table).extracting(r -> r.unit().name(), LeagueRow::rank)
                .containsExactly(tuple("甲局", 1), tuple("丙局", 2), tuple("乙局", 2), tuple("丁局", 4));
        assertThat(table).extracting(LeagueRow::rankChange).containsOnlyNulls();
    }

    @Test
    void sharesEqualAfterRoundingTie() {
        Unit a = unit("甲局");
        Unit b = unit("乙局");
        List<Standing> now = new ArrayList<>(tally(a, 2, 1));
        now.addAll(tally(b, 4, 2));

        List<LeagueRow> table = UnitLeague.rank(now, null, units, 2);

        assertThat(table).extracting(LeagueRow::sharePct).containsOnly(new BigDecimal("66.67"));
        assertThat(table).extracting(LeagueRow::rank).containsOnly(1);
    }

    @Test
    void notJudgedStatusesStayOutOfTheDenominator() {
        Unit a = unit("甲局");
        Unit b = unit("乙局");
        List<Standing> now = new ArrayList<>(tally(a, 1, 1));
        now.add(standing(a, Status.NO_DATA));
        now.add(standing(a, Status.NO_TARGET));
        now.add(standing(a, Status.PENDING));
        now.add(standing(a, Status.COMPLETED));
        now.add(standing(a, Status.DONE));
        now.add(standing(a, Status.MISSED));
        now.add(standing(b, Status.NO_DATA));
        now.add(standing(null, Status.MET));

        List<LeagueRow> table = UnitLeague.rank(now, null, units, 1);

        assertThat(table).singleElement().satisfies(r -> {
            assertThat(r.unit().name()).isEqualTo("甲局");
            assertThat(r.led()).isEqualTo(8);
            assertThat(r.judged()).isEqualTo(5);
            assertThat(r.onTrack()).isEqualTo(3);
            assertThat(r.sharePct()).isEqualByComparingTo("60.0");
        });
    }

    @Test
    void rankChangeUpAndDownAgainstThePreviousMonth() {
        Unit a = unit("甲局");
        Unit b = unit("乙局");
        Unit c = unit("丙局");
        Unit d = unit("丁局");
        List<Standing> before = new ArrayList<>();
        before.addAll(tally(a, 3, 0));  // 1
        before.addAll(tally(b, 2, 1));  // 2
        before.addAll(tally(c, 1, 2));  // 3
        List<Standing> now = new ArrayList<>();
        now.addAll(tally(a, 1, 2));     // 33% → 3rd
        now.addAll(tally(b, 3, 0));     // 100% → 1st
        now.addAll(tally(c, 2, 1));     // 67% → 2nd
        now.addAll(tally(d, 2, 1));     // 67% → 2nd, new this month

        List<LeagueRow> table = UnitLeague.rank(now, before, units, 2);

        assertThat(table).extracting(r -> r.unit().name(), LeagueRow::rank, LeagueRow::rankChange)
                .containsExactly(tuple("乙局", 1, 1), tuple("丙局", 2, 1), tuple("丁局", 2, null),
                        tuple("甲局", 4, -3));
    }

    // ---- a plan stored in a workspace: January and the month after --------------------------

    @Test
    void januaryHasNoRankChangeAndFebruaryComparesWithJanuary() {
        workspace = Workspace.create(tempDir.resolve("league.tmdb"));
        Plan plan = workspace.plans().save(new Plan(null, "测试市2022年", "测试市", 2022, "", RuleSet.DEFAULT));
        Unit a = workspace.units().save(new Unit(null, "甲局", UnitKind.DEPARTMENT, null, ""));
        Unit b = workspace.units().save(new Unit(null, "乙局", UnitKind.DEPARTMENT, null, ""));
        Indicator ia = saved(plan, a, "甲指标");
        Indicator ib = saved(plan, b, "乙指标");
        // January: 甲 ahead of pace (10 of 100 ≥ 8.33%), 乙 behind. February: the other way round.
        observe(ia, 1, 10);
        observe(ib, 1, 5);
        observe(ia, 2, 12);
        observe(ib, 2, 20);
        UnitLeague league = new UnitLeague(workspace);

        List<LeagueRow> january = league.table(plan, AsOf.of(2022, 1));
        List<LeagueRow> february = league.table(plan, AsOf.of(2022, 2));

        assertThat(january).extracting(r -> r.unit().name(), LeagueRow::rank, LeagueRow::rankChange)
                .containsExactly(tuple("甲局", 1, null), tuple("乙局", 2, null));
        assertThat(february).extracting(r -> r.unit().name(), LeagueRow::rank, LeagueRow::rankChange)
                .containsExactly(tuple("乙局", 1, 1), tuple("甲局", 2, -1));
    }

    private Indicator saved(Plan plan, Unit lead, String name) {
        return workspace.indicators().save(new Indicator(null, plan.id(), null, null, "", name, "亿元",
                IndicatorKind.AMOUNT, Frequency.MONTHLY, Target.of(100, Qualifier.AT_LEAST), Source.NONE,
                List.of(new Responsibility(lead.id(), ResponsibilityRole.LEAD)), null, 0));
    }

    private void observe(Indicator i, int month, double value) {
        workspace.observations().save(Observation.of(i.id(), Period.month(2022, month), value));
    }
}
