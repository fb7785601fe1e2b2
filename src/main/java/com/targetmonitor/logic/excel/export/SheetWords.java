package com.targetmonitor.logic.excel.export;

import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Target;
import java.math.BigDecimal;

/**
 * The words written into exported workbooks. A workbook is a document in the officers' language, not
 * a window, so its words live here rather than in the window's resource bundles; they are the same
 * words the window shows. Status and light words come from logic.status.DocumentWords.
 */
final class SheetWords {

    private SheetWords() {
    }

    static String kind(IndicatorKind k) {
        return switch (k) {
            case AMOUNT -> "总量";
            case COUNT -> "数量";
            case GROWTH_RATE -> "增速";
            case LEVEL -> "水平";
            case MILESTONE -> "节点";
        };
    }

    /** "增长6%左右", "9500人以上", "突破1000亿元", "2022-12-31前", as a plan states it. */
    static String target(Target t, String unit, IndicatorKind kind) {
        if (t.deadline() != null) {
            return t.deadline() + "前";
        }
        if (!t.hasValue()) {
            return "";
        }
        double v = t.value();
        String prefix = kind == IndicatorKind.GROWTH_RATE ? (v < 0 ? "下降" : "增长") : "";
        String number = plain(kind == IndicatorKind.GROWTH_RATE ? Math.abs(v) : v) + unit;
        String s = switch (t.qualifier()) {
            case EXCEED -> prefix + "突破" + number;
            case AT_LEAST -> prefix + number + "以上";
            case ABOUT -> prefix + number + "左右";
            case AT_MOST -> "控制在" + number + "以内";
            case NONE -> prefix + number;
        };
        return t.stretch() == null ? s : s + "，力争" + plain(t.stretch()) + unit;
    }

    static String plain(double v) {
        BigDecimal d = BigDecimal.valueOf(v).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    static final String DONE = "已完成";
    static final String NOT_DONE = "未完成";
}
