package com.targetmonitor.logic.excel.imports;

import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Origin;
import com.targetmonitor.model.OriginKind;
import com.targetmonitor.persistence.ChangeOrigin;
import com.targetmonitor.model.ImportBatch;
import com.targetmonitor.persistence.ImportChange;
import com.targetmonitor.persistence.TargetChange;
import com.targetmonitor.persistence.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A plan's imports, newest first, and undo. Undo puts back what each cell held before the import, in
 * one transaction. Imports are undone newest first: an import whose cells a later import overwrote
 * waits until that one is undone. A value typed by hand after the import is kept, since the officer's
 * later correction matters more than the file.
 */
public final class ImportHistory {

    private final Workspace workspace;

    public ImportHistory(Workspace workspace) {
        this.workspace = workspace;
    }

    public List<ImportBatch> batches(long planId) {
        return workspace.imports().findByPlan(planId);
    }

    /** Why the batch cannot be undone now, or empty when it can. */
    public Optional<String> whyNotUndoable(long batchId) {
        ImportBatch batch = workspace.imports().find(batchId).orElse(null);
        if (batch == null) {
            return Optional.of("no import #" + batchId);
        }
        if (batch.isUndone()) {
            return Optional.of("import #" + batchId + " (" + batch.fileName() + ") was already undone");
        }
        if (ImportBatch.TARGETS.equals(batch.kind())) {
            boolean later = workspace.imports().findByPlan(batch.planId()).stream()
                    .anyMatch(b -> b.id() > batchId && !b.isUndone());
            return later ? Optional.of("undo the imports made after import #" + batchId + " first") : Optional.empty();
        }
        return workspace.imports().laterBatchOverwriting(batchId).map(later -> "import #" + later + " ("
                + workspace.imports().find(later).map(ImportBatch::fileName).orElse("?")
                + ") changed the same cells later; undo it first");
    }

    /** The later import that changed the same cells, which must be undone first; empty when none. */
    public Optional<ImportBatch> laterOverwriting(long batchId) {
        return workspace.imports().laterBatchOverwriting(batchId).flatMap(workspace.imports()::find);
    }

    /**
     * Undoes the import.
     *
     * @throws IllegalStateException when it cannot be undone now ({@link #whyNotUndoable} says why)
     */
    public UndoResult undo(long batchId) {
        // Recorded in the history as the undo of this import, not as typed changes.
        return workspace.changes().as(ChangeOrigin.undoImport(batchId), () -> {
            whyNotUndoable(batchId).ifPresent(reason -> {
                throw new IllegalStateException(reason);
            });
            ImportBatch batch = workspace.imports().find(batchId).orElseThrow();
            UndoResult result = ImportBatch.TARGETS.equals(batch.kind()) ? undoTargets(batch) : undoValues(batch);
            if (!(ImportBatch.TARGETS.equals(batch.kind()) && batch.createdPlan())) {
                workspace.imports().markUndone(batchId);
            }
            return result;
        });
    }

    private UndoResult undoValues(ImportBatch batch) {
        List<ImportChange> changes = new ArrayList<>(workspace.imports().changes(batch.id()));
        java.util.Collections.reverse(changes);
        int restored = 0;
        List<String> kept = new ArrayList<>();
        for (ImportChange c : changes) {
            Observation now = workspace.observations().find(c.indicatorId(), c.period()).orElse(null);
            boolean stillOurs = now != null && now.origin().kind() == OriginKind.IMPORT
                    && Long.valueOf(batch.id()).equals(now.origin().importBatchId());
            if (!stillOurs) {
                kept.add(c.sourceCell());
                continue;
            }
            Observation before = c.previous();
            if (before == null && now.note().isEmpty()) {
                workspace.observations().delete(now.id());
            } else if (before == null) {
                // A note typed since the import stays; only the imported value goes.
                workspace.observations().save(new Observation(now.id(), c.indicatorId(), c.period(), null, null,
                        now.note(), Origin.TYPED, ""));
            } else {
                workspace.observations().save(new Observation(now.id(), c.indicatorId(), c.period(), before.value(),
                        before.yoyGrowth(), now.note(), before.origin(), before.sourceSentence()));
            }
            restored++;
        }
        return new UndoResult(batch.id(), restored, kept);
    }

    private UndoResult undoTargets(ImportBatch batch) {
        // Read before the plan goes: deleting it deletes its import history too.
        List<Long> units = workspace.imports().createdUnits(batch.id());
        if (batch.createdPlan()) {
            workspace.plans().delete(batch.planId());
            removeUnits(units);
            return new UndoResult(batch.id(), 1, List.of());
        }
        // A document import writes progress figures with its targets: they go first.
        int restored = undoValues(batch).restored();
        List<TargetChange> changes = new ArrayList<>(workspace.imports().targetChanges(batch.id()));
        java.util.Collections.reverse(changes);
        for (TargetChange c : changes) {
            Optional<Indicator> indicator = workspace.indicators().find(c.indicatorId());
            if (indicator.isEmpty()) {
                continue;
            }
            if (c.created()) {
                workspace.indicators().delete(c.indicatorId());
            } else {
                workspace.indicators().save(indicator.get().withTarget(c.previous()));
            }
            restored++;
        }
        removeUnits(units);
        return new UndoResult(batch.id(), restored, List.of());
    }

    /**
     * Removes the units the import created (children first), unless something made since refers to
     * them: an indicator of another plan or a unit put under them by hand stays, and so does its unit.
     */
    private void removeUnits(List<Long> created) {
        for (long id : created) {
            if (workspace.units().find(id).isPresent() && workspace.units().indicatorCount(id) == 0
                    && workspace.units().childCount(id) == 0) {
                workspace.units().delete(id);
            }
        }
    }
}
