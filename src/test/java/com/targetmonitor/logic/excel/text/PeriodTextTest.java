package com.targetmonitor.logic.excel.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.model.Frequency;
import com.targetmonitor.model.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "2024年1-6月全市主要经济指标|2024|6|false",
            "2024年1～6月|2024|6|false",
            "2024年1月至6月|2024|6|false",
            "1-2月|null|2|false",
            "1-6月累计|null|6|false",
            "2024年一季度|2024|3|true",
            "一季度|null|3|true",
            "2023年上半年|2023|6|true",
            "前三季度|null|9|true",
            "2024年6月统计月报|2024|6|false",
            "2024-06|2024|6|false",
            "2024-06-30|2024|6|false",
            "6月|null|6|false",
            "1月|null|1|false"})
    void readsThePeriodOfficersWrite(String text, Integer year, Integer month, boolean quarter) {
        PeriodHint h = PeriodText.find(text);
        assertThat(h.year()).isEqualTo(year);
        assertThat(h.endMonth()).isEqualTo(month);
        assertThat(h.quarter()).isEqualTo(quarter);
    }

    @Test
    void textWithoutPeriodGivesNone() {
        assertThat(PeriodText.find("主要经济指标").hasMonth()).isFalse();
        assertThat(PeriodText.find("4-6月").hasMonth()).as("a quarter's months are not a cumulative period").isFalse();
        assertThat(PeriodText.find("2024年主要指标").year()).isEqualTo(2024);
    }

    @Test
    void quarterlyIndicatorsGetTheQuarter() {
        PeriodHint h = PeriodText.find("2022年1-6月");
        assertThat(h.periodFor(Frequency.QUARTERLY, 2022)).isEqualTo(Period.quarter(2022, 2));
        assertThat(h.periodFor(Frequency.MONTHLY, 2022)).isEqualTo(Period.month(2022, 6));
        assertThat(PeriodText.find("1-2月").periodFor(Frequency.MONTHLY, 2023)).isEqualTo(Period.month(2023, 2));
    }
}
