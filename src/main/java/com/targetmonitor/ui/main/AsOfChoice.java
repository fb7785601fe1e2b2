package com.targetmonitor.ui.main;

import com.targetmonitor.model.AsOf;
import com.targetmonitor.ui.PeriodTexts;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An entry of the as-of selector: a month (1-2月 stands for January and February together, since
 * they are published together), or a quarter (一季度, 上半年, 前三季度, 全年), which is judged at its
 * last month.
 * The label is made when shown, so it follows a language switch (1-6月 / Jan–Jun, 上半年 / H1).
 */
public record AsOfChoice(AsOf asOf, boolean quarter) {

    /** The choices for a plan's year: 1-2月, 1-3月 … 1-12月, then the four quarters. */
    public static List<AsOfChoice> forYear(int year) {
        List<AsOfChoice> choices = new ArrayList<>();
        for (int month = 2; month <= 12; month++) {
            choices.add(new AsOfChoice(AsOf.of(year, month), false));
        }
        for (int q = 1; q <= 4; q++) {
            choices.add(new AsOfChoice(AsOf.of(year, q * 3), true));
        }
        return choices;
    }

    /** The month choice (not a quarter) for exactly this month, if the choices hold one. */
    public static Optional<AsOfChoice> exactMonth(List<AsOfChoice> choices, YearMonth month) {
        return choices.stream().filter(c -> !c.quarter() && c.asOf().month().equals(month)).findFirst();
    }

    /** The month choice for a month (January falls into 1-2月). */
    public static AsOfChoice month(List<AsOfChoice> choices, int month) {
        int wanted = Math.max(2, Math.min(12, month));
        return choices.stream().filter(c -> !c.quarter() && c.asOf().month().getMonthValue() == wanted)
                .findFirst().orElse(choices.get(0));
    }

    /** The text shown, in the window's language. */
    public String label() {
        int month = asOf.month().getMonthValue();
        return quarter ? PeriodTexts.quarter(month) : PeriodTexts.months(month);
    }

    @Override
    public String toString() {
        return label();
    }
}
