package com.targetmonitor.model.number;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * What a text says as a number: a value (with the percent sign or unit it carried), no value at all
 * (blank, "—", "/", "无": not zero, and not a mistake), or the named reason why it is neither.
 *
 * @param value   the number as written, before any unit conversion; null when there is none
 * @param scale   digits after the point as written ("93.20" has 2), so {@link #decimal()} gives the
 *                typed decimal back; 0 without a value
 * @param problem why the text is no value, or null
 * @param percent the number carried %, ‰ or 个百分点
 * @param unit    a unit written after the number ("93.2亿元" gives 亿元), or empty
 */
public record NumberReading(Double value, int scale, NumberProblem problem, boolean percent, String unit) {

    static final NumberReading EMPTY = new NumberReading(null, 0, null, false, "");

    public NumberReading {
        if (value != null && problem != null) {
            throw new IllegalArgumentException("a reading is either a value or a problem");
        }
        if (value != null && !Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite");
        }
        unit = Objects.requireNonNullElse(unit, "");
    }

    /** A plain value: no percent sign, no unit. */
    public static NumberReading of(double value) {
        return new NumberReading(value == 0 ? 0.0 : value, 0, null, false, "");
    }

    public static NumberReading problem(NumberProblem problem) {
        return new NumberReading(null, 0, Objects.requireNonNull(problem, "problem"), false, "");
    }

    /** Blank, or a mark for "not available": nothing to store, nothing wrong. */
    public static NumberReading empty() {
        return EMPTY;
    }

    public boolean hasValue() {
        return value != null;
    }

    /** Neither a value nor a problem: the cell is to be cleared or left alone. */
    public boolean isEmpty() {
        return value == null && problem == null;
    }

    /** A value or nothing, either of which may be stored. */
    public boolean isValid() {
        return problem == null;
    }

    /** The value as the decimal that was written ("93.20" stays 93.20, "10" stays 10); null without a value. */
    public BigDecimal decimal() {
        if (value == null) {
            return null;
        }
        BigDecimal d = BigDecimal.valueOf(value);
        return d.scale() == scale ? d : d.setScale(scale, RoundingMode.HALF_EVEN);
    }
}
