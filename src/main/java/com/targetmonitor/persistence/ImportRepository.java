package com.targetmonitor.persistence;

import com.targetmonitor.model.ImportBatch;
import com.targetmonitor.model.Direction;
import com.targetmonitor.model.Granularity;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Origin;
import com.targetmonitor.model.OriginKind;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.ProgressNote;
import com.targetmonitor.model.Qualifier;
import com.targetmonitor.model.Target;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The import history: one batch per imported file, with every observation it wrote and what that
 * observation held before, so an import can be undone cell by cell.
 */
public final class ImportRepository {

    private static final String BATCH_COLUMNS = "id, plan_id, kind, file_name, file_sha256, imported_at, row_count, "
            + "period_label, undone_at, created_plan";
    private static final String CHANGE_COLUMNS = "batch_id, indicator_id, year, end_month, granularity, had_previous, "
            + "prev_value, prev_yoy_growth, prev_origin, prev_import_batch_id, prev_source_sentence, new_value, "
            + "new_yoy_growth, source_cell";

    private final Jdbc jdbc;
    private final Transactions tx;

    ImportRepository(Jdbc jdbc, Transactions tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** Records a new batch, stamped now; its row count is set when the import is done. */
    public ImportBatch createBatch(Long planId, String kind, String fileName, String sha256, String periodLabel,
                                   boolean createdPlan) {
        return tx.run(() -> {
            Instant now = Instant.now();
            long id = jdbc.insert("INSERT INTO import_batch (plan_id, kind, file_name, file_sha256, imported_at, "
                            + "row_count, period_label, created_plan) VALUES (?,?,?,?,?,0,?,?)", planId, kind, fileName,
                    sha256, now.toString(), periodLabel, createdPlan ? 1 : 0);
            return new ImportBatch(id, planId, kind, fileName, sha256, now, 0, periodLabel, null, createdPlan);
        });
    }

    public void setRowCount(long batchId, int rows) {
        tx.run(() -> jdbc.update("UPDATE import_batch SET row_count = ? WHERE id = ?", rows, batchId));
    }

    public void markUndone(long batchId) {
        tx.run(() -> jdbc.update("UPDATE import_batch SET undone_at = ? WHERE id = ?", Instant.now().toString(),
                batchId));
    }

    public Optional<ImportBatch> find(long batchId) {
        return jdbc.one("SELECT " + BATCH_COLUMNS + " FROM import_batch WHERE id = ?", ImportRepository::batch,
                batchId);
    }

    /** A plan's imports, newest first. */
    public List<ImportBatch> findByPlan(long planId) {
        return jdbc.list("SELECT " + BATCH_COLUMNS + " FROM import_batch WHERE plan_id = ? ORDER BY id DESC",
                ImportRepository::batch, planId);
    }

    /** Imports of the same file (same SHA-256) into the plan that are still in force. */
    public List<ImportBatch> findActiveBySha(long planId, String sha256) {
        return jdbc.list("SELECT " + BATCH_COLUMNS + " FROM import_batch WHERE plan_id = ? AND file_sha256 = ? "
                + "AND undone_at IS NULL ORDER BY id", ImportRepository::batch, planId, sha256);
    }

    public void recordChange(ImportChange c) {
        Observation p = c.previous();
        Period period = c.period();
        tx.run(() -> jdbc.update("INSERT INTO import_change (" + CHANGE_COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                c.batchId(), c.indicatorId(), period.year(), period.endMonth(), period.granularity(), p == null ? 0 : 1,
                p == null ? null : p.value(), p == null ? null : p.yoyGrowth(), p == null ? null : p.origin().kind(),
                p == null ? null : p.origin().importBatchId(), p == null ? "" : p.sourceSentence(), c.newValue(),
                c.newYoyGrowth(), c.sourceCell()));
    }

    /** The observations a batch wrote, in the order it wrote them. */
    public List<ImportChange> changes(long batchId) {
        return jdbc.list("SELECT " + CHANGE_COLUMNS + " FROM import_change WHERE batch_id = ? ORDER BY id",
                ImportRepository::change, batchId);
    }

    /**
     * The earliest batch after this one, still in force, that wrote one of this batch's cells: undo
     * must go newest first, or it would put back values a later import had already replaced.
     */
    public Optional<Long> laterBatchOverwriting(long batchId) {
        return jdbc.one("SELECT c2.batch_id FROM import_change c1 JOIN import_change c2 "
                + "ON c2.indicator_id = c1.indicator_id AND c2.year = c1.year AND c2.end_month = c1.end_month "
                + "AND c2.granularity = c1.granularity JOIN import_batch b2 ON b2.id = c2.batch_id "
                + "WHERE c1.batch_id = ? AND c2.batch_id > ? AND b2.undone_at IS NULL ORDER BY c2.batch_id LIMIT 1",
                rs -> rs.getLong(1), batchId, batchId);
    }

    public void recordTargetChange(TargetChange c) {
        Target t = c.previous();
        tx.run(() -> jdbc.update("INSERT INTO import_target_change (batch_id, indicator_id, created, prev_target_value, "
                        + "prev_qualifier, prev_direction, prev_stretch, prev_deadline) VALUES (?,?,?,?,?,?,?,?)",
                c.batchId(), c.indicatorId(), c.created() ? 1 : 0, t == null ? null : t.value(),
                t == null ? null : t.qualifier(), t == null ? null : t.direction(), t == null ? null : t.stretch(),
                t == null || t.deadline() == null ? null : t.deadline().toString()));
    }

    /** Notes a responsible unit the targets import created, so undoing the import removes it again. */
    public void recordCreatedUnit(long batchId, long unitId) {
        tx.run(() -> jdbc.update("INSERT INTO import_unit_created (batch_id, unit_id) VALUES (?,?) ON CONFLICT DO NOTHING", batchId,
                unitId));
    }

    /** The units the import created, newest first (children before the region unit they hang under). */
    public List<Long> createdUnits(long batchId) {
        return jdbc.list("SELECT unit_id FROM import_unit_created WHERE batch_id = ? ORDER BY unit_id DESC",
                rs -> rs.getLong(1), batchId);
    }

    public List<TargetChange> targetChanges(long batchId) {
        return jdbc.list("SELECT batch_id, indicator_id, created, prev_target_value, prev_qualifier, prev_direction, "
                + "prev_stretch, prev_deadline FROM import_target_change WHERE batch_id = ? ORDER BY id", rs -> {
                    boolean created = rs.getInt("created") == 1;
                    Target previous = null;
                    if (!created) {
                        String deadline = rs.getString("prev_deadline");
                        previous = new Target(Jdbc.getDouble(rs, "prev_target_value"),
                                Qualifier.valueOf(rs.getString("prev_qualifier")),
                                Direction.valueOf(rs.getString("prev_direction")), Jdbc.getDouble(rs, "prev_stretch"),
                                deadline == null ? null : LocalDate.parse(deadline));
                    }
                    return new TargetChange(rs.getLong("batch_id"), rs.getLong("indicator_id"), created, previous);
                }, batchId);
    }

    private static ImportBatch batch(ResultSet rs) throws SQLException {
        String undone = rs.getString("undone_at");
        return new ImportBatch(rs.getLong("id"), Jdbc.getLong(rs, "plan_id"), rs.getString("kind"),
                rs.getString("file_name"), rs.getString("file_sha256"), time(rs.getString("imported_at")),
                rs.getInt("row_count"), rs.getString("period_label"), undone == null ? null : time(undone),
                rs.getInt("created_plan") == 1);
    }

    /** An instant as we write it (2024-07-15T02:00:00Z); a local time without zone, as older rows may hold, is UTC. */
    private static Instant time(String text) {
        try {
            return Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return java.time.LocalDateTime.parse(text).toInstant(java.time.ZoneOffset.UTC);
        }
    }

    private static ImportChange change(ResultSet rs) throws SQLException {
        Period period = new Period(rs.getInt("year"), rs.getInt("end_month"),
                Granularity.valueOf(rs.getString("granularity")));
        long indicatorId = rs.getLong("indicator_id");
        Observation previous = null;
        if (rs.getInt("had_previous") == 1) {
            String origin = rs.getString("prev_origin");
            OriginKind kind = origin == null ? OriginKind.TYPED : OriginKind.valueOf(origin);
            Long batch = Jdbc.getLong(rs, "prev_import_batch_id");
            // An earlier batch removed since (plan deleted) leaves no id: the value counts as typed.
            Origin o = kind == OriginKind.IMPORT && batch == null ? Origin.TYPED : new Origin(kind, batch);
            previous = new Observation(null, indicatorId, period, Jdbc.getDouble(rs, "prev_value"),
                    Jdbc.getDouble(rs, "prev_yoy_growth"), ProgressNote.EMPTY, o, rs.getString("prev_source_sentence"));
        }
        return new ImportChange(rs.getLong("batch_id"), indicatorId, period, previous, Jdbc.getDouble(rs, "new_value"),
                Jdbc.getDouble(rs, "new_yoy_growth"), rs.getString("source_cell"));
    }
}
