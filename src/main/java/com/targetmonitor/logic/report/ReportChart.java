package com.targetmonitor.logic.report;

import java.util.Objects;

/**
 * A chart handed to the report as a PNG picture (the desktop snapshots its JavaFX charts; the
 * report itself never needs JavaFX).
 *
 * @param caption the caption printed under it, without the "图n" number
 * @param png     the PNG file's bytes
 */
public record ReportChart(String caption, byte[] png) {

    public ReportChart {
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(png, "png");
        png = png.clone();
    }

    @Override
    public byte[] png() {
        return png.clone();
    }
}
