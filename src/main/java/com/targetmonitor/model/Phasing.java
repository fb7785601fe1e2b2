package com.targetmonitor.model;

import java.util.List;

/**
 * A planned monthly phasing of an amount: the cumulative share of the annual target (in %) planned
 * to be reached by the end of each month. Investment is often back-loaded, so a plan may give an
 * indicator its own phasing instead of the even month ÷ 12.
 *
 * @param cumulativePct twelve values, non-decreasing, each between 0 and 100
 */
public record Phasing(List<Double> cumulativePct) {

    public Phasing {
        cumulativePct = List.copyOf(cumulativePct);
        if (cumulativePct.size() != 12) {
            throw new IllegalArgumentException("a phasing needs 12 monthly values, got " + cumulativePct.size());
        }
        double previous = 0;
        for (int i = 0; i < 12; i++) {
            Double v = cumulativePct.get(i);
            if (v == null || !Double.isFinite(v) || v < 0 || v > 100) {
                throw new IllegalArgumentException("phasing for month " + (i + 1) + " must be between 0 and 100");
            }
            if (v < previous) {
                throw new IllegalArgumentException("phasing must not decrease (month " + (i + 1) + ")");
            }
            previous = v;
        }
    }

    /** The planned cumulative share at the end of month 1..12. */
    public double at(int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month must be 1..12, was " + month);
        }
        return cumulativePct.get(month - 1);
    }
}
