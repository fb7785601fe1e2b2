package com.targetmonitor.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers as officers type them, from Chinese input methods too. */
class NumberTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "9500|9500", "9,500|9500", "1,234,567.5|1234567.5", "１２３|123", "９，５００|9500", "１２３．５|123.5",
            " 37.3 |37.3", "-3|-3", "－3|-3", "−3.5|-3.5", "+2|2", ".5|0.5", "0|0", "93.20|93.20"})
    void readsNumbers(String text, String expected) {
        NumberText.Parsed parsed = NumberText.parse(text, false);
        assertThat(parsed.problem()).isNull();
        assertThat(parsed.value()).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "9500人", "9,50", "95,00", "1.2.3", "12-3", "%", "--3", "1e3", "８%%"})
    void refusesWhatIsNotANumber(String text) {
        assertThat(NumberText.parse(text, true).problem()).isEqualTo(NumberText.Problem.NOT_A_NUMBER);
    }

    @Test
    void aPercentIsReadOnlyWhereARateIsMeant() {
        assertThat(NumberText.parse("8%", true).value()).isEqualByComparingTo("8");
        assertThat(NumberText.parse("８％", true).value()).isEqualByComparingTo("8");
        assertThat(NumberText.parse("-3.5 %", true).value()).isEqualByComparingTo("-3.5");
        assertThat(NumberText.parse("8%", false).problem()).isEqualTo(NumberText.Problem.PERCENT_NOT_ALLOWED);
    }

    @Test
    void blankIsNothingRatherThanAMistake() {
        assertThat(NumberText.parse("", false).isBlank()).isTrue();
        assertThat(NumberText.parse("　 ", false).isBlank()).isTrue();
        assertThat(NumberText.parse(null, false).isBlank()).isTrue();
        assertThat(NumberText.parse("0", false).isBlank()).isFalse();
    }
}
