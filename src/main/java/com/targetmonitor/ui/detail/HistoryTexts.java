package com.targetmonitor.ui.detail;

import com.targetmonitor.logic.history.HistoryLine;
import com.targetmonitor.ui.I18n;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** One line of an indicator's history (留痕) in the officer's words: when, who, from where, what, old → new. */
final class HistoryTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private HistoryTexts() {
    }

    static String line(HistoryLine l) {
        String what = (l.period().isEmpty() ? "" : l.period() + " ") + field(l.field());
        return I18n.get(DetailMsg.DETAIL_HISTORY_LINE, TIME.format(l.at()), l.account(), origin(l), what.strip(),
                l.change());
    }

    static String origin(HistoryLine l) {
        String batch = String.valueOf(l.batchId());
        return switch (l.origin()) {
            case "IMPORT" -> I18n.get(DetailMsg.DETAIL_HISTORY_IMPORT, batch);
            case "UNDO" -> I18n.get(DetailMsg.DETAIL_HISTORY_UNDO);
            case "REDO" -> I18n.get(DetailMsg.DETAIL_HISTORY_REDO);
            case "UNDO_IMPORT" -> I18n.get(DetailMsg.DETAIL_HISTORY_UNDO_IMPORT, batch);
            case "RESTORE" -> I18n.get(DetailMsg.DETAIL_HISTORY_RESTORE);
            default -> I18n.get(DetailMsg.DETAIL_HISTORY_TYPED);
        };
    }

    private static String field(String field) {
        return switch (field) {
            case "value" -> I18n.get(DetailMsg.DETAIL_HISTORY_FIELD_VALUE);
            case "yoy_growth" -> I18n.get(DetailMsg.DETAIL_HISTORY_FIELD_YOY);
            case "progress" -> I18n.get(DetailMsg.DETAIL_HISTORY_FIELD_PROGRESS);
            case "problems" -> I18n.get(DetailMsg.DETAIL_HISTORY_FIELD_PROBLEMS);
            case "next_steps" -> I18n.get(DetailMsg.DETAIL_HISTORY_FIELD_NEXT);
            case "target_value" -> I18n.get(DetailMsg.DETAIL_HISTORY_FIELD_TARGET);
            case "*" -> I18n.get(DetailMsg.DETAIL_HISTORY_FIELD_INDICATOR);
            default -> field;
        };
    }
}
