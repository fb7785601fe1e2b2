package com.targetmonitor.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.model.Direction;
import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Qualifier;
import com.targetmonitor.model.Target;
import com.targetmonitor.ui.I18n;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Targets written as officers write them, for every qualifier, direction and kind. */
class TargetTextTest {

    @BeforeEach
    void chinese() {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void restore() {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    private static String text(double value, Qualifier q, Direction d, String unit, IndicatorKind kind) {
        return TargetText.of(new Target(value, q, d, null, null), unit, kind);
    }

    @ParameterizedTest(name = "{0} {1} {2} {3}{4} → {5}")
    @CsvSource(delimiter = '|', textBlock = """
            AMOUNT      | AT_LEAST | HIGHER_BETTER | 9500  | 人   | 9500人以上
            AMOUNT      | NONE     | HIGHER_BETTER | 60    | 亿元 | 60亿元
            AMOUNT      | ABOUT    | HIGHER_BETTER | 93.2  | 亿元 | 93.2亿元左右
            AMOUNT      | EXCEED   | HIGHER_BETTER | 1000  | 亿元 | 突破1000亿元
            AMOUNT      | AT_MOST  | LOWER_BETTER  | 50    | 万吨 | 控制在50万吨以内
            COUNT       | AT_LEAST | HIGHER_BETTER | 20    | 户   | 20户以上
            COUNT       | NONE     | HIGHER_BETTER | 16    | 个   | 16个
            GROWTH_RATE | ABOUT    | HIGHER_BETTER | 8     | %    | 增长8%左右
            GROWTH_RATE | AT_LEAST | HIGHER_BETTER | 16    | %    | 增长16%以上
            GROWTH_RATE | NONE     | HIGHER_BETTER | 7     | %    | 增长7%
            GROWTH_RATE | EXCEED   | HIGHER_BETTER | 10    | %    | 增长突破10%
            GROWTH_RATE | NONE     | LOWER_BETTER  | -3    | %    | 下降3%
            GROWTH_RATE | AT_LEAST | LOWER_BETTER  | -3    | %    | 下降3%以上
            GROWTH_RATE | AT_MOST  | LOWER_BETTER  | 3     | %    | 增长控制在3%以内
            GROWTH_RATE | NONE     | HIGHER_BETTER | 7     | ''   | 增长7%
            LEVEL       | AT_MOST  | LOWER_BETTER  | 3.5   | %    | 控制在3.5%以内
            LEVEL       | AT_LEAST | HIGHER_BETTER | 180   | 万吨 | 180万吨以上
            LEVEL       | NONE     | HIGHER_BETTER | 90    | %    | 90%
            LEVEL       | ABOUT    | HIGHER_BETTER | 82.6  | %    | 82.6%左右
            LEVEL       | EXCEED   | HIGHER_BETTER | 500   | 万千瓦 | 突破500万千瓦
            LEVEL       | NONE     | LOWER_BETTER  | -0.5  | ''   | -0.5
            """)
    void qualifiersKindsAndDirections(IndicatorKind kind, Qualifier q, Direction d, double value, String unit,
                                      String expected) {
        assertThat(text(value, q, d, unit, kind)).isEqualTo(expected);
    }

    @Test
    void stretchTargetFollowsWithLiZheng() {
        Target amount = new Target(9500.0, Qualifier.AT_LEAST, Direction.HIGHER_BETTER, 10000.0, null);
        assertThat(TargetText.of(amount, "人", IndicatorKind.AMOUNT)).isEqualTo("9500人以上，力争10000人");

        Target growth = new Target(16.0, Qualifier.AT_LEAST, Direction.HIGHER_BETTER, 18.0, null);
        assertThat(TargetText.of(growth, "%", IndicatorKind.GROWTH_RATE)).isEqualTo("增长16%以上，力争增长18%");

        Target cap = new Target(3.5, Qualifier.AT_MOST, Direction.LOWER_BETTER, 3.25, null);
        assertThat(TargetText.of(cap, "%", IndicatorKind.LEVEL)).isEqualTo("控制在3.5%以内，力争3.25%");
    }

    @Test
    void milestoneDeadlinesAsOfficersWriteThem() {
        assertThat(TargetText.of(Target.deadline(LocalDate.of(2022, 3, 31)), "", IndicatorKind.MILESTONE))
                .isEqualTo("2022年3月底前完成");
        assertThat(TargetText.of(Target.deadline(LocalDate.of(2022, 12, 31)), "", IndicatorKind.MILESTONE))
                .isEqualTo("2022年底前完成");
        assertThat(TargetText.of(Target.deadline(LocalDate.of(2022, 8, 10)), "", IndicatorKind.MILESTONE))
                .isEqualTo("2022年8月10日前完成");
        // February's last day depends on the year.
        assertThat(TargetText.of(Target.deadline(LocalDate.of(2024, 2, 29)), "", IndicatorKind.MILESTONE))
                .isEqualTo("2024年2月底前完成");
    }

    @Test
    void targetWithValueAndDeadlineAndStretch() {
        Target t = new Target(12.0, Qualifier.NONE, Direction.HIGHER_BETTER, 15.0, LocalDate.of(2022, 6, 30));
        assertThat(TargetText.of(t, "个", IndicatorKind.COUNT)).isEqualTo("12个，力争15个，2022年6月底前完成");
    }

    @Test
    void noTargetIsSaid() {
        assertThat(TargetText.of(Target.none(), "%", IndicatorKind.LEVEL)).isEqualTo("不设目标（监测指标）");
        assertThat(TargetText.of(Target.none(), "", IndicatorKind.MILESTONE)).isEqualTo("不设目标（监测指标）");
    }

    @Test
    void growthInWordsAndAmounts() {
        assertThat(TargetText.growth(12.3)).isEqualTo("增长12.3%");
        assertThat(TargetText.growth(-3.9)).isEqualTo("下降3.9%");
        assertThat(TargetText.growth(0)).isEqualTo("增长0%");
        assertThat(TargetText.amount(5732.0, "人")).isEqualTo("5732人");
        assertThat(TargetText.amount(new BigDecimal("62.00"), "亿元")).isEqualTo("62亿元");
        assertThat(TargetText.amount(new BigDecimal("2.50"), "亿元")).isEqualTo("2.5亿元");
        assertThat(TargetText.amount(new BigDecimal("1E+3"), "亿元")).isEqualTo("1000亿元");
    }

    @Test
    void englishKeepsItsOwnWordOrder() {
        I18n.setLocale(Locale.ENGLISH);
        assertThat(text(9500, Qualifier.AT_LEAST, Direction.HIGHER_BETTER, "人", IndicatorKind.AMOUNT))
                .isEqualTo("9500人 or more");
        assertThat(text(8, Qualifier.ABOUT, Direction.HIGHER_BETTER, "%", IndicatorKind.GROWTH_RATE))
                .isEqualTo("growth of about 8%");
        assertThat(text(3.5, Qualifier.AT_MOST, Direction.LOWER_BETTER, "%", IndicatorKind.LEVEL))
                .isEqualTo("at most 3.5%");
        assertThat(text(1000, Qualifier.EXCEED, Direction.HIGHER_BETTER, "亿元", IndicatorKind.AMOUNT))
                .isEqualTo("beyond 1000亿元");
        assertThat(text(-3, Qualifier.NONE, Direction.LOWER_BETTER, "%", IndicatorKind.GROWTH_RATE))
                .isEqualTo("decline of 3%");
        assertThat(TargetText.of(Target.deadline(LocalDate.of(2022, 3, 31)), "", IndicatorKind.MILESTONE))
                .isEqualTo("by the end of 2022-03");
        Target stretch = new Target(9500.0, Qualifier.AT_LEAST, Direction.HIGHER_BETTER, 10000.0, null);
        assertThat(TargetText.of(stretch, "人", IndicatorKind.AMOUNT)).isEqualTo("9500人 or more; stretch 10000人");
    }
}
