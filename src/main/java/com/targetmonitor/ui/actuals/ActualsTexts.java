package com.targetmonitor.ui.actuals;

import com.targetmonitor.model.Granularity;
import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Period;
import com.targetmonitor.ui.I18n;
import java.math.BigDecimal;
import java.time.Month;
import java.time.format.TextStyle;

/** The grid's words for periods, columns and values, in the user's language. */
final class ActualsTexts {

    private ActualsTexts() {
    }

    /** Column header: 1-2月 for the combined January–February, then 3月 … 12月 (Mar … Dec). */
    static String columnHeader(int endMonth) {
        if (endMonth == 2) {
            return I18n.get(ActualsMsg.GRID_COLUMN_JAN_FEB);
        }
        return Month.of(endMonth).getDisplayName(TextStyle.SHORT, I18n.locale());
    }

    /** A stored value as the grid shows it; the text reads back to the same value when edited. */
    static String value(IndicatorKind kind, Double value) {
        if (value == null) {
            return "";
        }
        if (kind == IndicatorKind.MILESTONE && (value == 0 || value == 1)) {
            return I18n.get(value == 1 ? ActualsMsg.GRID_MILESTONE_DONE : ActualsMsg.GRID_MILESTONE_NOT_DONE);
        }
        if (value == 0) {
            return "0";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
