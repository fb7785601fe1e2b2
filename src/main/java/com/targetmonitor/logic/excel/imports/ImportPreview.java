package com.targetmonitor.logic.excel.imports;

import com.targetmonitor.model.Plan;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What an import would do, for the officer to check before anything is written: every row with the
 * indicator it maps to, old value → new value, and its problems with their cells. Rows without an
 * indicator (unmatched, or for another region) are listed up to {@link ImportSession#LISTED_WITHOUT_INDICATOR}
 * of each kind; the rest of them are counted in {@code notListed}, so a 100,000-row 统计月报 the plan
 * watches a few lines of does not hold 99,000 preview lines, and the counts still add up.
 *
 * @param notListed rows read but not listed, by state (only UNMATCHED and NOT_APPLYING)
 */
public record ImportPreview(Plan plan, List<FileSummary> files, List<PreviewRow> rows, List<SkippedLine> skipped,
                            Map<RowState, Integer> notListed) {

    public ImportPreview {
        files = List.copyOf(files);
        rows = List.copyOf(rows);
        skipped = List.copyOf(skipped);
        notListed = notListed.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(notListed));
    }

    public ImportPreview(Plan plan, List<FileSummary> files, List<PreviewRow> rows, List<SkippedLine> skipped) {
        this(plan, files, rows, skipped, Map.of());
    }

    /** The listed rows in this state. */
    public List<PreviewRow> rows(RowState state) {
        return rows.stream().filter(r -> r.state() == state).toList();
    }

    /** All rows in this state, listed or not. */
    public long count(RowState state) {
        return rows.stream().filter(r -> r.state() == state).count() + notListed(state);
    }

    /** Rows in this state that were read and counted but are not listed. */
    public int notListed(RowState state) {
        return notListed.getOrDefault(state, 0);
    }

    /** Rows read and counted but not listed, of every state. */
    public int notListedTotal() {
        return notListed.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Values the import will write once confirmed. */
    public long writes() {
        return count(RowState.APPLY);
    }

    public PreviewRow row(int id) {
        return rows.stream().filter(r -> r.id() == id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no preview row " + id));
    }
}
