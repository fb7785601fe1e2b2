package com.targetmonitor.model.number;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.model.IndicatorKind;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one reader, table by table, with spellings from the seeds' plans (../shared/seeds), the import
 * fixtures (src/test/resources/excel) and officers' typing habits, and the rules each caller used to
 * pin in its own reader's test (ADR 0014).
 */
class NumberReaderTest {

    /**
     * Every spelling as a cell of a workbook is read: a value (with % and unit as written), nothing
     * (no value, no problem), or the named problem.
     */
    @ParameterizedTest(name = "\"{0}\" reads as {1}{2} {3} {4}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        // text                 | value       | problem               | percent | unit
        "5732                   | 5732        | null                  | false   | ''",
        "' 5732 '               | 5732        | null                  | false   | ''",
        "0.30                   | 0.3         | null                  | false   | ''",
        "93.20                  | 93.2        | null                  | false   | ''",
        "1,234.5                | 1234.5      | null                  | false   | ''",
        "'1,265,320'            | 1265320     | null                  | false   | ''",
        "'1,265,320万元'        | 1265320     | null                  | false   | 万元",
        "'456,000'              | 456000      | null                  | false   | ''",
        "'12,345,678'           | 12345678    | null                  | false   | ''",
        "１２３                 | 123         | null                  | false   | ''",
        "１，２３４．５         | 1234.5      | null                  | false   | ''",
        "９，５００             | 9500        | null                  | false   | ''",
        "３７．３％             | 37.3        | null                  | true    | ''",
        "１２.５％              | 12.5        | null                  | true    | ''",
        "　88　                 | 88          | null                  | false   | ''",
        "' 5 732 '              | 5732        | null                  | false   | ''",
        "'1 234 567'            | 1234567     | null                  | false   | ''",
        "'1 234'                | 1234        | null                  | false   | ''",
        "1,234,567.5            | 1234567.5   | null                  | false   | ''",
        "12.5%                  | 12.5        | null                  | true    | ''",
        "'-3.5 %'               | -3.5        | null                  | true    | ''",
        "-2.2%                  | -2.2        | null                  | true    | ''",
        "5‰                     | 5           | null                  | true    | ''",
        "-3.9                   | -3.9        | null                  | false   | ''",
        "\u22123.9              | -3.9        | null                  | false   | ''",
        "－4                    | -4          | null                  | false   | ''",
        "+4                     | 4           | null                  | false   | ''",
        "(1,234)                | -1234       | null                  | false   | ''",
        "（12.5）               | -12.5       | null                  | false   | ''",
        "(12.5)%                | -12.5       | null                  | true    | ''",
        "△5                     | -5          | null                  | false   | ''",
        "▲0.8                   | -0.8        | null                  | false   | ''",
        "下降2.1                | -2.1        | null                  | false   | ''",
        "增长3.5                | 3.5         | null                  | false   | ''",
        "增长11.7%              | 11.7        | null                  | true    | ''",
        "同比下降0.5个百分点    | -0.5        | null                  | true    | ''",
        "高于3.7个百分点        | null        | NOT_A_NUMBER          | false   | ''",
        "93.2亿元               | 93.2        | null                  | false   | 亿元",
        "'265.3 亿元'           | 265.3       | null                  | false   | 亿元",
        "20万吨                 | 20          | null                  | false   | 万吨",
        "62户                   | 62          | null                  | false   | 户",
        ".5                     | 0.5         | null                  | false   | ''",
        "7.                     | 7           | null                  | false   | ''",
        "1.2E+3                 | 1200        | null                  | false   | ''",
        "1.2E3                  | 1200        | null                  | false   | ''",
        "1E+300                 | 1E300       | null                  | false   | ''",
        "12。5                  | 12.5        | null                  | false   | ''",
        "\uFEFF42\u200B         | 42          | null                  | false   | ''",
        "0                      | 0           | null                  | false   | ''",
        "-0                     | 0           | null                  | false   | ''",
        // no value: not zero and not a mistake
        "null                   | null        | null                  | false   | ''",
        "''                     | null        | null                  | false   | ''",
        "'   '                  | null        | null                  | false   | ''",
        "　                     | null        | null                  | false   | ''",
        "-                      | null        | null                  | false   | ''",
        "--                     | null        | null                  | false   | ''",
        "—                      | null        | null                  | false   | ''",
        "——                     | null        | null                  | false   | ''",
        "–                      | null        | null                  | false   | ''",
        "－                     | null        | null                  | false   | ''",
        "/                      | null        | null                  | false   | ''",
        "…                      | null        | null                  | false   | ''",
        "x                      | null        | null                  | false   | ''",
        "n/a                    | null        | null                  | false   | ''",
        "N/A                    | null        | null                  | false   | ''",
        "无                     | null        | null                  | false   | ''",
        "暂无                   | null        | null                  | false   | ''",
        // estimates and bounds are not figures
        "约30                   | null        | APPROXIMATE           | false   | ''",
        "约5000                 | null        | APPROXIMATE           | false   | ''",
        "30以上                 | null        | APPROXIMATE           | false   | ''",
        "165亿元以上            | null        | APPROXIMATE           | false   | ''",
        "增长7%以上             | null        | APPROXIMATE           | false   | ''",
        "近2亿元                | null        | APPROXIMATE           | false   | ''",
        "约170个                | null        | APPROXIMATE           | false   | ''",
        "30左右                 | null        | APPROXIMATE           | false   | ''",
        "30多万元               | null        | APPROXIMATE           | false   | ''",
        "约十亿                 | null        | NOT_A_NUMBER          | false   | ''",
        // not numbers
        "abc                    | null        | NOT_A_NUMBER          | false   | ''",
        "已完成                 | null        | NOT_A_NUMBER          | false   | ''",
        "12..5                  | null        | NOT_A_NUMBER          | false   | ''",
        "1.2.3                  | null        | NOT_A_NUMBER          | false   | ''",
        "'1,23'                 | null        | NOT_A_NUMBER          | false   | ''",
        "'12,5'                 | null        | NOT_A_NUMBER          | false   | ''",
        "'95,00'                | null        | NOT_A_NUMBER          | false   | ''",
        "'9,50'                 | null        | NOT_A_NUMBER          | false   | ''",
        "'12 5'                 | null        | NOT_A_NUMBER          | false   | ''",
        "12-3                   | null        | NOT_A_NUMBER          | false   | ''",
        "--3                    | null        | NOT_A_NUMBER          | false   | ''",
        "%                      | null        | NOT_A_NUMBER          | false   | ''",
        "5%%                    | null        | NOT_A_NUMBER          | false   | ''",
        "８%%                   | null        | NOT_A_NUMBER          | false   | ''",
        "12.5吨煤               | null        | NOT_A_NUMBER          | false   | ''",
        "1e3                    | null        | NOT_A_NUMBER          | false   | ''",
        "1e999                  | null        | NOT_A_NUMBER          | false   | ''",
        "0x10                   | null        | NOT_A_NUMBER          | false   | ''",
        "#N/A                   | null        | FORMULA_ERROR         | false   | ''",
        "#DIV/0!                | null        | FORMULA_ERROR         | false   | ''",
        "1E999                  | null        | OUT_OF_RANGE          | false   | ''",
    })
    void readsACell(String text, Double value, NumberProblem problem, boolean percent, String unit) {
        NumberReading r = NumberReader.read(text);
        assertThat(r.value()).isEqualTo(value);
        assertThat(r.problem()).isEqualTo(problem);
        assertThat(r.percent()).isEqualTo(percent);
        assertThat(r.unit()).isEqualTo(unit);
        assertThat(r.isEmpty()).isEqualTo(value == null && problem == null);
    }

    /**
     * "下降5.2" takes a short way past the expressions; a leading space sends the same text the long way
     * (folding, then every expression), so the two readings must be equal, down to the sign of a zero
     * and the scale, for every direction word, with and without 同比, and for texts the short way refuses.
     */
    @Test
    void aDirectionWordAndAPlainNumberReadAsTheLongWayReadsThem() {
        java.util.Random random = new java.util.Random(12);
        String[] words = {"下降", "减少", "降低", "回落", "下滑", "减", "增长", "增加", "上升", "提高", "提升", "增", "增减",
            "减增", "下", "同比", ""};
        String[] tails = {"", "%", "万元", ".", " ", "个百分点", "左右", "e3", "E3"};
        int shortWay = 0;
        for (int i = 0; i < 50_000; i++) {
            String number = (random.nextInt(5) == 0 ? "-" : "") + (random.nextInt(4) == 0 ? "0" : "")
                    + Math.abs(random.nextLong() % (long) Math.pow(10, 1 + random.nextInt(17)))
                    + (random.nextBoolean() ? "" : "." + random.nextInt(10_000));
            String text = (random.nextInt(3) == 0 ? "同比" : "") + words[random.nextInt(words.length)] + number
                    + (random.nextInt(4) == 0 ? tails[random.nextInt(tails.length)] : "");
            NumberReading read = NumberReader.read(text);
            assertThat(read).as(text).isEqualTo(NumberReader.read(" " + text));
            shortWay += read.hasValue() && read.unit().isEmpty() && !read.percent() ? 1 : 0;
        }
        assertThat(shortWay).as("texts the short way reads").isGreaterThan(20_000);
        assertThat(NumberReader.read("下降0")).isEqualTo(new NumberReading(0.0, 0, null, false, ""));
        assertThat(NumberReader.read("下降-2.10")).isEqualTo(new NumberReading(2.1, 2, null, false, ""));
    }

    @Test
    void aTextFarLongerThanAnyFigureIsNamedSoWithoutBeingParsed() {
        String digits = "1".repeat(300) + "." + "5".repeat(NumberReader.MAX_NUMBER_TEXT - 301);
        assertThat(NumberReader.read(digits).hasValue()).isTrue();
        assertThat(NumberReader.read(digits + "1").problem()).isEqualTo(NumberProblem.TOO_LONG);
        assertThat(NumberReader.read("9".repeat(300) + "E300").problem()).isEqualTo(NumberProblem.OUT_OF_RANGE);
    }

    /** The forms' fields: the decimal as typed, a % only for rates, no unit but the field's. */
    @ParameterizedTest(name = "\"{0}\" in a field of \"{1}\" (percent allowed: {2}) is {3}{4}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "9500        | ''   | false | 9500      | null",
        "9,500       | ''   | false | 9500      | null",
        "93.20       | ''   | false | 93.20     | null",
        "１２３．５  | ''   | false | 123.5     | null",
        "10          | ''   | false | 10        | null",
        "8%          | ''   | true  | 8         | null",
        "８％        | ''   | true  | 8         | null",
        "8%          | ''   | false | null      | PERCENT_NOT_ALLOWED",
        "9500人      | ''   | false | null      | OTHER_UNIT",
        "9500人      | 人   | false | 9500      | null",
        "3.2万元/人  | 万元/人 | false | 3.2    | null",
        "265.3万元   | 亿元 | false | null      | OTHER_UNIT",
        "约30        | ''   | false | null      | APPROXIMATE",
        "1e3         | ''   | false | null      | NOT_A_NUMBER",
        "''          | ''   | false | null      | null",
    })
    void readsAFormField(String text, String unit, boolean percentAllowed, BigDecimal decimal, NumberProblem problem) {
        NumberReading r = NumberReader.forField(text, unit, percentAllowed);
        assertThat(r.problem()).isEqualTo(problem);
        // Exactly as typed, scale too: a plan's bands compare as decimals.
        assertThat(r.decimal()).isEqualTo(decimal);
    }

    /** The grid: a value for an indicator of a kind and unit, milestones by the done-words. */
    @ParameterizedTest(name = "\"{0}\" for a {1} in \"{2}\" is {3}{4}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "6800人      | AMOUNT      | 人   | 6800  | null",
        "265.3 亿元  | AMOUNT      | 亿元 | 265.3 | null",
        "265.3万元   | AMOUNT      | 亿元 | null  | OTHER_UNIT",
        "6800个      | COUNT       | 人   | null  | OTHER_UNIT",
        "-5          | AMOUNT      | ''   | null  | NEGATIVE",
        "(5)         | COUNT       | ''   | null  | NEGATIVE",
        "下降3       | AMOUNT      | 亿元 | null  | NEGATIVE",
        "0           | AMOUNT      | ''   | 0     | null",
        "12.5%       | AMOUNT      | 亿元 | null  | PERCENT_NOT_ALLOWED",
        "12.5%       | COUNT       | %    | 12.5  | null",
        "-3.9%       | GROWTH_RATE | %    | -3.9  | null",
        "下降3.9%    | GROWTH_RATE | %    | -3.9  | null",
        "-1.2        | LEVEL       | %    | -1.2  | null",
        "约30        | AMOUNT      | 亿元 | null  | APPROXIMATE",
        "—           | AMOUNT      | 亿元 | null  | null",
        "1           | MILESTONE   | ''   | 1     | null",
        "１          | MILESTONE   | ''   | 1     | null",
        "1.0         | MILESTONE   | ''   | 1     | null",
        "是          | MILESTONE   | ''   | 1     | null",
        "完成        | MILESTONE   | ''   | 1     | null",
        "已完成      | MILESTONE   | ''   | 1     | null",
        "已办结      | MILESTONE   | ''   | 1     | null",
        "达标        | MILESTONE   | ''   | 1     | null",
        "√           | MILESTONE   | ''   | 1     | null",
        "✔           | MILESTONE   | ''   | 1     | null",
        "' Done '    | MILESTONE   | ''   | 1     | null",
        "ｙｅｓ      | MILESTONE   | ''   | 1     | null",
        "0           | MILESTONE   | ''   | 0     | null",
        "否          | MILESTONE   | ''   | 0     | null",
        "未完成      | MILESTONE   | ''   | 0     | null",
        "未开工      | MILESTONE   | ''   | 0     | null",
        "推进中      | MILESTONE   | ''   | 0     | null",
        "×           | MILESTONE   | ''   | 0     | null",
        "' Not  Done ' | MILESTONE | ''   | 0     | null",
        "''          | MILESTONE   | ''   | null  | null",
        "—           | MILESTONE   | ''   | null  | null",
        "2           | MILESTONE   | ''   | null  | NOT_A_MILESTONE_STATE",
        "1%          | MILESTONE   | ''   | null  | NOT_A_MILESTONE_STATE",
        "差不多      | MILESTONE   | ''   | null  | NOT_A_MILESTONE_STATE",
        "已开工      | MILESTONE   | ''   | null  | NOT_A_MILESTONE_STATE",
    })
    void readsAGridCell(String text, IndicatorKind kind, String unit, Double value, NumberProblem problem) {
        NumberReading r = NumberReader.forIndicator(text, kind, unit);
        assertThat(r.value()).isEqualTo(value);
        assertThat(r.problem()).isEqualTo(problem);
    }
}
