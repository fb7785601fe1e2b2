package com.targetmonitor.logic.excel.imports;

import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.IndicatorKind;
import java.util.Optional;

/**
 * Whether a figure can be what the indicator measures: no city's amount reaches 10^12 of its unit, a
 * share or rate in % lies between 0 and 100, a count is whole, a growth rate stays within ±1000 %.
 * A doubtful figure is a question with its reason, not a write: a typo or a wrong column costs the
 * officer a look, a silent write costs the report.
 */
final class Plausibility {

    /** Why a figure is doubtful. */
    enum Doubt { NOT_FINITE, TOO_LARGE, SHARE_OUT_OF_RANGE, FRACTIONAL_COUNT, GROWTH_OUT_OF_RANGE }

    private static final double AMOUNT_LIMIT = 1e12;
    private static final double GROWTH_LIMIT = 1000;

    private Plausibility() {
    }

    /** @param growth the figure is the row's growth (%) rather than its value */
    static Optional<Doubt> check(Indicator indicator, double value, boolean growth) {
        if (!Double.isFinite(value)) {
            return Optional.of(Doubt.NOT_FINITE);
        }
        if (growth || indicator.kind() == IndicatorKind.GROWTH_RATE) {
            return Math.abs(value) > GROWTH_LIMIT ? Optional.of(Doubt.GROWTH_OUT_OF_RANGE) : Optional.empty();
        }
        String unit = indicator.unitOfMeasure().replace("％", "%").strip();
        if (indicator.kind() == IndicatorKind.LEVEL && unit.equals("%") && (value < 0 || value > 100)) {
            return Optional.of(Doubt.SHARE_OUT_OF_RANGE);
        }
        if (Math.abs(value) >= AMOUNT_LIMIT) {
            return Optional.of(Doubt.TOO_LARGE);
        }
        if (indicator.kind() == IndicatorKind.COUNT && value != Math.rint(value)) {
            return Optional.of(Doubt.FRACTIONAL_COUNT);
        }
        return Optional.empty();
    }
}
