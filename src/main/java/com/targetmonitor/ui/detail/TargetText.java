package com.targetmonitor.ui.detail;

import com.targetmonitor.logic.status.StatusColumns;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Qualifier;
import com.targetmonitor.model.Target;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.CommonMsg;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A target written the way officers write it: "9500人以上", "增长8%左右", "突破1000亿元", "下降3%",
 * "控制在3.5%以内", "增长16%以上，力争增长18%", "2022年3月底前完成". The word order of each qualifier
 * comes from the bundle (detail.target.*), so English reads "about growth of 8%" rather than a
 * word-for-word copy of the Chinese.
 *
 * <p>Growth-rate targets are stored as signed rates: a negative one is written as a decline
 * ("下降3%"). Whether lower is better is a separate fact, shown as the direction.
 */
public final class TargetText {

    private TargetText() {
    }

    /** The indicator's target as officers write it. */
    public static String of(Indicator indicator) {
        return of(indicator.target(), indicator.unitOfMeasure(), indicator.kind());
    }

    public static String of(Target target, String unitOfMeasure, IndicatorKind kind) {
        String deadline = target.deadline() == null ? null : I18n.get(DetailMsg.TARGET_DEADLINE, date(target.deadline()));
        if (!target.hasValue()) {
            return deadline != null ? deadline : I18n.get(DetailMsg.DETAIL_TARGET_NONE);
        }
        String text = qualified(target.value(), target.qualifier(), unitOfMeasure, kind);
        if (target.stretch() != null) {
            String stretch = qualified(target.stretch(), Qualifier.NONE, unitOfMeasure, kind);
            text = I18n.get(DetailMsg.DETAIL_TARGET_JOIN, text, I18n.get(DetailMsg.TARGET_STRETCH, stretch));
        }
        if (deadline != null) {
            text = I18n.get(DetailMsg.DETAIL_TARGET_JOIN, text, deadline);
        }
        return text;
    }

    /** A growth rate in words: 12.3 → "增长12.3%", −3.9 → "下降3.9%". */
    public static String growth(double rate) {
        return grown(rate, StatusColumns.number(Math.abs(rate)) + "%");
    }

    /** A value with its unit, as written in Chinese reports: "5732人", "93.2亿元", "11.7%". */
    public static String amount(Double value, String unitOfMeasure) {
        return value == null ? "" : StatusColumns.number(value) + unitOfMeasure;
    }

    /** A computed value with its unit, trailing zeros dropped: 60 → "60亿元", 2.50 → "2.5亿元". */
    public static String amount(BigDecimal value, String unitOfMeasure) {
        return value == null ? "" : plain(value) + unitOfMeasure;
    }

    /**
     * A deadline as officers write it: the last day of December is "2022年底", the last day of another
     * month "2022年3月底", any other day the full date.
     */
    public static String date(LocalDate date) {
        YearMonth month = YearMonth.from(date);
        if (date.equals(month.atEndOfMonth())) {
            return date.getMonthValue() == 12
                    ? I18n.get(DetailMsg.DETAIL_YEAR_END, date.getYear())
                    : I18n.get(DetailMsg.DETAIL_MONTH_END, date.getYear(), date.getMonthValue());
        }
        return I18n.get(DetailMsg.DETAIL_DATE, date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** A decimal without exponent or trailing zeros: 60.00 → "60", 2.50 → "2.5". */
    public static String plain(BigDecimal value) {
        BigDecimal d = value.stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    private static String qualified(double value, Qualifier qualifier, String unitOfMeasure, IndicatorKind kind) {
        boolean rate = kind == IndicatorKind.GROWTH_RATE;
        // A growth rate is in % even where the unit of measure was left empty.
        String unit = rate && unitOfMeasure.isBlank() ? "%" : unitOfMeasure;
        String number = StatusColumns.number(rate ? Math.abs(value) : value) + unit;
        String text = switch (qualifier) {
            case NONE -> number;
            case AT_LEAST -> I18n.get(DetailMsg.DETAIL_TARGET_AT_LEAST, number, I18n.get(CommonMsg.QUALIFIER_AT_LEAST));
            case ABOUT -> I18n.get(DetailMsg.DETAIL_TARGET_ABOUT, number, I18n.get(CommonMsg.QUALIFIER_ABOUT));
            case AT_MOST -> I18n.get(DetailMsg.DETAIL_TARGET_AT_MOST, number, I18n.get(CommonMsg.QUALIFIER_AT_MOST));
            case EXCEED -> I18n.get(DetailMsg.DETAIL_TARGET_EXCEED, number, I18n.get(CommonMsg.QUALIFIER_EXCEED));
        };
        return rate ? grown(value, text) : text;
    }

    private static String grown(double rate, String text) {
        return I18n.get(rate < 0 ? DetailMsg.DETAIL_DECLINE : DetailMsg.DETAIL_GROWTH, text);
    }
}
