package com.targetmonitor.logic.excel.imports;

import com.targetmonitor.logic.task.Cancellation;
import com.targetmonitor.logic.task.ProgressListener;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Origin;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.ImportBatch;
import com.targetmonitor.persistence.ImportChange;
import com.targetmonitor.persistence.Workspace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a confirmed preview: every APPLY row, in one transaction, with one import batch per file and
 * what each cell held before (for undo); the names the officer confirmed become aliases. A failure or
 * a cancel part-way leaves the workspace as it was.
 */
final class ImportApplier {

    private final Workspace workspace;

    ImportApplier(Workspace workspace) {
        this.workspace = workspace;
    }

    ImportResult apply(Plan plan, ImportPreview preview, Map<Integer, Resolution> resolutions,
                       ProgressListener progress, Cancellation cancellation) {
        Map<String, List<PreviewRow>> byFile = new LinkedHashMap<>();
        for (PreviewRow row : preview.rows(RowState.APPLY)) {
            byFile.computeIfAbsent(row.fileName(), k -> new ArrayList<>()).add(row);
        }
        long total = preview.writes();
        return workspace.inTransaction(() -> {
            List<ImportBatch> batches = new ArrayList<>();
            int written = 0;
            for (FileSummary file : preview.files()) {
                List<PreviewRow> rows = byFile.getOrDefault(file.fileName(), List.of());
                if (rows.isEmpty()) {
                    continue;
                }
                ImportBatch batch = workspace.imports().createBatch(plan.id(), ImportBatch.STATISTICS, file.fileName(),
                        file.sha256(), file.periodLabel(), false);
                for (PreviewRow row : rows) {
                    cancellation.check();
                    write(batch, row);
                    progress.progress(++written, total, row.indicatorName());
                }
                workspace.imports().setRowCount(batch.id(), rows.size());
                batches.add(workspace.imports().find(batch.id()).orElse(batch));
            }
            int aliases = rememberAliases(plan, preview, resolutions);
            return new ImportResult(batches, written, aliases);
        });
    }

    private void write(ImportBatch batch, PreviewRow row) {
        long indicatorId = row.indicatorId();
        Observation previous = workspace.observations().find(indicatorId, row.period()).orElse(null);
        String source = row.fileName() + " " + row.cell();
        Observation next = new Observation(previous == null ? null : previous.id(), indicatorId, row.period(),
                row.newValue(), row.yoyGrowth() != null ? row.yoyGrowth() : previous == null ? null : previous.yoyGrowth(),
                previous == null ? null : previous.note(), Origin.importBatch(batch.id()), source);
        workspace.imports().recordChange(new ImportChange(batch.id(), indicatorId, row.period(), previous,
                next.value(), next.yoyGrowth(), row.cell()));
        workspace.observations().save(next);
    }

    /** Names the officer picked or confirmed in this preview, so next month's file maps by itself. */
    private int rememberAliases(Plan plan, ImportPreview preview, Map<Integer, Resolution> resolutions) {
        int n = 0;
        for (PreviewRow row : preview.rows()) {
            Resolution r = resolutions.get(row.id());
            if (r == null || !r.confirmedByOfficer() || r.ignored || r.indicator == null || r.name.isEmpty()) {
                continue;
            }
            workspace.aliases().remember(plan.id(), r.name.key(), r.role.code(), r.indicator.id(), r.row.name());
            n++;
        }
        return n;
    }
}
