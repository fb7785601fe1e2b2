package com.targetmonitor.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void parsesMonthsAndQuarters() {
        assertThat(Period.parse("2022-06")).isEqualTo(Period.month(2022, 6));
        assertThat(Period.parse("2022-6")).isEqualTo(Period.month(2022, 6));
        assertThat(Period.parse("2022-Q2")).isEqualTo(Period.quarter(2022, 2));
        assertThat(Period.parse("2022-Q2").endMonth()).isEqualTo(6);
        assertThat(Period.quarter(2022, 3).key()).isEqualTo("2022-Q3");
        assertThat(Period.month(2022, 2).key()).isEqualTo("2022-02");
    }

    @Test
    void labelsAreTheOnesOfficersUse() {
        assertThat(Period.month(2022, 2).label()).isEqualTo("1-2月");
        assertThat(Period.month(2022, 6).label()).isEqualTo("1-6月");
        assertThat(Period.month(2022, 1).label()).isEqualTo("1月");
        assertThat(List.of(1, 2, 3, 4).stream().map(q -> Period.quarter(2022, q).label()))
                .containsExactly("一季度", "上半年", "前三季度", "全年");
    }

    @Test
    void badTextGetsAReadableMessage() {
        assertThatThrownBy(() -> Period.parse("2022-13")).hasMessageContaining("01 to 12");
        assertThatThrownBy(() -> Period.parse("June")).hasMessageContaining("YYYY-MM");
        assertThatThrownBy(() -> Period.parse("2022-Q5")).hasMessageContaining("YYYY-MM");
        assertThatThrownBy(() -> new Period(2022, 5, Granularity.QUARTER)).hasMessageContaining("quarter");
    }

    @Test
    void asOfIsStrictAndClampsToThePlanYear() {
        assertThatThrownBy(() -> AsOf.parse("2022-13")).hasMessageContaining("01 to 12");
        assertThatThrownBy(() -> AsOf.parse("2022-00")).hasMessageContaining("01 to 12");
        assertThatThrownBy(() -> AsOf.parse("22-06")).hasMessageContaining("YYYY-MM");
        assertThat(AsOf.parse("2022-06").monthWithin(2022)).isEqualTo(6);
        assertThat(AsOf.parse("2023-02").monthWithin(2022)).isEqualTo(12);
        assertThat(AsOf.parse("2021-12").monthWithin(2022)).isZero();
    }

    @Test
    void timeProgressIsMonthOverTwelve() {
        assertThat(TimeProgress.at(6, null, 2)).isEqualByComparingTo("50.00");
        assertThat(TimeProgress.at(5, null, 2)).isEqualByComparingTo("41.67");
        assertThat(TimeProgress.at(11, null, 1)).isEqualByComparingTo("91.7");
        assertThat(TimeProgress.at(12, null, 2)).isEqualByComparingTo("100.00");
    }

    @Test
    void phasingMustBeTwelveNonDecreasingShares() {
        assertThatThrownBy(() -> new Phasing(List.of(1.0, 2.0))).hasMessageContaining("12");
        assertThatThrownBy(() -> new Phasing(List.of(10.0, 5.0, 20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0,
                95.0, 100.0))).hasMessageContaining("decrease");
    }
}
