package com.targetmonitor.logic.excel.imports;

import com.targetmonitor.model.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Two rows that would write the same indicator and period: with the same value the later one is a
 * harmless duplicate; with different values neither is written, since the import cannot know which
 * one the officer means.
 */
final class ConflictCheck {

    private record Slot(long indicatorId, Period period) {
    }

    private ConflictCheck() {
    }

    static List<PreviewRow> apply(List<PreviewRow> rows) {
        Map<Slot, List<PreviewRow>> bySlot = new LinkedHashMap<>();
        for (PreviewRow r : rows) {
            // Questions stay out until confirmed: an unconfirmed guess must not block a sure value.
            if ((r.state() == RowState.APPLY || r.state() == RowState.UNCHANGED) && r.period() != null) {
                bySlot.computeIfAbsent(new Slot(r.indicatorId(), r.period()), k -> new ArrayList<>()).add(r);
            }
        }
        Map<Integer, PreviewRow> replaced = new LinkedHashMap<>();
        for (List<PreviewRow> same : bySlot.values()) {
            if (same.size() < 2) {
                continue;
            }
            PreviewRow first = same.get(0);
            boolean allEqual = same.stream().allMatch(r -> Objects.equals(r.newValue(), first.newValue()));
            for (int i = 0; i < same.size(); i++) {
                PreviewRow r = same.get(i);
                if (allEqual && i == 0) {
                    continue;
                }
                PreviewRow other = allEqual ? first : same.get(i == 0 ? 1 : 0);
                ImportProblem.Code code = allEqual ? ImportProblem.Code.DUPLICATE : ImportProblem.Code.CONFLICT;
                List<ImportProblem> problems = new ArrayList<>(r.problems());
                problems.add(ImportProblem.of(code, r.cell(), other.cell()));
                RowState state = allEqual ? RowState.UNCHANGED : RowState.ERROR;
                replaced.put(r.id(), new PreviewRow(r.id(), r.fileName(), r.cell(), r.nameCell(), r.rawName(),
                        r.rawValue(), r.indicatorId(), r.indicatorName(), r.indicatorUnit(), r.score(), r.matchKind(),
                        r.role(), r.period(), r.oldValue(), r.newValue(), r.yoyGrowth(), state, problems,
                        r.suggestions()));
            }
        }
        if (replaced.isEmpty()) {
            return rows;
        }
        List<PreviewRow> out = new ArrayList<>(rows.size());
        for (PreviewRow r : rows) {
            out.add(replaced.getOrDefault(r.id(), r));
        }
        return out;
    }
}
