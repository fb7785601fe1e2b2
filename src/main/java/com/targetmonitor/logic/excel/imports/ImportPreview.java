package com.targetmonitor.logic.excel.imports;

import com.targetmonitor.model.Plan;
import java.util.List;

/**
 * What an import would do, for the officer to check before anything is written: every row with the
 * indicator it maps to, old value → new value, and its problems with their cells.
 */
public record ImportPreview(Plan plan, List<FileSummary> files, List<PreviewRow> rows, List<SkippedLine> skipped) {

    public ImportPreview {
        files = List.copyOf(files);
        rows = List.copyOf(rows);
        skipped = List.copyOf(skipped);
    }

    public List<PreviewRow> rows(RowState state) {
        return rows.stream().filter(r -> r.state() == state).toList();
    }

    public long count(RowState state) {
        return rows.stream().filter(r -> r.state() == state).count();
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
