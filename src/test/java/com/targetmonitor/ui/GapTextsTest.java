package com.targetmonitor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.model.Direction;
import com.targetmonitor.model.Frequency;
import com.targetmonitor.model.GapBasis;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Light;
import com.targetmonitor.model.Qualifier;
import com.targetmonitor.model.Source;
import com.targetmonitor.model.Standing;
import com.targetmonitor.model.Status;
import com.targetmonitor.model.Target;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Gaps read in words, whatever the direction: never a bare "+0.90" beside 未达目标. */
class GapTextsTest {

    @AfterEach
    void chinese() {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    private static Indicator indicator(IndicatorKind kind, String unit, Target target) {
        return new Indicator(1L, 1L, null, null, "x", "指标", unit, kind, Frequency.MONTHLY, target, Source.NONE,
                List.of(), null, 0);
    }

    private static Standing gap(Indicator i, String gap) {
        return new Standing(i, null, null, null, null, new BigDecimal(gap), null, Status.AHEAD, Light.GREEN);
    }

    private static Standing deviation(Indicator i, String deviation) {
        return new Standing(i, null, null, null, null, null, new BigDecimal(deviation), Status.MISSED, Light.RED);
    }

    private static final Indicator INVESTMENT = indicator(IndicatorKind.AMOUNT, "亿元", Target.of(200, Qualifier.NONE));
    private static final Indicator ENERGY_CEILING = indicator(IndicatorKind.AMOUNT, "万吨标煤",
            Target.of(500, Qualifier.AT_MOST));
    private static final Indicator GDP = indicator(IndicatorKind.GROWTH_RATE, "%", Target.of(8, Qualifier.NONE));
    private static final Indicator UNEMPLOYMENT = indicator(IndicatorKind.LEVEL, "%", Target.of(5.5, Qualifier.AT_MOST));
    private static final Indicator ENERGY_INTENSITY = indicator(IndicatorKind.GROWTH_RATE, "%",
            new Target(-3.0, Qualifier.NONE, Direction.LOWER_BETTER, null, null));
    private static final Indicator CAPACITY = indicator(IndicatorKind.LEVEL, "万千瓦", Target.of(520, Qualifier.NONE));

    @Test
    void eachBasisIsSaidInOfficersWords() {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(GapTexts.of(gap(INVESTMENT, "3.5"))).isEqualTo("超时序进度3.5个百分点");
        assertThat(GapTexts.of(gap(INVESTMENT, "-12.70"))).isEqualTo("低于时序进度12.70个百分点");
        assertThat(GapTexts.of(gap(INVESTMENT, "0.00"))).isEqualTo("与时序进度持平");
        assertThat(GapTexts.of(gap(ENERGY_CEILING, "4.0"))).isEqualTo("用量高于时序进度4.0个百分点");
        assertThat(GapTexts.of(deviation(GDP, "-3.7"))).isEqualTo("低于目标3.7个百分点");
        assertThat(GapTexts.of(deviation(GDP, "3.70"))).isEqualTo("高于目标3.70个百分点");
        assertThat(GapTexts.of(deviation(UNEMPLOYMENT, "1.0"))).isEqualTo("高于控制目标1.0个百分点");
        assertThat(GapTexts.of(deviation(UNEMPLOYMENT, "-0.3"))).isEqualTo("低于控制目标0.3个百分点");
        assertThat(GapTexts.of(deviation(ENERGY_INTENSITY, "0.90"))).isEqualTo("比目标少降0.90个百分点");
        assertThat(GapTexts.of(deviation(ENERGY_INTENSITY, "-0.5"))).isEqualTo("比目标多降0.5个百分点");
        assertThat(GapTexts.of(deviation(CAPACITY, "-20"))).isEqualTo("低于目标20万千瓦");
        assertThat(GapTexts.of(new Standing(GDP, null, null, null, null, null, null, Status.NO_DATA, Light.GREY)))
                .isEmpty();
    }

    @Test
    void inEnglishTheSameWordsAreEnglish() {
        I18n.setLocale(Locale.ENGLISH);
        assertThat(GapTexts.of(deviation(UNEMPLOYMENT, "1.0"))).isEqualTo("1.0 points above the ceiling");
        assertThat(GapTexts.of(deviation(GDP, "-3.7"))).isEqualTo("3.7 points below the target");
        assertThat(GapTexts.of(gap(INVESTMENT, "3.5"))).isEqualTo("3.5 points ahead of time progress");
        assertThat(GapTexts.of(deviation(CAPACITY, "-20"))).isEqualTo("20 万千瓦 below the target");
    }

    @Test
    void theBasisFollowsKindQualifierAndDirection() {
        assertThat(GapBasis.of(gap(INVESTMENT, "1"))).isEqualTo(GapBasis.TIME_PROGRESS);
        assertThat(GapBasis.of(gap(ENERGY_CEILING, "1"))).isEqualTo(GapBasis.TIME_PROGRESS_OF_CEILING);
        assertThat(GapBasis.of(deviation(GDP, "1"))).isEqualTo(GapBasis.TARGET);
        assertThat(GapBasis.of(deviation(UNEMPLOYMENT, "1"))).isEqualTo(GapBasis.CEILING);
        assertThat(GapBasis.of(deviation(ENERGY_INTENSITY, "1"))).isEqualTo(GapBasis.DECLINE);
    }
}
