package com.targetmonitor.logic.excel.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "12.5%|12.5", "1,234.5|1234.5", "１２３|123", "１２.５|12.5", "下降2.1|-2.1", "增长3.5|3.5", "-2.1|-2.1",
            "−2.1|-2.1", "－4|-4", "93.2亿元|93.2", " 5 732 |5732", "1.2E3|1200", "0.30|0.3", "同比下降0.5个百分点|-0.5",
            "12,345,678|12345678", "+7|7", ".5|0.5"})
    void readsNumbersAsOfficersWriteThem(String text, double expected) {
        NumberReading r = NumberText.read(text);
        assertThat(r.problem()).isNull();
        assertThat(r.value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "—", "——", "/", "-", "–", "…", "　", "N/A"})
    void notAvailableMeansNoValueAndNoProblem(String text) {
        NumberReading r = NumberText.read(text);
        assertThat(r.isEmpty()).isTrue();
        assertThat(r.hasValue()).isFalse();
    }

    @Test
    void textThatIsNoNumberIsAProblemNamingTheText() {
        NumberReading r = NumberText.read("约十亿");
        assertThat(r.hasValue()).isFalse();
        assertThat(r.problem()).contains("约十亿");
        assertThat(NumberText.read("12.5吨煤").problem()).isNotNull();
    }

    @Test
    void formulaErrorsAreProblems() {
        assertThat(NumberText.read("#DIV/0!").problem()).contains("#DIV/0!");
    }

    @Test
    void percentAndUnitAreReported() {
        assertThat(NumberText.read("12.5%").percent()).isTrue();
        assertThat(NumberText.read("93.2亿元").unitHint()).isEqualTo("亿元");
        assertThat(NumberText.read("93.2").percent()).isFalse();
    }
}
