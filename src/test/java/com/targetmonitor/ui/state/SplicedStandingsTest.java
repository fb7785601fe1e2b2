package com.targetmonitor.ui.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.edit.CompositeEdit;
import com.targetmonitor.logic.edit.ObservationEdit;
import com.targetmonitor.logic.status.PlanStatus;
import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.model.Category;
import com.targetmonitor.model.Direction;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.Qualifier;
import com.targetmonitor.model.Responsibility;
import com.targetmonitor.model.ResponsibilityRole;
import com.targetmonitor.model.RuleSet;
import com.targetmonitor.model.Target;
import com.targetmonitor.model.Unit;
import com.targetmonitor.model.UnitKind;
import com.targetmonitor.persistence.Workspace;
import com.targetmonitor.ui.task.QueuedTaskExecutor;
import com.targetmonitor.ui.task.SyncTaskExecutor;
import com.targetmonitor.ui.task.TaskExecutor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After typed values the window splices the changed indicators' rows into the standing before
 * instead of computing the plan whole: many random edits, undos and redos on a generated plan of
 * every kind of indicator (amounts, counts, caps, rates about and beyond a target, lower-is-better
 * levels, milestones, decomposed parents whose parts other units lead), each followed by a
 * comparison of every row and every decomposition check with a whole computation; and an edit reads
 * only the edited indicator's observations.
 */
class SplicedStandingsTest {

    @TempDir
    Path dir;

