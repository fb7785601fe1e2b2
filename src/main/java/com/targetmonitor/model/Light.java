package com.targetmonitor.model;

import java.util.Locale;

/** The traffic light shown next to the status. Status is always shown in words too (grayscale print). */
public enum Light {
    GREEN,
    YELLOW,
    RED,
    GREY;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
