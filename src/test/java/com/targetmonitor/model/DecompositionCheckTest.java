package com.targetmonitor.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecompositionCheckTest {

    private final DecompositionCheck check = new DecompositionCheck(RuleSet.DEFAULT);

    /** 嘉峪关: 招商引资到位资金 60亿 over eight chains: 10+10+16+10+6+5+2+1. */
    private static List<Indicator> jiayuguanFunds(double... parts) {
        List<Indicator> all = new ArrayList<>();
        all.add(indicator(100L, null, 60.0));
        long id = 101;
        for (double part : parts) {
            all.add(indicator(id++, 100L, part));
        }
        return all;
    }

    private static Indicator indicator(long id, Long parentId, Double target) {
        return new Indicator(id, 1L, null, parentId, "c" + id, "到位资金" + id, "亿元", IndicatorKind.AMOUNT,
                Frequency.MONTHLY, new Target(target, Qualifier.AT_LEAST, Direction.HIGHER_BETTER, null, null),
                Source.NONE, List.of(), null, 0);
    }

    @Test
    void theEightChainsAddUpToSixty() {
        assertThat(check.targets(jiayuguanFunds(10, 10, 16, 10, 6, 5, 2, 1))).isEmpty();
    }

    @Test
    void anEditedChildThatBreaksTheSumIsReported() {
        List<DecompositionBreak> breaks = check.targets(jiayuguanFunds(10, 10, 18, 10, 6, 5, 2, 1));
        assertThat(breaks).hasSize(1);
        DecompositionBreak b = breaks.get(0);
        assertThat(b.parent().id()).isEqualTo(100L);
        assertThat(b.childrenSum()).isEqualByComparingTo("62");
        assertThat(b.difference()).isEqualByComparingTo("2");
        assertThat(b.children()).hasSize(8);
    }

    @Test
    void withinRoundingIsNotABreak() {
        assertThat(check.targets(jiayuguanFunds(10.001, 10, 16, 10, 6, 5, 2, 1))).isEmpty();
        assertThat(check.targets(jiayuguanFunds(10.01, 10, 16, 10, 6, 5, 2, 1))).hasSize(1);
    }

    @Test
    void decimalsAddExactly() {
        // 0.1 + 0.2 is not 0.3 in binary floating point; the check must not report it.
        List<Indicator> all = List.of(indicator(1L, null, 0.3), indicator(2L, 1L, 0.1), indicator(3L, 1L, 0.2));
        assertThat(check.targets(all)).isEmpty();
    }

    @Test
    void aChildWithoutTargetIsReportedAsMissing() {
        List<Indicator> all = new ArrayList<>(jiayuguanFunds(10, 10, 16, 10, 6, 5, 2));
        all.add(indicator(200L, 100L, null));
        List<DecompositionBreak> breaks = check.targets(all);
        assertThat(breaks).hasSize(1);
        assertThat(breaks.get(0).missing()).extracting(Indicator::id).containsExactly(200L);
        assertThat(breaks.get(0).childrenSum()).isNull();
    }

    @Test
    void ratesAreNotAdded() {
        Indicator growth = new Indicator(1L, 1L, null, null, "g", "增速", "%", IndicatorKind.GROWTH_RATE,
                Frequency.MONTHLY, Target.of(7, Qualifier.NONE), Source.NONE, List.of(), null, 0);
        Indicator county = new Indicator(2L, 1L, null, 1L, "g1", "县增速", "%", IndicatorKind.GROWTH_RATE,
                Frequency.MONTHLY, Target.of(8, Qualifier.NONE), Source.NONE, List.of(), null, 0);
        assertThat(check.targets(List.of(growth, county))).isEmpty();
    }

    @Test
    void actualsOfLaggingProjectsByUnitAddUp() {
        // 51个投资完成率低于30%的项目：市直属7个、永昌县23个、金川区12个、经开区7个、金川集团公司2个
        List<Indicator> all = List.of(indicator(1L, null, null), indicator(2L, 1L, null), indicator(3L, 1L, null),
                indicator(4L, 1L, null), indicator(5L, 1L, null), indicator(6L, 1L, null));
        Map<Long, Double> actuals = Map.of(1L, 51.0, 2L, 7.0, 3L, 23.0, 4L, 12.0, 5L, 7.0, 6L, 2.0);
        assertThat(check.actuals(all, actuals)).isEmpty();
        Map<Long, Double> wrong = new java.util.HashMap<>(actuals);
        wrong.put(3L, 22.0);
        Map<Long, Double> partial = new java.util.HashMap<>(actuals);
        partial.remove(3L);
        assertThat(check.actuals(all, partial)).as("parts not all reported yet: missing data, not a break").isEmpty();
        assertThat(check.actuals(all, wrong)).singleElement()
                .satisfies(b -> assertThat(b.difference()).isEqualByComparingTo(new BigDecimal("-1")));
    }
}
