package com.targetmonitor.logic.entry;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.model.IndicatorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers as officers type them and as Excel and statistical tables hand them over. */
class EntryParserTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "5732|5732",
        "' 5732 '|5732",
        "1,234.5|1234.5",
        "12,345,678|12345678",
        "12.5%|12.5",
        "１２３|123",
        "１，２３４．５|1234.5",
        "１２.５％|12.5",
        "　88　|88",
        "-3.9|-3.9",
        "\u22123.9|-3.9",
        "+4|4",
        "(1,234)|-1234",
        ".5|0.5",
        "7.|7",
        "1.2E+3|1200",
        "12。5|12.5",
        "\uFEFF42\u200B|42",
        "0|0",
        "-0|0",
    })
    void readsNumbers(String text, double expected) {
        ParsedEntry parsed = EntryParser.parseNumber(text);
        assertThat(parsed.isValid()).isTrue();
        assertThat(parsed.value()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" clears")
    @ValueSource(strings = {"", "   ", "—", "——", "-", "--", "/", "－", "–", "n/a", "N/A"})
    void notAvailableMarksClear(String text) {
        assertThat(EntryParser.parseNumber(text).isClear()).isTrue();
        assertThat(EntryParser.parse(text, IndicatorKind.AMOUNT, "亿元").isClear()).isTrue();
    }

    @Test
    void nullClears() {
        assertThat(EntryParser.parseNumber(null).isClear()).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" is not a number")
    @ValueSource(strings = {"abc", "12..5", "1,23", "12,5", "#N/A", "1 234", "5%%", "约5000", "1e999", "0x10"})
    void refusesWhatIsNoNumber(String text) {
        ParsedEntry parsed = EntryParser.parseNumber(text);
        assertThat(parsed.isValid()).isFalse();
        assertThat(parsed.problem()).isEqualTo(EntryProblem.NOT_A_NUMBER);
        assertThat(parsed.value()).isNull();
    }

    @Test
    void theIndicatorsUnitMayFollowTheNumber() {
        assertThat(EntryParser.parse("6800人", IndicatorKind.AMOUNT, "人").value()).isEqualTo(6800.0);
        assertThat(EntryParser.parse("265.3 亿元", IndicatorKind.AMOUNT, "亿元").value()).isEqualTo(265.3);
        assertThat(EntryParser.parse("265.3万元", IndicatorKind.AMOUNT, "亿元").problem())
                .isEqualTo(EntryProblem.NOT_A_NUMBER);
    }

    @Test
    void amountsAndCountsCannotBeNegativeButRatesCan() {
        assertThat(EntryParser.parse("-5", IndicatorKind.AMOUNT, "").problem()).isEqualTo(EntryProblem.NEGATIVE);
        assertThat(EntryParser.parse("(5)", IndicatorKind.COUNT, "").problem()).isEqualTo(EntryProblem.NEGATIVE);
        assertThat(EntryParser.parse("-3.9%", IndicatorKind.GROWTH_RATE, "%").value()).isEqualTo(-3.9);
        assertThat(EntryParser.parse("-1.2", IndicatorKind.LEVEL, "%").value()).isEqualTo(-1.2);
        assertThat(EntryParser.parse("0", IndicatorKind.AMOUNT, "").value()).isEqualTo(0.0);
    }

    @ParameterizedTest(name = "\"{0}\" means done")
    @ValueSource(strings = {"1", "是", "完成", "已完成", "done", "DONE", " Done ", "yes", "√", "1.0", "１"})
    void milestoneDone(String text) {
        assertThat(EntryParser.parse(text, IndicatorKind.MILESTONE, "").value()).isEqualTo(1.0);
    }

    @ParameterizedTest(name = "\"{0}\" means not done")
    @ValueSource(strings = {"0", "否", "未完成", "not done", "no"})
    void milestoneNotDone(String text) {
        assertThat(EntryParser.parse(text, IndicatorKind.MILESTONE, "").value()).isEqualTo(0.0);
    }

    @Test
    void milestoneEmptyClearsAndAnythingElseIsRefused() {
        assertThat(EntryParser.parse("", IndicatorKind.MILESTONE, "").isClear()).isTrue();
        assertThat(EntryParser.parse("—", IndicatorKind.MILESTONE, "").isClear()).isTrue();
        assertThat(EntryParser.parse("2", IndicatorKind.MILESTONE, "").problem())
                .isEqualTo(EntryProblem.NOT_A_MILESTONE_STATE);
        assertThat(EntryParser.parse("差不多", IndicatorKind.MILESTONE, "").problem())
                .isEqualTo(EntryProblem.NOT_A_MILESTONE_STATE);
    }
}
