package com.targetmonitor.ui;

import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Light;
import com.targetmonitor.model.Status;

/**
 * The words for statuses, lights and kinds, as officers write them (已完成 / 超(达)进度 / 欠进度 …).
 * Status is always shown in words next to its light: printouts are often black and white.
 */
public final class StatusTexts {

    private StatusTexts() {
    }

    public static String word(Status status) {
        return I18n.get(switch (status) {
            case COMPLETED -> CommonMsg.STATUS_WORD_COMPLETED;
            case AHEAD -> CommonMsg.STATUS_WORD_AHEAD;
            case BEHIND -> CommonMsg.STATUS_WORD_BEHIND;
            case MET -> CommonMsg.STATUS_WORD_MET;
            case MISSED -> CommonMsg.STATUS_WORD_MISSED;
            case DONE -> CommonMsg.STATUS_WORD_DONE;
            case PENDING -> CommonMsg.STATUS_WORD_PENDING;
            case OVERDUE -> CommonMsg.STATUS_WORD_OVERDUE;
            case NO_DATA -> CommonMsg.STATUS_WORD_NO_DATA;
            case NO_TARGET -> CommonMsg.STATUS_WORD_NO_TARGET;
        });
    }

    public static String light(Light light) {
        return I18n.get(switch (light) {
            case GREEN -> CommonMsg.LIGHT_GREEN;
            case YELLOW -> CommonMsg.LIGHT_YELLOW;
            case RED -> CommonMsg.LIGHT_RED;
            case GREY -> CommonMsg.LIGHT_GREY;
        });
    }

    public static String kind(IndicatorKind kind) {
        return I18n.get(switch (kind) {
            case AMOUNT -> CommonMsg.KIND_AMOUNT;
            case COUNT -> CommonMsg.KIND_COUNT;
            case GROWTH_RATE -> CommonMsg.KIND_GROWTH_RATE;
            case LEVEL -> CommonMsg.KIND_LEVEL;
            case MILESTONE -> CommonMsg.KIND_MILESTONE;
        });
    }

    /** The CSS style class of a light, e.g. "tm-light-red"; its colour comes from app.css variables. */
    public static String lightStyleClass(Light light) {
        return "tm-light-" + light.code();
    }
}
