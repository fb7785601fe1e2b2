package com.targetmonitor.persistence;

import com.targetmonitor.model.Granularity;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Origin;
import com.targetmonitor.model.OriginKind;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.ProgressNote;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Observations: one value per indicator and period. */
public final class ObservationRepository {

    private static final String COLUMNS = "o.id, o.indicator_id, o.year, o.end_month, o.granularity, o.value, "
            + "o.yoy_growth, o.progress, o.problems, o.next_steps, o.origin, o.import_batch_id, o.source_sentence";

    private final Jdbc jdbc;
    private final Transactions tx;

    ObservationRepository(Jdbc jdbc, Transactions tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** Stores the value of an indicator for a period, replacing what that period held before. */
    public Observation save(Observation o) {
        return tx.run(() -> {
            Period p = o.period();
            Object[] values = {o.indicatorId(), p.year(), p.endMonth(), p.granularity(), o.value(), o.yoyGrowth(),
                    o.note().progress(), o.note().problems(), o.note().nextSteps(), o.origin().kind(),
                    o.origin().importBatchId(), o.sourceSentence()};
            Optional<Long> existing = o.id() != null ? Optional.of(o.id())
                    : jdbc.one("SELECT id FROM observation WHERE indicator_id=? AND year=? AND end_month=? "
                    + "AND granularity=?", rs -> rs.getLong(1), o.indicatorId(), p.year(), p.endMonth(), p.granularity());
            if (existing.isPresent()) {
                int n = jdbc.update("UPDATE observation SET indicator_id=?, year=?, end_month=?, granularity=?, value=?, "
                        + "yoy_growth=?, progress=?, problems=?, next_steps=?, origin=?, import_batch_id=?, "
                        + "source_sentence=? WHERE id=" + existing.get(), values);
                requireWritten(n, existing.get());
                return o.withId(existing.get());
            }
            // On a server another client may store the same period between the look-up and this insert (two
            // imports at once): then its row is updated, not refused. A file's writers take turns, so there
            // the conflict never happens.
            long id = jdbc.insert("INSERT INTO observation (indicator_id, year, end_month, granularity, value, "
                    + "yoy_growth, progress, problems, next_steps, origin, import_batch_id, source_sentence) "
                    + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (indicator_id, year, end_month, granularity) "
                    + "DO UPDATE SET value=excluded.value, yoy_growth=excluded.yoy_growth, progress=excluded.progress, "
                    + "problems=excluded.problems, next_steps=excluded.next_steps, origin=excluded.origin, "
                    + "import_batch_id=excluded.import_batch_id, source_sentence=excluded.source_sentence", values);
            return o.withId(id);
        });
    }

    /**
     * Stores {@code after} (null: removes the period's observation) only if the period's value is still
     * {@code shownValue}, the value the officer was shown (null: none). The check is part of the write
     * (the old value in the WHERE clause), so between two clients exactly one of two crossing edits lands,
     * on either engine. Returns false, having changed nothing, when someone else changed the value since.
     */
    public boolean replaceIfValue(long indicatorId, Period period, Double shownValue, Observation after) {
        return replaceIf(indicatorId, period, "value IS NOT DISTINCT FROM ?", new Object[] {shownValue},
                shownValue == null, after);
    }

    /** As {@link #replaceIfValue}, guarded by the note (进展 / 存在问题 / 下一步措施) the officer was shown. */
    public boolean replaceIfNote(long indicatorId, Period period, ProgressNote shownNote, Observation after) {
        return replaceIf(indicatorId, period, "progress = ? AND problems = ? AND next_steps = ?",
                new Object[] {shownNote.progress(), shownNote.problems(), shownNote.nextSteps()},
                shownNote.equals(ProgressNote.EMPTY), after);
    }

    /** @param shownNothing what was shown is also what a period without a row shows */
    private boolean replaceIf(long indicatorId, Period p, String guard, Object[] guardValues, boolean shownNothing,
                              Observation after) {
        return tx.run(() -> {
            Object[] key = {indicatorId, p.year(), p.endMonth(), p.granularity()};
            String where = " WHERE indicator_id=? AND year=? AND end_month=? AND granularity=? AND " + guard;
            if (after == null) {
                if (jdbc.update("DELETE FROM observation" + where, concat(key, guardValues)) == 1) {
                    return true;
                }
                return shownNothing && find(indicatorId, p).isEmpty();
            }
            Object[] values = {after.value(), after.yoyGrowth(), after.note().progress(), after.note().problems(),
                    after.note().nextSteps(), after.origin().kind(), after.origin().importBatchId(),
                    after.sourceSentence()};
            if (jdbc.update("UPDATE observation SET value=?, yoy_growth=?, progress=?, problems=?, next_steps=?, "
                    + "origin=?, import_batch_id=?, source_sentence=?" + where,
                    concat(concat(values, key), guardValues)) == 1) {
                return true;
            }
            // No row, or one whose value differs: a new row is written only where the officer saw none.
            return shownNothing && jdbc.update("INSERT INTO observation (value, yoy_growth, progress, problems, "
                    + "next_steps, origin, import_batch_id, source_sentence, indicator_id, year, end_month, granularity) "
                    + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING", concat(values, key)) == 1;
        });
    }

    private static Object[] concat(Object[] a, Object[] b) {
        Object[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    public Optional<Observation> find(long indicatorId, Period period) {
        return jdbc.one("SELECT " + COLUMNS + " FROM observation o WHERE o.indicator_id=? AND o.year=? "
                        + "AND o.end_month=? AND o.granularity=?", ObservationRepository::observation,
                indicatorId, period.year(), period.endMonth(), period.granularity());
    }

    /** An indicator's observations, oldest period first. */
    public List<Observation> findByIndicator(long indicatorId) {
        return jdbc.list("SELECT " + COLUMNS + " FROM observation o WHERE o.indicator_id = ? "
                + "ORDER BY o.year, o.end_month, o.granularity", ObservationRepository::observation, indicatorId);
    }

    /** Every observation of a plan's indicators, grouped by indicator id, oldest period first. */
    public Map<Long, List<Observation>> findByPlan(long planId) {
        List<Observation> all = jdbc.list("SELECT " + COLUMNS + " FROM observation o JOIN indicator i "
                        + "ON i.id = o.indicator_id WHERE i.plan_id = ? ORDER BY o.indicator_id, o.year, o.end_month, "
                        + "o.granularity", ObservationRepository::observation, planId);
        return all.stream().collect(Collectors.groupingBy(Observation::indicatorId, LinkedHashMap::new,
                Collectors.toList()));
    }

    /**
     * The last month of the year that some indicator of the plan has a value for: one aggregate on the
     * server, not the plan's every observation read to find it (60,000 rows at 10,000 indicators, on the
     * FX thread when the window opens a plan).
     */
    public Optional<Integer> latestMonth(long planId, int year) {
        // MAX over no rows is one row holding NULL.
        return jdbc.list("SELECT MAX(o.end_month) AS m FROM indicator i JOIN observation o ON o.indicator_id = i.id "
                + "WHERE i.plan_id = ? AND o.year = ? AND o.value IS NOT NULL", rs -> {
                    int m = rs.getInt("m");
                    return rs.wasNull() ? null : m;
                }, planId, year).stream().filter(java.util.Objects::nonNull).findFirst();
    }

    /** How many indicators of the plan have both a target value and some value reported: one count. */
    public long informedIndicators(long planId) {
        return jdbc.one("SELECT COUNT(*) AS n FROM indicator i WHERE i.plan_id = ? AND i.target_value IS NOT NULL "
                + "AND EXISTS (SELECT 1 FROM observation o WHERE o.indicator_id = i.id)", rs -> rs.getLong("n"), planId)
                .orElse(0L);
    }

    /** What a standing needs of an observation: no progress notes (three free-text columns nobody reads there). */
    private static final String STANDING_COLUMNS = "o.id, o.indicator_id, o.year, o.end_month, o.granularity, "
            + "o.value, o.yoy_growth, o.origin, o.import_batch_id, o.source_sentence";
    /**
     * For each indicator of the plan, the observations its standing at the month is judged on: the
     * latest of the year whose period ends by the month, and, for milestones, the first reported done
     * (value 1 or more) by then. At most two rows per indicator instead of every observation of the plan:
     * the latest is one step back in the observation key index (indicator, year, end month, granularity:
     * the order of Period), which covers the lookup. The observations carry no progress note.
     */
    public Map<Long, List<Observation>> forStanding(long planId, int year, int month) {
        Map<Long, List<Observation>> out = new HashMap<>();
        for (String pick : STANDING_PICKS) {
            jdbc.list(standingSelect("", pick, "i.plan_id = ?"), ObservationRepository::standingObservation, year,
                            month, planId)
                    .forEach(o -> out.computeIfAbsent(o.indicatorId(), k -> new ArrayList<>(2)).add(o));
        }
        return out;
    }

    /**
     * As {@link #forStanding(long, int, int)}, for these indicators only, in one statement: after an edit
     * the window judges again only the indicators whose values changed. Indicators without such an
     * observation are not in the map.
     */
    public Map<Long, List<Observation>> forStanding(Collection<Long> indicatorIds, int year, int month) {
        Map<Long, List<Observation>> out = new HashMap<>();
        if (indicatorIds.isEmpty()) {
            return out;
        }
        String ids = "i.id IN (" + String.join(",", Collections.nCopies(indicatorIds.size(), "?")) + ")";
        List<Object> params = new ArrayList<>();
        List<String> selects = new ArrayList<>();
        for (String pick : STANDING_PICKS) {
            // Which pick a row answers, so that each list holds the latest first, as the plan's read does.
            selects.add(standingSelect(selects.size() + " AS pick, ", pick, ids));
            params.add(year);
            params.add(month);
            params.addAll(indicatorIds);
        }
        jdbc.list(String.join(" UNION ALL ", selects) + " ORDER BY 1", rs -> standingObservation(rs, 1),
                        params.toArray())
                .forEach(o -> out.computeIfAbsent(o.indicatorId(), k -> new ArrayList<>(2)).add(o));
        return out;
    }

    /**
     * The two observations a standing is judged on, as conditions on {@code x} for the indicator {@code i}:
     * the latest of the year whose period ends by the month, and a milestone's first reported done.
     */
    private static final List<String> STANDING_PICKS = List.of(
            "x.indicator_id = i.id AND x.year = ? AND x.end_month <= ? ORDER BY x.end_month DESC, x.granularity DESC",
            "x.indicator_id = i.id AND i.kind = 'MILESTONE' AND x.year = ? AND x.end_month <= ? AND x.value >= 1 "
                    + "ORDER BY x.end_month, x.granularity");

    /** @param lead columns before {@link #STANDING_COLUMNS}, each followed by ", " */
    private static String standingSelect(String lead, String pick, String indicatorFilter) {
        return "SELECT " + lead + STANDING_COLUMNS + " FROM indicator i JOIN observation o ON o.id = "
                + "(SELECT x.id FROM observation x WHERE " + pick + " LIMIT 1) WHERE " + indicatorFilter;
    }

    public int countByIndicator(long indicatorId) {
        return jdbc.one("SELECT count(*) FROM observation WHERE indicator_id = ?", rs -> rs.getInt(1), indicatorId)
                .orElse(0);
    }

    public void delete(long id) {
        tx.run(() -> {
            requireWritten(jdbc.update("DELETE FROM observation WHERE id = ?", id), id);
            return null;
        });
    }

    /**
     * A row that is there but was not written was hidden from this account by the server's row-level
     * security (another unit's figure for a reporter): said, not passed over in silence.
     */
    private void requireWritten(int rows, long id) {
        if (rows == 0 && jdbc.one("SELECT 1 FROM observation WHERE id = ?", rs -> 1, id).isPresent()) {
            throw new NotPermittedException("cannot write: not permitted for this account (another unit's figure; "
                    + "nothing was changed)");
        }
    }

    private static Observation standingObservation(ResultSet rs) throws SQLException {
        return standingObservation(rs, 0);
    }

    /** @param skip columns before {@link #STANDING_COLUMNS} in the row */
    private static Observation standingObservation(ResultSet rs, int skip) throws SQLException {
        Period period = new Period(rs.getInt(skip + 3), rs.getInt(skip + 4),
                Granularity.valueOf(Jdbc.text(rs, skip + 5)));
        Origin origin = new Origin(OriginKind.valueOf(Jdbc.text(rs, skip + 8)), Jdbc.getLong(rs, skip + 9));
        return new Observation(rs.getLong(skip + 1), rs.getLong(skip + 2), period, Jdbc.getDouble(rs, skip + 6),
                Jdbc.getDouble(rs, skip + 7), ProgressNote.EMPTY, origin, Jdbc.text(rs, skip + 10));
    }

    private static Observation observation(ResultSet rs) throws SQLException {
        Period period = new Period(rs.getInt("year"), rs.getInt("end_month"),
                Granularity.valueOf(rs.getString("granularity")));
        OriginKind kind = OriginKind.valueOf(rs.getString("origin"));
        Origin origin = new Origin(kind, Jdbc.getLong(rs, "import_batch_id"));
        return new Observation(rs.getLong("id"), rs.getLong("indicator_id"), period, Jdbc.getDouble(rs, "value"),
                Jdbc.getDouble(rs, "yoy_growth"), new ProgressNote(rs.getString("progress"),
                rs.getString("problems"), rs.getString("next_steps")), origin, rs.getString("source_sentence"));
    }
}
