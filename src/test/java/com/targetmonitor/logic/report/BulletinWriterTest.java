package com.targetmonitor.logic.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.status.PlanStatus;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.model.Direction;
import com.targetmonitor.model.Frequency;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Origin;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Qualifier;
import com.targetmonitor.model.RuleSet;
import com.targetmonitor.model.Source;
import com.targetmonitor.model.Standing;
import com.targetmonitor.model.StatusCalculator;
import com.targetmonitor.model.Status;
import com.targetmonitor.model.Target;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 通报 sentences, as officers write them, for the seed plan and for the rarer cases. */
class BulletinWriterTest {

    @TempDir
    static Path dir;
    static PlanStatus june;
    static List<BulletinSection> sections;

    @BeforeAll
    static void seed() {
        june = SeedPlan.status(dir, SeedPlan.JINCHANG_2022, "2022-06");
        sections = new BulletinWriter().write(june);
    }

    private static List<String> group(Status status) {
        return sections.stream().filter(s -> s.standing() == status).findFirst().orElseThrow().sentences();
    }

    @Test
    void employmentIsAheadOfTimeProgress() {
        assertThat(group(Status.AHEAD)).contains("1-6月，城镇新增就业5732人，完成年度目标的60.34%，超时序进度10.34个百分点。");
    }

    @Test
    void keyProjectInvestmentIsAPublishedCompletionRateBehindTimeProgress() {
        assertThat(group(Status.BEHIND)).contains("1-6月，重点项目年度计划投资完成率37.3%，低于时序进度12.7个百分点。");
    }

    @Test
    void gdpGrowthIsAboveItsTargetInTheFirstHalf() {
        assertThat(group(Status.MET)).contains("上半年，地区生产总值增长11.7%，高于年度目标3.7个百分点。");
    }

    @Test
    void theOtherSeedStandingsReadAsInTheSpeech() {
        assertThat(group(Status.MISSED)).contains(
                "上半年，第三产业增加值增长4.3%，低于年度目标3.7个百分点。",
                "1-6月，固定资产投资增长11.7%，低于年度目标4.3个百分点。",
                "1-6月，不动产总体发证率87.16%，低于年度目标2.84个百分点。");
        assertThat(group(Status.AHEAD)).contains(
                "1-6月，招商引资到位资金93.2亿元，同比增长22.7%，完成年度目标的56.48%，超时序进度6.48个百分点。");
        assertThat(group(Status.COMPLETED)).contains(
                "1-6月，输转城乡富余劳动力8.04万人，完成年度目标的100.5%，提前完成年度目标任务。");
        assertThat(group(Status.NO_TARGET)).contains("1-6月，社会消费品零售总额下降3.9%。",
                "1-6月，重点项目开复工率94.6%。", "1-6月，投资完成率低于30%的亿元以上项目51个。");
        assertThat(group(Status.PENDING)).contains("航天互动展示中心开园运营，计划2022年8月10日前完成，尚未到期。");
    }

    @Test
    void everyIndicatorIsCountedOnceAndGroupsFollowTheOfficersOrder() {
        assertThat(sections.stream().mapToInt(BulletinSection::count).sum()).isEqualTo(june.rows().size());
        List<Status> order = sections.stream().map(BulletinSection::standing).toList();
        assertThat(order).isSortedAccordingTo((a, b) -> Integer.compare(BulletinWriter.ORDER.indexOf(a),
                BulletinWriter.ORDER.indexOf(b)));
        BulletinSection noData = sections.get(sections.size() - 1);
        assertThat(noData.standing()).isEqualTo(Status.NO_DATA);
        assertThat(noData.sentences()).singleElement().asString()
                .startsWith("以下" + noData.count() + "项指标暂无数据：").contains("永昌县地区生产总值、金川区地区生产总值");
        for (BulletinSection s : sections) {
            if (s.standing() != Status.NO_DATA) {
                assertThat(s.sentences()).hasSize(s.count());
            }
            assertThat(s.sentences()).allSatisfy(t -> assertThat(t).endsWith("。").doesNotContain("。。")
                    .doesNotContainPattern("\\d\\.\\d*0(%|个)").doesNotContain("E-").doesNotContain("000000"));
        }
    }

    @Test
    void afterTheYearTheMilestonesAreOverdue() {
        List<BulletinSection> december = new BulletinWriter().write(SeedPlan.status(dir, SeedPlan.JINCHANG_2022, "2022-12"));
        assertThat(december.stream().filter(s -> s.standing() == Status.OVERDUE).findFirst().orElseThrow().sentences())
                .contains("兰张三四线金昌段开工，计划2022年12月31日前完成，已逾期，尚未完成。");
    }

    // --- the rarer patterns, on indicators built here ---------------------------------------------

    private static final AsOf JUNE = AsOf.of(2022, 6);

    private static String sentence(IndicatorKind kind, String name, String unit, Target target, Double value,
                                   Double yoy, Period period) {
        Indicator indicator = new Indicator(1L, 1L, null, null, "x", name, unit, kind, Frequency.MONTHLY, target,
                Source.NONE, List.of(), null, 0);
        List<Observation> obs = value == null ? List.of()
                : List.of(new Observation(1L, 1L, period, value, yoy, null, Origin.TYPED, ""));
        Standing s = new StatusCalculator(RuleSet.DEFAULT).evaluate(indicator, obs, 2022, JUNE);
        return new BulletinWriter().sentence(s, 6);
    }