    private Session session;
    private FramedStandings standings;
    private WindowState state;
    private Plan plan;
    private final List<Indicator> indicators = new ArrayList<>();
    private long otherPlansIndicator;

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
    }

    private void open(TaskExecutor tasks, StandingsProbe probe) {
        Workspace ws = Workspace.create(dir.resolve("w.tmdb"));
        ws.inTransaction(() -> generate(ws, new Random(7)));
        session = new Session(ws);
        standings = new FramedStandings(session);
        state = new WindowState(session, tasks, probe == null ? standings : probe.around(standings));
        state.load(plan.name());
    }

    /** 12 families of a parent and three parts (one with a part of its own), and 150 single indicators. */
    private void generate(Workspace ws, Random random) {
        plan = ws.plans().save(new Plan(null, "生成计划", "生成市", 2022, "", RuleSet.DEFAULT));
        List<Long> units = new ArrayList<>();
        for (int u = 0; u < 6; u++) {
            units.add(ws.units().save(new Unit(null, "单位" + u, UnitKind.DEPARTMENT, null, "")).id());
        }
        List<Long> categories = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            categories.add(ws.plans().saveCategory(new Category(null, plan.id(), "类别" + c, c)).id());
        }
        for (int f = 0; f < 12; f++) {
            Indicator parent = save(ws, random, categories, units, null, IndicatorKind.AMOUNT,
                    Target.of(300, Qualifier.AT_LEAST), f);
            for (int p = 0; p < 3; p++) {
                // Parts that add up to the parent in some families, not in others (and one part without a target).
                Target part = f % 4 == 3 && p == 2 ? Target.none() : Target.of(f % 2 == 0 ? 100 : 90 + p, Qualifier.AT_LEAST);
                Indicator saved = save(ws, random, categories, units, parent.id(), IndicatorKind.AMOUNT, part, f + p);
                if (p == 0 && f % 3 == 0) {
                    save(ws, random, categories, units, saved.id(), IndicatorKind.AMOUNT, Target.of(100, null), f);
                }
            }
        }
        for (int i = 0; i < 150; i++) {
            save(ws, random, categories, units, null, kindOf(i), targetOf(i), i);
        }
        Plan other = ws.plans().save(new Plan(null, "别的计划", "别的市", 2022, "", RuleSet.DEFAULT));
        otherPlansIndicator = ws.indicators().save(new Indicator(null, other.id(), null, null, "1", "别的指标", "亿元",
                IndicatorKind.AMOUNT, null, Target.of(5, null), null, null, null, 0)).id();
    }

    private static IndicatorKind kindOf(int i) {
        return switch (i % 9) {
            case 0, 1, 7 -> IndicatorKind.AMOUNT;
            case 2, 8 -> IndicatorKind.COUNT;
            case 3, 4 -> IndicatorKind.GROWTH_RATE;
            case 5 -> IndicatorKind.LEVEL;
            default -> IndicatorKind.MILESTONE;
        };
    }

    private static Target targetOf(int i) {
        return switch (i % 9) {
            case 0 -> Target.of(500 + i, Qualifier.AT_LEAST).withStretch(600.0 + i);
            case 1 -> Target.of(80, Qualifier.AT_MOST); // a ceiling on an amount (能耗)
            case 2 -> Target.of(1000, Qualifier.EXCEED);
            case 3 -> Target.of(7, Qualifier.ABOUT);
            case 4 -> Target.of(8, Qualifier.EXCEED);
            case 5 -> new Target(3.5, Qualifier.NONE, Direction.LOWER_BETTER, null, null); // 失业率
            case 6 -> Target.deadline(LocalDate.of(2022, 1 + i % 12, 28));
            case 7 -> Target.none();
            default -> Target.of(40, null);
        };
    }

    private Indicator save(Workspace ws, Random random, List<Long> categories, List<Long> units, Long parentId,
                           IndicatorKind kind, Target target, int n) {
        int i = indicators.size();
        List<Responsibility> roles = List.of(new Responsibility(units.get((n + i) % units.size()), ResponsibilityRole.LEAD),
                new Responsibility(units.get((n + i + 1) % units.size()), ResponsibilityRole.SUPPORT));
        Indicator saved = ws.indicators().save(new Indicator(null, plan.id(), categories.get(i % categories.size()),
                parentId, String.valueOf(i + 1), "指标" + i, kind.isRate() ? "%" : "亿元", kind, null, target, null,
                roles, null, i));
        indicators.add(saved);
        for (int m = 2; m <= 6; m++) {
            if (random.nextInt(4) > 0) {
                ws.observations().save(Observation.of(saved.id(), Period.month(2022, m), value(random, saved)));
            }
        }
        return saved;
    }

    private static double value(Random random, Indicator indicator) {
        return switch (indicator.kind()) {
            case MILESTONE -> random.nextInt(2);
            case GROWTH_RATE, LEVEL -> Math.round(random.nextDouble() * 120) / 10.0;
            default -> random.nextInt(4) == 0 ? 100 : Math.round(random.nextDouble() * 50000) / 100.0;
        };
    }

    private PlanStatus wholeComputation() {
        return new PlanStatusService(session.workspace()).status(state.planProperty().get(), state.asOfProperty().get());
    }

    private void assertSameAsWhole(String step) {
        PlanStatus whole = wholeComputation();
        PlanStatus shown = state.standing();
        assertThat(shown.rows()).as(step).hasSameSizeAs(whole.rows());
        for (int r = 0; r < whole.rows().size(); r++) {
            assertThat(shown.rows().get(r)).as(step + ", row " + r).isEqualTo(whole.rows().get(r));
        }
        assertThat(shown.actualBreaks()).as(step + ": checks of actuals").isEqualTo(whole.actualBreaks());
        assertThat(shown.targetBreaks()).as(step + ": checks of targets").isEqualTo(whole.targetBreaks());
        assertThat(shown.countsByStatus()).as(step + ": tiles").isEqualTo(whole.countsByStatus());
        assertThat(shown).as(step).isEqualTo(whole);
    }

    private ObservationEdit edit(Random random) {
        // Mostly the families, whose checks depend on several indicators.
        Indicator i = indicators.get(random.nextInt(3) == 0 ? random.nextInt(60) : random.nextInt(indicators.size()));
        int pick = random.nextInt(10);
        Period period = pick < 6 ? Period.month(2022, 1 + random.nextInt(12))
                : pick < 8 ? Period.quarter(2022, 1 + random.nextInt(4)) : Period.month(2021, 12);
        Observation after = random.nextInt(5) == 0 ? null : Observation.of(i.id(), period, value(random, i));
        return ObservationEdit.replace(session.workspace(), "录入", i.id(), period, after);
    }

    @Test
    void randomEditsUndosAndRedosSpliceToWhatTheWholeComputationGives() {
        open(new SyncTaskExecutor(), null);
        Random random = new Random(11);
        int valueChanges = 0;
        assertSameAsWhole("opened");
        for (int step = 0; step < 300; step++) {
            int what = random.nextInt(20);
            if (what < 3 && session.history().canUndo()) {
                session.history().undo();
            } else if (what < 5 && session.history().canRedo()) {
                session.history().redo();
            } else if (what == 5) {
                // A pasted block: several cells of several indicators in one change.
                session.history().execute(new CompositeEdit("粘贴", List.of(edit(random), edit(random), edit(random))));
            } else if (what == 6) {
                state.asOfProperty().set(AsOf.of(2022, 1 + random.nextInt(12)));
                assertSameAsWhole("step " + step + ": month " + state.asOfProperty().get());
                continue;
            } else {
                session.history().execute(edit(random));
            }
            valueChanges++;
            assertSameAsWhole("step " + step);
        }
        assertThat(standings.splices()).as("every value change was spliced, none computed whole")
                .isEqualTo(valueChanges);
        assertThat(standings.framesRead()).isEqualTo(1);
    }

    @Test
    void changesArrivingWhileAStandingIsComputedAreAllSplicedIn() {
        QueuedTaskExecutor tasks = new QueuedTaskExecutor();
        open(tasks, null);
        tasks.runAll();
        Random random = new Random(3);
        for (int round = 0; round < 20; round++) {
            // Two to four edits before the background thread gets to run: the older computations are dropped.
            for (int e = 0, n = 2 + random.nextInt(3); e < n; e++) {
                session.history().execute(edit(random));
            }
            tasks.runAll();
            assertSameAsWhole("round " + round);
        }
        assertThat(standings.splices()).isPositive();
    }

    @Test
    void aValueOfAnotherPlansIndicatorOrARefreshComputesTheStandingWhole() {
        open(new SyncTaskExecutor(), null);
        Period june = Period.month(2022, 6);
        session.history().execute(ObservationEdit.replace(session.workspace(), "别的", otherPlansIndicator, june,
                Observation.of(otherPlansIndicator, june, 9)));
        assertThat(standings.splices()).as("not one of the plan's indicators").isZero();
        assertSameAsWhole("another plan's value");

        Indicator first = indicators.get(0);
        session.history().execute(ObservationEdit.replace(session.workspace(), "录入", first.id(), june,
                Observation.of(first.id(), june, 123)));
        assertThat(standings.splices()).isEqualTo(1);
        state.refresh();
        assertThat(standings.splices()).as("a refresh reads everything again").isEqualTo(1);
        assertThat(standings.framesRead()).isEqualTo(2);
        assertSameAsWhole("refreshed");
    }

    @Test
    void anEditReadsOnlyTheEditedIndicatorsObservationsInOneStatement() {
        StandingsProbe probe = new StandingsProbe();
        open(new SyncTaskExecutor(), probe);
        long planRows = probe.rows;
        assertThat(planRows).as("the whole computation reads the plan").isGreaterThan(150);

        Indicator amount = indicators.get(61);
        Period june = Period.month(2022, 6);
        session.history().execute(ObservationEdit.replace(session.workspace(), "录入", amount.id(), june,
                Observation.of(amount.id(), june, 77)));
        assertThat(probe.statements).as("one statement for the edit's standing").isEqualTo(1);
        assertThat(probe.rows).as("the edited indicator's latest value only").isEqualTo(1);

        Indicator milestone = indicators.stream().filter(i -> i.kind() == IndicatorKind.MILESTONE).findFirst()
                .orElseThrow();
        session.history().execute(ObservationEdit.replace(session.workspace(), "录入", milestone.id(), june,
                Observation.of(milestone.id(), june, 1)));
        assertThat(probe.statements).isEqualTo(1);
        assertThat(probe.rows).as("a milestone's latest and first done").isBetween(1L, 2L);
        assertSameAsWhole("after the milestone");
    }

    /** Counts the statements and rows of the workspace each standing computation reads. */
    private final class StandingsProbe {
        long statements;
        long rows;

        WindowState.StandingSource around(FramedStandings inner) {
            return new WindowState.StandingSource() {
                @Override
                public PlanStatus status(Plan p, AsOf asOf) {
                    return measured(() -> inner.status(p, asOf));
                }

                @Override
                public PlanStatus statusAfter(PlanStatus before, Set<Long> changed) {
                    return measured(() -> inner.statusAfter(before, changed));
                }
            };
        }

        private PlanStatus measured(java.util.function.Supplier<PlanStatus> computation) {
            Workspace ws = session.workspace();
            long s0 = ws.statementCount();
            long r0 = ws.rowsRead();
            PlanStatus result = computation.get();
            statements = ws.statementCount() - s0;
            rows = ws.rowsRead() - r0;
            return result;
        }
    }
}
