package com.targetmonitor.logic.status;

import com.targetmonitor.model.AsOf;
import com.targetmonitor.model.DecompositionBreak;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.Status;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A plan's standing at an as-of month: one row per indicator, and every decomposition that does not add up. */
public record PlanStatus(Plan plan, AsOf asOf, List<StandingRow> rows, List<DecompositionBreak> targetBreaks,
                         List<DecompositionBreak> actualBreaks) {

    public PlanStatus {
        rows = List.copyOf(rows);
        targetBreaks = List.copyOf(targetBreaks);
        actualBreaks = List.copyOf(actualBreaks);
    }

    /** How many indicators stand at each status (every status present, zero where none). */
    public Map<Status, Integer> countsByStatus() {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, 0);
        }
        rows.forEach(r -> counts.merge(r.standing().status(), 1, Integer::sum));
        return counts;
    }
}
