package com.targetmonitor.logic.excel.imports;

import com.targetmonitor.logic.backup.BackupReason;
import com.targetmonitor.logic.backup.BackupStore;
import com.targetmonitor.logic.excel.targets.TargetsImporter;
import com.targetmonitor.logic.excel.targets.TargetsProposal;
import com.targetmonitor.logic.excel.targets.TargetsResult;
import com.targetmonitor.logic.excel.targets.TargetsTable;
import com.targetmonitor.logic.task.Cancellation;
import com.targetmonitor.logic.task.ProgressListener;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.model.ImportBatch;
import com.targetmonitor.model.Plan;
import com.targetmonitor.persistence.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Excel import as the window runs it, always on the session's current workspace: match what was
 * read to the plans, write what the officer confirmed (after a backup, in one transaction), list and
 * undo the plan's imports. The window's one door to the import, so it never holds the workspace.
 */
public final class ImportService {

    /** What a read gives: the statistics matched to the plan (null when none), the targets tables proposed. */
    public record Prepared(ImportSession statistics, List<TargetsProposal> targets) {
    }

    /** What a confirmation wrote: the statistics' result (null when none were written), the targets'. */
    public record Applied(ImportResult statistics, List<TargetsResult> targets) {
    }

    private final Session session;

    public ImportService(Session session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    /** Matches what was read to the plan shown; each targets table's own region and year pick its plan. */
    public Prepared prepare(Plan shown, ImportFiles read, ImportOptions options, Cancellation cancel) {
        Workspace ws = session.workspace();
        List<TargetsProposal> targets = new ArrayList<>();
        for (TargetsTable table : read.targets()) {
            cancel.check();
            targets.add(TargetsProposal.propose(ws, shown, table));
        }
        ImportSession stats = read.statistics().isEmpty() ? null
                : StatisticsImporter.preview(ws, shown, read.statistics(), options, cancel);
        return new Prepared(stats, targets);
    }

    /** The targets table proposed again for the plan the officer picked (null: a new plan). */
    public TargetsProposal choose(TargetsProposal proposal, Plan picked) {
        return proposal.choose(session.workspace(), picked);
    }

    /** Writes the targets and the statistics (either may be absent) in one transaction, after a backup. */
    public Applied apply(ImportSession stats, List<TargetsProposal> targets, ProgressListener progress,
                         Cancellation cancel) {
        Workspace ws = session.workspace();
        // Outside the import's transaction: 文件 → 备份与恢复 can undo the whole import.
        BackupStore.standard().create(ws, BackupReason.BEFORE_IMPORT);
        return ws.inTransaction(() -> {
            // Targets first: the statistics were matched against the plan as it stands.
            List<TargetsResult> written = new ArrayList<>();
            for (TargetsProposal t : targets) {
                cancel.check();
                if (t.writes() > 0) {
                    written.add(TargetsImporter.apply(ws, t.preview()));
                }
            }
            ImportResult result = stats == null || stats.preview().writes() == 0 ? null
                    : stats.apply(progress, cancel);
            return new Applied(result, written);
        });
    }

    /** The plan's imports, newest first. */
    public List<ImportBatch> batches(long planId) {
        return history().batches(planId);
    }

    /** Why the import cannot be undone now (for the log), or empty when it can. */
    public Optional<String> whyNotUndoable(long batchId) {
        return history().whyNotUndoable(batchId);
    }

    /** The later import that changed the same cells; empty when none. */
    public Optional<ImportBatch> laterOverwriting(long batchId) {
        return history().laterOverwriting(batchId);
    }

    /** Undoes the import in one transaction. */
    public UndoResult undo(long batchId) {
        return history().undo(batchId);
    }

    private ImportHistory history() {
        return new ImportHistory(session.workspace());
    }
}
