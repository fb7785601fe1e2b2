package com.targetmonitor.logic.status;

import com.targetmonitor.model.Standing;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The status table as text columns, for the command line and for exports. Numbers are plain
 * (no thousands separators, a minus sign, no plus), empty where a column does not apply.
 */
public final class StatusColumns {

    public static final List<String> HEADER = List.of("code", "name", "unit", "kind", "target", "actual",
            "completion_pct", "time_progress_pct", "gap_pts", "deviation_pts", "status", "light", "responsible_unit");

    private StatusColumns() {
    }

    public static List<List<String>> rows(PlanStatus status) {
        List<List<String>> rows = new ArrayList<>();
        for (StandingRow row : status.rows()) {
            rows.add(row(row));
        }
        return rows;
    }

    public static List<String> row(StandingRow row) {
        Standing s = row.standing();
        var indicator = s.indicator();
        return List.of(indicator.code(), indicator.name(), indicator.unitOfMeasure(),
                indicator.kind().name().toLowerCase(Locale.ROOT),
                number(indicator.target().value()), number(s.actual()),
                decimal(s.completionPct()), decimal(s.timeProgressPct()), decimal(s.gapPts()),
                decimal(s.deviationPts()), s.status().code(), s.light().code(), row.leadUnitName());
    }

    /** A stored value as written: 9500, 93.2, -3.9 (no exponent, no trailing zeros). */
    public static String number(Double value) {
        if (value == null) {
            return "";
        }
        double v = value;
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v); // most targets and counts: no decimal to strip ("-0" is 0 too)
        }
        BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /** A computed percentage or gap, at the scale the plan rounds to: 60.34, -12.70. */
    public static String decimal(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
