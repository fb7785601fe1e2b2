package com.targetmonitor.ui;

import com.targetmonitor.model.Granularity;
import com.targetmonitor.model.Period;

/**
 * Period labels in the window's language: 1-6月 / Jan–Jun, 一季度 / Q1, 上半年 / H1, 前三季度 / Q1–Q3,
 * 全年 / Full year. The one place the window names a period (selectors, table, grid, detail, charts,
 * dialogs); {@link Period#label()} stays the Chinese form the 通报 and the workbooks use.
 */
public final class PeriodTexts {

    private PeriodTexts() {
    }

    public static String label(Period period) {
        if (period.granularity() == Granularity.QUARTER) {
            return quarter(period.endMonth());
        }
        return months(period.endMonth());
    }

    /** The months January to {@code endMonth}, cumulated: 1-7月 / Jan–Jul; January alone: 1月 / Jan. */
    public static String months(int endMonth) {
        return endMonth == 1 ? I18n.get(CommonMsg.PERIOD_JANUARY) : I18n.get(CommonMsg.PERIOD_MONTHS, endMonth);
    }

    /** The quarter ending in the month: 一季度 / Q1, 上半年 / H1, 前三季度 / Q1–Q3, 全年 / Full year. */
    public static String quarter(int endMonth) {
        return I18n.get(switch (endMonth) {
            case 3 -> CommonMsg.PERIOD_Q1;
            case 6 -> CommonMsg.PERIOD_H1;
            case 9 -> CommonMsg.PERIOD_Q1_TO_Q3;
            default -> CommonMsg.PERIOD_YEAR;
        });
    }
}
