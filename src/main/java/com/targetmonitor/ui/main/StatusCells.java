package com.targetmonitor.ui.main;

import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Light;
import com.targetmonitor.model.Status;
import com.targetmonitor.ui.StatusTexts;
import com.targetmonitor.ui.detail.TargetText;
import java.math.BigDecimal;

/** Texts of the status table's cells, kept apart from the view so they are tested without a robot. */
final class StatusCells {

    private StatusCells() {
    }

    /** The target as officers write it ("9500以上", "突破1000", "增长8%左右"); one formatter for the whole UI. */
    static String target(Indicator indicator) {
        return TargetText.of(indicator);
    }

    static String percent(BigDecimal value) {
        return value == null ? "" : value.toPlainString() + "%";
    }

    /** The status in words, with the light's name for readers who cannot see the colour. */
    static String status(Status status) {
        return StatusTexts.word(status);
    }

    static String lightName(Light light) {
        return StatusTexts.light(light);
    }
}
