package com.targetmonitor.logic.report;

import com.targetmonitor.model.Light;
import java.awt.Color;

/**
 * Sizes and inks of the PDF report. The light colours mirror -tm-green/-tm-yellow/-tm-red/-tm-grey
 * in app.css (a PDF cannot read the stylesheet); every light is printed with its word as well,
 * because the report is usually printed in black and white.
 */
final class PdfStyle {

    static final float TITLE = 18;
    static final float SUBTITLE = 9.5f;
    static final float SECTION = 13;
    static final float GROUP = 11;
    static final float BODY = 10.5f; // 五号, the usual size of a printed 通报
    static final float BODY_LEADING = 1.65f;
    static final float FOOTER = 9;
    static final float CAPTION = 9.5f;
    static final float TABLE_PORTRAIT = 7.5f;
    static final float TABLE_LANDSCAPE = 8.5f;
    static final float TABLE_LEADING = 1.3f;
    static final float CELL_PAD_X = 2.5f;
    static final float CELL_PAD_Y = 2.5f;
    static final float GRID_LINE = 0.5f;

    static final Color INK = Color.BLACK;
    static final Color MUTED = new Color(0x59, 0x59, 0x59);
    static final Color GRID = new Color(0x80, 0x80, 0x80);
    static final Color HEADER_FILL = new Color(0xDD, 0xDD, 0xDD);
    static final Color CATEGORY_FILL = new Color(0xF0, 0xF0, 0xF0);

    private PdfStyle() {
    }

    static Color light(Light light) {
        return switch (light) {
            case GREEN -> new Color(0x1a, 0x7f, 0x37);
            case YELLOW -> new Color(0xbf, 0x87, 0x00);
            case RED -> new Color(0xcf, 0x22, 0x2e);
            case GREY -> new Color(0x8c, 0x95, 0x9f);
        };
    }
}
