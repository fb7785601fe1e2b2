package com.targetmonitor.logic.edit;

/**
 * What goes with a delete, for the question asked before it ("with it go 5 decomposed indicators
 * and 6 values"). For an indicator, {@code indicators} counts its decomposed parts (not itself);
 * for a plan, all its indicators; for a category, the indicators left without a category.
 */
public record DeletionImpact(int categories, int indicators, int observations) {

    public boolean isEmpty() {
        return categories == 0 && indicators == 0 && observations == 0;
    }
}
