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
            case COMPLETED -> Msg.STATUS_WORD_COMPLETED;
            case AHEAD -> Msg.STATUS_WORD_AHEAD;
            case BEHIND -> Msg.STATUS_WORD_BEHIND;
            case MET -> Msg.STATUS_WORD_MET;
            case MISSED -> Msg.STATUS_WORD_MISSED;
            case DONE -> Msg.STATUS_WORD_DONE;
            case PENDING -> Msg.STATUS_WORD_PENDING;
            case OVERDUE -> Msg.STATUS_WORD_OVERDUE;
            case NO_DATA -> Msg.STATUS_WORD_NO_DATA;
            case NO_TARGET -> Msg.STATUS_WORD_NO_TARGET;
        });
    }

    public static String light(Light light) {
        return I18n.get(switch (light) {
            case GREEN -> Msg.LIGHT_GREEN;
            case YELLOW -> Msg.LIGHT_YELLOW;
            case RED -> Msg.LIGHT_RED;
            case GREY -> Msg.LIGHT_GREY;
        });
    }

    public static String kind(IndicatorKind kind) {
        return I18n.get(switch (kind) {
            case AMOUNT -> Msg.KIND_AMOUNT;
            case COUNT -> Msg.KIND_COUNT;
            case GROWTH_RATE -> Msg.KIND_GROWTH_RATE;
            case LEVEL -> Msg.KIND_LEVEL;
            case MILESTONE -> Msg.KIND_MILESTONE;
        });
    }

    /** The CSS style class of a light, e.g. "tm-light-red"; its colour comes from app.css variables. */
    public static String lightStyleClass(Light light) {
        return "tm-light-" + light.code();
    }
}
