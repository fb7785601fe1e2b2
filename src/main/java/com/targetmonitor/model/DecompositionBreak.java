package com.targetmonitor.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A place where a decomposed target does not add up: the children's targets (or actuals) against
 * the parent's.
 *
 * @param childrenSum null when the sum cannot be formed because a child has no value
 * @param missing     children with no target (or no actual) to add
 */
public record DecompositionBreak(Indicator parent, List<Indicator> children, BigDecimal parentValue,
                                 BigDecimal childrenSum, List<Indicator> missing) {

    public DecompositionBreak {
        children = List.copyOf(children);
        missing = List.copyOf(missing);
    }

    /** childrenSum − parentValue, or null when a child has no value. */
    public BigDecimal difference() {
        return childrenSum == null || parentValue == null ? null : childrenSum.subtract(parentValue);
    }
}
