package com.targetmonitor.model;

import static com.targetmonitor.model.Indicators.amount;
import static com.targetmonitor.model.Indicators.june;
import static com.targetmonitor.model.Indicators.milestone;
import static com.targetmonitor.model.Indicators.obs;
import static com.targetmonitor.model.Indicators.rate;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusCalculatorTest {

    private static final AsOf JUNE = AsOf.of(2022, 6);
    private final StatusCalculator calc = new StatusCalculator(RuleSet.DEFAULT);

    private Standing at(Indicator indicator, AsOf asOf, Observation... observations) {
        return calc.evaluate(indicator, List.of(observations), 2022, asOf);
    }

    @Nested
    class Amounts {

        @Test
        void employmentFromTheSpeechIsAheadOfTimeProgress() {
            Indicator jobs = amount(9500, Qualifier.AT_LEAST);
            Standing s = at(jobs, JUNE, june(jobs, 5732));
            assertThat(s.completionPct()).isEqualByComparingTo("60.34");
            assertThat(s.timeProgressPct()).isEqualByComparingTo("50.00");
            assertThat(s.gapPts()).isEqualByComparingTo("10.34");
            assertThat(s.status()).isEqualTo(Status.AHEAD);
            assertThat(s.light()).isEqualTo(Light.GREEN);
            assertThat(s.deviationPts()).isNull();
        }

        @Test
        void plannedInvestmentRateIsBehindByTwelvePointSeven() {
            Indicator investment = amount(100, Qualifier.NONE);
            Standing s = at(investment, JUNE, june(investment, 37.3));
            assertThat(s.completionPct()).isEqualByComparingTo("37.30");
            assertThat(s.gapPts()).isEqualByComparingTo("-12.70");
            assertThat(s.status()).isEqualTo(Status.BEHIND);
            assertThat(s.light()).isEqualTo(Light.RED);
        }

        @Test
        void completionIsRoundedHalfUpToThePlanScale() {
            Indicator funds = amount(165, Qualifier.AT_LEAST);
            assertThat(at(funds, JUNE, june(funds, 93.2)).completionPct()).isEqualByComparingTo("56.48");
            Standing oneDecimal = new StatusCalculator(new RuleSet(BigDecimal.TEN, BigDecimal.ONE,
                    new BigDecimal("0.5"), 1)).evaluate(funds, List.of(june(funds, 93.2)), 2022, JUNE);
            assertThat(oneDecimal.completionPct()).isEqualByComparingTo("56.5");
            assertThat(oneDecimal.completionPct().scale()).isEqualTo(1);
        }

        @Test
        void reachingTheTargetIsCompletedAndExceedNeedsMoreThanTheTarget() {
            Indicator labour = amount(8.0, Qualifier.AT_LEAST);
            assertThat(at(labour, JUNE, june(labour, 8.04)).status()).isEqualTo(Status.COMPLETED);
            assertThat(at(labour, JUNE, june(labour, 8.0)).status()).isEqualTo(Status.COMPLETED);
            Indicator chains = amount(1000, Qualifier.EXCEED);
            assertThat(at(chains, AsOf.of(2022, 12), obs(chains, Period.month(2022, 12), 1000.0)).status())
                    .isEqualTo(Status.BEHIND);
            assertThat(at(chains, AsOf.of(2022, 12), obs(chains, Period.month(2022, 12), 1000.5)).status())
                    .isEqualTo(Status.COMPLETED);
        }

        @ParameterizedTest(name = "{0} of 100 at June: {1} {2}")
        @CsvSource({"50, AHEAD, GREEN", "49.99, BEHIND, YELLOW", "40, BEHIND, YELLOW", "39.99, BEHIND, RED"})
        void lightBandsFollowThePlanRules(double actual, Status status, Light light) {
            Indicator i = amount(100, Qualifier.NONE);
            Standing s = at(i, JUNE, june(i, actual));
            assertThat(s.status()).isEqualTo(status);
            assertThat(s.light()).isEqualTo(light);
        }

        @Test
        void aWiderYellowBandIsAPlanSetting() {
            RuleSet lenient = new RuleSet(new BigDecimal("30"), BigDecimal.ONE, new BigDecimal("0.5"), 2);
            Indicator i = amount(100, Qualifier.NONE);
            Standing s = new StatusCalculator(lenient).evaluate(i, List.of(june(i, 25)), 2022, JUNE);
            assertThat(s.light()).isEqualTo(Light.YELLOW);
        }

        @Test
        void aCapOnACumulativeAmountIsOnTrackWhileUnderThePlannedShare() {
            Indicator cap = Indicators.of(IndicatorKind.AMOUNT, Target.of(200, Qualifier.AT_MOST));
            assertThat(cap.target().direction()).isEqualTo(Direction.LOWER_BETTER);
            Standing under = at(cap, JUNE, june(cap, 80));
            assertThat(under.status()).isEqualTo(Status.AHEAD);
            assertThat(under.light()).isEqualTo(Light.GREEN);
            Standing over = at(cap, JUNE, june(cap, 110));
            assertThat(over.status()).isEqualTo(Status.BEHIND);
            assertThat(over.light()).isEqualTo(Light.YELLOW);
            assertThat(at(cap, JUNE, june(cap, 201)).light()).isEqualTo(Light.RED);
        }

        @Test
        void countsAreJudgedLikeAmounts() {
            Indicator tasks = Indicators.of(IndicatorKind.COUNT, Target.of(20, Qualifier.NONE));
            Standing s = at(tasks, JUNE, june(tasks, 3));
            assertThat(s.completionPct()).isEqualByComparingTo("15.00");
            assertThat(s.status()).isEqualTo(Status.BEHIND);
        }

        @Test
        void stretchTargetGetsItsOwnCompletion() {
            Indicator i = Indicators.of(IndicatorKind.AMOUNT, new Target(100.0, Qualifier.AT_LEAST,
                    Direction.HIGHER_BETTER, 120.0, null));
            Standing s = at(i, JUNE, june(i, 60));
            assertThat(s.completionPct()).isEqualByComparingTo("60.00");
            assertThat(s.stretchCompletionPct()).isEqualByComparingTo("50.00");
        }

        @Test
        void noValueIsNoDataAndNoTargetIsNoTarget() {
            Indicator i = amount(100, Qualifier.NONE);
            assertThat(at(i, JUNE).status()).isEqualTo(Status.NO_DATA);
            assertThat(at(i, JUNE).light()).isEqualTo(Light.GREY);
            assertThat(at(i, JUNE, obs(i, Period.month(2022, 6), null)).status()).isEqualTo(Status.NO_DATA);
            Indicator monitored = Indicators.of(IndicatorKind.AMOUNT, Target.none());
            Standing s = at(monitored, JUNE, june(monitored, 51));
            assertThat(s.status()).isEqualTo(Status.NO_TARGET);
            assertThat(s.actual()).isEqualTo(51.0);
        }
    }

    @Nested
    class Periods {

        @Test
        void theLatestObservationUpToTheAsOfMonthIsJudged() {
            Indicator i = amount(100, Qualifier.NONE);
            Observation feb = obs(i, Period.month(2022, 2), 10.0);
            Observation may = obs(i, Period.month(2022, 5), 40.0);
            Observation july = obs(i, Period.month(2022, 7), 70.0);
            Standing s = at(i, JUNE, july, feb, may);
            assertThat(s.observation()).isEqualTo(may);
            assertThat(s.completionPct()).isEqualByComparingTo("40.00");
        }

        @Test
        void janFebIsOnePeriodJudgedAtFebruarysTimeProgress() {
            Indicator i = amount(1200, Qualifier.NONE);
            Period janFeb = Period.month(2022, 2);
            assertThat(janFeb.label()).isEqualTo("1-2月");
            Standing atFeb = at(i, AsOf.of(2022, 2), obs(i, janFeb, 200.0));
            assertThat(atFeb.timeProgressPct()).isEqualByComparingTo("16.67");
            assertThat(atFeb.completionPct()).isEqualByComparingTo("16.67");
            assertThat(atFeb.status()).isEqualTo(Status.AHEAD);
            // In January the combined figure is not out yet: no data, not a stale judgement.
            assertThat(at(i, AsOf.of(2022, 1), obs(i, janFeb, 200.0)).status()).isEqualTo(Status.NO_DATA);
        }

        @Test
        void quarterlyGdpIsJudgedOnTheLatestQuarter() {
            Indicator gdp = rate(8, Qualifier.NONE, Direction.HIGHER_BETTER);
            Observation q1 = obs(gdp, Period.quarter(2022, 1), 7.5);
            Observation h1 = obs(gdp, Period.quarter(2022, 2), 11.7);
            Standing s = at(gdp, AsOf.of(2022, 8), q1, h1);
            assertThat(s.observation().period().label()).isEqualTo("上半年");
            assertThat(s.deviationPts()).isEqualByComparingTo("3.70");
        }

        @Test
        void otherYearsAreIgnoredAndTimeProgressIsClampedToThePlanYear() {
            Indicator i = amount(100, Qualifier.NONE);
            Observation lastYear = obs(i, Period.month(2021, 12), 100.0);
            assertThat(at(i, JUNE, lastYear).status()).isEqualTo(Status.NO_DATA);
            assertThat(at(i, AsOf.of(2023, 3), obs(i, Period.month(2022, 12), 90.0)).timeProgressPct())
                    .isEqualByComparingTo("100.00");
            assertThat(at(i, AsOf.of(2021, 11)).timeProgressPct()).isEqualByComparingTo("0.00");
        }

        @Test
        void plannedPhasingReplacesMonthOverTwelve() {
            Phasing backLoaded = new Phasing(List.of(3.0, 6.0, 10.0, 15.0, 20.0, 30.0, 40.0, 50.0, 62.0, 75.0,
                    88.0, 100.0));
            Indicator investment = amount(100, Qualifier.NONE).withPhasing(backLoaded);
            Standing s = at(investment, JUNE, june(investment, 37.3));
            assertThat(s.timeProgressPct()).isEqualByComparingTo("30.00");
            assertThat(s.gapPts()).isEqualByComparingTo("7.30");
            assertThat(s.status()).isEqualTo(Status.AHEAD);
        }
    }

    @Nested
    class Rates {

        @ParameterizedTest(name = "{0}% against {1}% {2} {3}: {4} {5} {6}")
        @CsvSource({
            // actual, target, qualifier, direction, deviation, status, light
            "11.7, 8, NONE, HIGHER_BETTER, 3.70, MET, GREEN",          // GDP 高于年初计划3.7个百分点
            "4.3, 8, NONE, HIGHER_BETTER, -3.70, MISSED, RED",         // 第三产业 低于目标3.7个百分点
            "11.7, 16, AT_LEAST, HIGHER_BETTER, -4.30, MISSED, RED",   // 固定资产投资 低于目标4.3个百分点
            "17.33, 7, NONE, HIGHER_BETTER, 10.33, MET, GREEN",        // 一般公共预算收入
            "16, 16, AT_LEAST, HIGHER_BETTER, 0.00, MET, GREEN",
            "15.2, 16, AT_LEAST, HIGHER_BETTER, -0.80, MISSED, YELLOW",
            "5.6, 6, ABOUT, HIGHER_BETTER, -0.40, MET, GREEN",         // 6%左右: within 0.5 points
            "5.4, 6, ABOUT, HIGHER_BETTER, -0.60, MISSED, YELLOW",
            "9.0, 6, ABOUT, HIGHER_BETTER, 3.00, MET, GREEN",          // beating a 左右 growth target is fine
            "-3.5, -3, NONE, LOWER_BETTER, -0.50, MET, GREEN",         // 下降3%: fell 3.5%
            "-2.1, -3, NONE, LOWER_BETTER, 0.90, MISSED, YELLOW",      // fell only 2.1%
            "-3.5, -3, AT_LEAST, LOWER_BETTER, -0.50, MET, GREEN",     // 下降3%以上
            "3.2, 3.5, AT_MOST, LOWER_BETTER, -0.30, MET, GREEN",      // 控制在3.5%以内
            "3.5, 3.5, AT_MOST, LOWER_BETTER, 0.00, MET, GREEN",
            "4.8, 3.5, AT_MOST, LOWER_BETTER, 1.30, MISSED, RED",
            "3.9, 3.5, AT_MOST, HIGHER_BETTER, 0.40, MISSED, YELLOW",  // 以内 is a ceiling whatever the direction
            "3.9, 3.5, ABOUT, LOWER_BETTER, 0.40, MET, GREEN",
            "500, 500, EXCEED, HIGHER_BETTER, 0.00, MISSED, YELLOW",   // 突破500: must be beyond
            "533.15, 500, EXCEED, HIGHER_BETTER, 33.15, MET, GREEN",
        })
        void deviationAndStatus(double actual, double target, Qualifier qualifier, Direction direction,
                                String deviation, Status status, Light light) {
            Indicator i = rate(target, qualifier, direction);
            Standing s = at(i, JUNE, june(i, actual));
            assertThat(s.deviationPts()).isEqualByComparingTo(deviation);
            assertThat(s.status()).isEqualTo(status);
            assertThat(s.light()).isEqualTo(light);
            assertThat(s.completionPct()).isNull();
            assertThat(s.timeProgressPct()).isNull();
        }

        @Test
        void levelsAreJudgedLikeRates() {
            Indicator share = Indicators.of(IndicatorKind.LEVEL, Target.of(90, Qualifier.AT_LEAST));
            Standing s = at(share, JUNE, june(share, 87.16));
            assertThat(s.deviationPts()).isEqualByComparingTo("-2.84");
            assertThat(s.status()).isEqualTo(Status.MISSED);
            assertThat(s.light()).isEqualTo(Light.RED);
        }

        @Test
        void toleranceForAboutIsAPlanSetting() {
            RuleSet wide = new RuleSet(BigDecimal.TEN, BigDecimal.ONE, BigDecimal.ONE, 2);
            Indicator i = rate(6, Qualifier.ABOUT, Direction.HIGHER_BETTER);
            Standing s = new StatusCalculator(wide).evaluate(i, List.of(june(i, 5.1)), 2022, JUNE);
            assertThat(s.status()).isEqualTo(Status.MET);
        }

        @Test
        void aRateWithoutValueOrTarget() {
            Indicator i = rate(8, Qualifier.NONE, Direction.HIGHER_BETTER);
            assertThat(at(i, JUNE).status()).isEqualTo(Status.NO_DATA);
            Indicator monitored = Indicators.of(IndicatorKind.GROWTH_RATE, Target.none());
            assertThat(at(monitored, JUNE, june(monitored, -3.9)).status()).isEqualTo(Status.NO_TARGET);
        }
    }

    @Nested
    class Milestones {

        private final Indicator byMarch = milestone(LocalDate.of(2022, 3, 31));

        @Test
        void doneWhenReportedDoneUpToTheAsOfMonth() {
            Standing s = at(byMarch, JUNE, obs(byMarch, Period.month(2022, 3), 1.0));
            assertThat(s.status()).isEqualTo(Status.DONE);
            assertThat(s.light()).isEqualTo(Light.GREEN);
        }

        @Test
        void pendingBeforeTheDeadlineOverdueAfterIt() {
            assertThat(at(byMarch, AsOf.of(2022, 2)).status()).isEqualTo(Status.PENDING);
            assertThat(at(byMarch, AsOf.of(2022, 3)).status()).isEqualTo(Status.OVERDUE);
            assertThat(at(byMarch, JUNE, obs(byMarch, Period.month(2022, 5), 0.0)).status()).isEqualTo(Status.OVERDUE);
            assertThat(at(byMarch, JUNE).light()).isEqualTo(Light.RED);
        }

        @Test
        void doneAfterTheAsOfMonthDoesNotCountYet() {
            Standing s = at(byMarch, AsOf.of(2022, 3), obs(byMarch, Period.month(2022, 4), 1.0));
            assertThat(s.status()).isEqualTo(Status.OVERDUE);
        }

        @Test
        void withoutDeadlineItStaysPending() {
            Indicator open = milestone(null);
            assertThat(at(open, AsOf.of(2022, 12)).status()).isEqualTo(Status.PENDING);
        }
    }
}
