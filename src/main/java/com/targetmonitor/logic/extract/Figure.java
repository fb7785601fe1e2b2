package com.targetmonitor.logic.extract;

/**
 * A quantity written in a clause: "7%", "60亿元以上", "5~8条", "约170个".
 *
 * @param start  where the figure begins in the clause (at a prefix such as 约 when there is one)
 * @param number where the digits begin
 * @param end    where the figure ends (after its unit and qualifier word)
 * @param upper  the upper end of a range, or null
 * @param unit   "%", "亿元", "个" …; "个百分点" for a difference in points
 * @param suffix the qualifier word after the figure (以上, 左右, 以内, 以下), or empty
 */
record Figure(int start, int number, int end, double value, Double upper, String unit, String suffix, String text) {

    boolean percent() {
        return "%".equals(unit);
    }

    boolean points() {
        return unit.endsWith("百分点");
    }
}