    private static String sentence(IndicatorKind kind, String name, String unit, Target target, Double value) {
        return sentence(kind, name, unit, target, value, null, Period.month(2022, 6));
    }

    @Test
    void growthBelowZeroIsADeclineAndLevelsKeepTheirUnit() {
        assertThat(sentence(IndicatorKind.GROWTH_RATE, "社会消费品零售总额增速", "%", Target.of(6, Qualifier.ABOUT), -2.5))
                .isEqualTo("1-6月，社会消费品零售总额下降2.5%，低于年度目标8.5个百分点。");
        assertThat(sentence(IndicatorKind.GROWTH_RATE, "规上工业增加值增长率", "%", Target.of(8, Qualifier.NONE), 8.0))
                .isEqualTo("1-6月，规上工业增加值增长8%，与年度目标持平。");
        assertThat(sentence(IndicatorKind.LEVEL, "新能源装机规模", "万千瓦", Target.of(500, Qualifier.EXCEED), 480.5))
                .isEqualTo("1-6月，新能源装机规模480.5万千瓦，低于年度目标19.5万千瓦。");
    }

    @Test
    void ceilingsAndDeclineTargetsSayWhichWayIsGood() {
        assertThat(sentence(IndicatorKind.LEVEL, "城镇调查失业率", "%", Target.of(5.5, Qualifier.AT_MOST), 5.2))
                .isEqualTo("1-6月，城镇调查失业率5.2%，低于年度控制目标0.3个百分点。");
        Target decline = new Target(-3.0, Qualifier.AT_LEAST, Direction.LOWER_BETTER, null, null);
        assertThat(sentence(IndicatorKind.GROWTH_RATE, "单位GDP能耗增幅", "%", decline, -3.5))
                .isEqualTo("1-6月，单位GDP能耗下降3.5%，比年度目标多降0.5个百分点。");
        Target cap = Target.of(200, Qualifier.AT_MOST);
        assertThat(sentence(IndicatorKind.AMOUNT, "能源消费总量", "万吨标准煤", cap, 90.0))
                .isEqualTo("1-6月，能源消费总量90万吨标准煤，占年度控制目标的45%，低于时序进度5个百分点。");
        assertThat(sentence(IndicatorKind.AMOUNT, "能源消费总量", "万吨标准煤", cap, 210.0))
                .isEqualTo("1-6月，能源消费总量210万吨标准煤，占年度控制目标的105%，已突破年度控制目标。");
    }

    @Test
    void aCompletionRateAgainstATargetOtherThanTheWholePlanSaysBoth() {
        assertThat(sentence(IndicatorKind.AMOUNT, "项目资金拨付", "%", Target.of(80, Qualifier.AT_LEAST), 40.0))
                .isEqualTo("1-6月，项目资金拨付完成率40%，完成年度目标的50%，与时序进度持平。");
    }

    @Test
    void yearOnYearGrowthAndJanuaryFebruaryPeriods() {
        assertThat(sentence(IndicatorKind.AMOUNT, "招商引资到位资金", "亿元", Target.of(165, Qualifier.AT_LEAST), 20.0,
                -4.0, Period.month(2022, 2)))
                .isEqualTo("1-2月，招商引资到位资金20亿元，同比下降4%，完成年度目标的12.12%，低于时序进度37.88个百分点。");
    }

    @Test
    void milestoneWithoutDeadlineAndDone() {
        Indicator done = new Indicator(1L, 1L, null, null, "x", "兰张三四线金昌段开工", "", IndicatorKind.MILESTONE,
                Frequency.ANNUAL, Target.deadline(LocalDate.of(2022, 12, 31)), Source.NONE, List.of(), null, 0);
        Standing s = new StatusCalculator(RuleSet.DEFAULT).evaluate(done,
                List.of(Observation.of(1L, Period.month(2022, 5), 1)), 2022, JUNE);
        assertThat(new BulletinWriter().sentence(s, 6)).isEqualTo("兰张三四线金昌段开工，计划2022年12月31日前完成，已完成。");
        assertThat(BulletinWriter.growthSubject("增速")).isEqualTo("增速");
    }

    @Test
    void aNameThatSaysDeclineIsNotSaidTwice() {
        assertThat(BulletinWriter.growthSubject("单位地区生产总值能耗下降")).isEqualTo("单位地区生产总值能耗");
        assertThat(BulletinWriter.growthSubject("化学需氧量排放量下降率")).isEqualTo("化学需氧量排放量");
        assertThat(BulletinWriter.growthSubject("万元工业增加值用水量降低")).isEqualTo("万元工业增加值用水量");
        assertThat(BulletinPhrases.growth(BulletinWriter.growthSubject("单位GDP能耗下降"), -1, "3.2"))
                .isEqualTo("单位GDP能耗下降3.2%").doesNotContain("下降下降");
    }
}
