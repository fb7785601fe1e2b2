package com.targetmonitor.ui.detail;

import com.targetmonitor.model.Direction;
import com.targetmonitor.model.Frequency;
import com.targetmonitor.model.Origin;
import com.targetmonitor.model.Phasing;
import com.targetmonitor.ui.I18n;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The small texts of the detail pane: percentages, points, months, origins, directions. */
final class DetailTexts {

    private DetailTexts() {
    }

    /** 60.34 → "60.34%" (as rounded by the plan's rules, so it agrees with the status). */
    static String percent(BigDecimal value) {
        return value == null ? "" : I18n.get(DetailMsg.DETAIL_PERCENT, value.toPlainString());
    }

    static String month(YearMonth month) {
        return I18n.get(DetailMsg.DETAIL_MONTH, month.getYear(), month.getMonthValue());
    }

    static String direction(Direction direction) {
        return I18n.get(direction == Direction.LOWER_BETTER ? DetailMsg.DETAIL_DIRECTION_LOWER : DetailMsg.DETAIL_DIRECTION_HIGHER);
    }

    static String frequency(Frequency frequency) {
        return I18n.get(switch (frequency) {
            case MONTHLY -> DetailMsg.DETAIL_FREQUENCY_MONTHLY;
            case QUARTERLY -> DetailMsg.DETAIL_FREQUENCY_QUARTERLY;
            case ANNUAL -> DetailMsg.DETAIL_FREQUENCY_ANNUAL;
        });
    }

    static String origin(Origin origin) {
        return switch (origin.kind()) {
            case SEED -> I18n.get(DetailMsg.DETAIL_ORIGIN_SEED);
            case TYPED -> I18n.get(DetailMsg.DETAIL_ORIGIN_TYPED);
            case IMPORT -> I18n.get(DetailMsg.DETAIL_ORIGIN_IMPORT, String.valueOf(origin.importBatchId()));
        };
    }

    /** "1月8%、2月15%…", or the even phasing in words. */
    static String phasing(Phasing phasing) {
        if (phasing == null) {
            return I18n.get(DetailMsg.DETAIL_PHASING_EVEN);
        }
        List<String> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(I18n.get(DetailMsg.DETAIL_PHASING_MONTH, m, TargetText.plain(BigDecimal.valueOf(phasing.at(m)))));
        }
        return list(months);
    }

    /** Names joined the way the language lists them (、 in Chinese); "无" when there are none. */
    static String list(Collection<String> items) {
        return items.isEmpty() ? I18n.get(DetailMsg.DETAIL_NONE) : String.join(I18n.get(DetailMsg.DETAIL_LIST_SEPARATOR), items);
    }

    static String withNote(String text, String note) {
        return note == null || note.isBlank() ? text : I18n.get(DetailMsg.DETAIL_WITH_NOTE, text, note);
    }
}
