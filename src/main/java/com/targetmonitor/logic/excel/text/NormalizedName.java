package com.targetmonitor.logic.excel.text;

/**
 * A row or indicator name reduced to what identifies the indicator, with what was taken off.
 *
 * @param key      the comparable form: no brackets, spaces, numbering, unit or scope notes, growth
 *                 suffix or filler words; short forms expanded (规模以上 → 规上, GDP → 地区生产总值)
 * @param growth   the name asked for a growth rate (增长, 增速, 增幅, 同比, 下降)
 * @param unitHint a unit written in the name ("（亿元）"), or empty
 * @param scope    a scope note taken off ("不含农户"), or empty
 */
public record NormalizedName(String key, boolean growth, String unitHint, String scope) {

    public boolean isEmpty() {
        return key.isEmpty();
    }
}
