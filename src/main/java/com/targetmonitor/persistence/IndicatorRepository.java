package com.targetmonitor.persistence;

import com.targetmonitor.model.Direction;
import com.targetmonitor.model.Frequency;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Phasing;
import com.targetmonitor.model.Qualifier;
import com.targetmonitor.model.Responsibility;
import com.targetmonitor.model.ResponsibilityRole;
import com.targetmonitor.model.Source;
import com.targetmonitor.model.Target;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Indicators with their responsible units and planned phasing (one aggregate). */
public final class IndicatorRepository {

    private static final String COLUMNS = "i.id, i.plan_id, i.category_id, i.parent_id, i.code, i.name, "
            + "i.unit_of_measure, i.kind, i.frequency, i.target_value, i.qualifier, i.direction, i.stretch_value, "
            + "i.deadline, i.source_sentence, i.source_document, i.source_note, i.position";

    private final Jdbc jdbc;
    private final Transactions tx;

    IndicatorRepository(Jdbc jdbc, Transactions tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** Inserts (no id) or updates (with id) the indicator, its units and its phasing, in one transaction. */
    public Indicator save(Indicator indicator) {
        return tx.run(() -> {
            Target t = indicator.target();
            Source s = indicator.source();
            Object[] values = {indicator.planId(), indicator.categoryId(), indicator.parentId(), indicator.code(),
                    indicator.name(), indicator.unitOfMeasure(), indicator.kind(), indicator.frequency(),
                    t.value(), t.qualifier(), t.direction(), t.stretch(),
                    t.deadline() == null ? null : t.deadline().toString(),
                    s.sentence(), s.document(), s.note(), indicator.position()};
            Indicator saved;
            if (indicator.id() == null) {
                long id = jdbc.insert("INSERT INTO indicator (plan_id, category_id, parent_id, code, name, "
                        + "unit_of_measure, kind, frequency, target_value, qualifier, direction, stretch_value, "
                        + "deadline, source_sentence, source_document, source_note, position) "
                        + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", values);
                saved = indicator.withId(id);
            } else {
                int n = jdbc.update("UPDATE indicator SET plan_id=?, category_id=?, parent_id=?, code=?, name=?, "
                        + "unit_of_measure=?, kind=?, frequency=?, target_value=?, qualifier=?, direction=?, "
                        + "stretch_value=?, deadline=?, source_sentence=?, source_document=?, source_note=?, "
                        + "position=? WHERE id=" + indicator.id(), values);
                if (n == 0) {
                    throw new PersistenceException("indicator " + indicator.name() + " no longer exists");
                }
                saved = indicator;
                jdbc.update("DELETE FROM indicator_unit WHERE indicator_id = ?", saved.id());
                jdbc.update("DELETE FROM indicator_phasing WHERE indicator_id = ?", saved.id());
            }
            int position = 0;
            for (Responsibility r : saved.responsibilities()) {
                jdbc.update("INSERT INTO indicator_unit (indicator_id, unit_id, role, position) VALUES (?,?,?,?)",
                        saved.id(), r.unitId(), r.role(), position++);
            }
            if (saved.phasing() != null) {
                for (int month = 1; month <= 12; month++) {
                    jdbc.update("INSERT INTO indicator_phasing (indicator_id, month, cumulative_pct) VALUES (?,?,?)",
                            saved.id(), month, saved.phasing().at(month));
                }
            }
            return saved;
        });
    }

    /**
     * Stores {@code after} only if the indicator is still exactly {@code shown} (every field, its units
     * and its phasing), read and written in one transaction with the row held; false: nothing written.
     */
    public boolean replaceIfAsShown(Indicator shown, Indicator after) {
        if (!Objects.equals(shown.id(), after.id())) {
            throw new IllegalArgumentException("shown and changed are not the same indicator");
        }
        return tx.run(() -> {
            if (!holdIfAsShown(shown)) {
                return false;
            }
            save(after);
            return true;
        });
    }

    /**
     * Whether the indicator is still exactly {@code shown}; inside a transaction, its row is held until the
     * transaction ends, so no other client changes it between this answer and the caller's write. Every
     * write of an indicator (save, delete) writes its row, so a change of its units or phasing waits too.
     */
    public boolean holdIfAsShown(Indicator shown) {
        long id = shown.id();
        return tx.run(() -> {
            if (jdbc.one("SELECT id FROM indicator WHERE id = ?" + jdbc.dialect().lockRowsRead(),
                    rs -> rs.getLong(1), id).isEmpty()) {
                return false;
            }
            return find(id).filter(shown::equals).isPresent();
        });
    }

    public Optional<Indicator> find(long id) {
        List<Indicator> found = load("WHERE i.id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The plan's indicators in stored order: category, then position (the tree order is built in logic). */
    public List<Indicator> findByPlan(long planId) {
        return load("WHERE i.plan_id = ?", planId);
    }

    /** Deletes the indicator with its decomposed children and all their observations. */
    public void delete(long id) {
        tx.run(() -> jdbc.update("DELETE FROM indicator WHERE id = ?", id));
    }

    private List<Indicator> load(String where, long key) {
        String scope = where.replace("i.", "x.");
        Map<Long, List<Responsibility>> units = new HashMap<>();
        jdbc.list("SELECT u.indicator_id, u.unit_id, u.role FROM indicator_unit u JOIN indicator x "
                        + "ON x.id = u.indicator_id " + scope + " ORDER BY u.indicator_id, u.position",
                rs -> units.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Responsibility(rs.getLong(2), ResponsibilityRole.valueOf(Jdbc.text(rs, 3)))), key);
        Map<Long, List<Double>> phasing = new HashMap<>();
        jdbc.list("SELECT p.indicator_id, p.cumulative_pct FROM indicator_phasing p JOIN indicator x "
                        + "ON x.id = p.indicator_id " + scope + " ORDER BY p.indicator_id, p.month",
                rs -> phasing.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getDouble(2)), key);
        return jdbc.list("SELECT " + COLUMNS + " FROM indicator i LEFT JOIN category c ON c.id = i.category_id "
                        + where + " ORDER BY coalesce(c.position, 1000000), i.category_id, i.position, i.id",
                rs -> indicator(rs, units, phasing), key);
    }

    /** Reads a row of {@link #COLUMNS} by position (a name lookup per column and row cost a tenth of a status). */
    private static Indicator indicator(ResultSet rs, Map<Long, List<Responsibility>> units,
                                       Map<Long, List<Double>> phasing) throws SQLException {
        long id = rs.getLong(1);
        String deadline = Jdbc.text(rs, 14);
        Target target = new Target(Jdbc.getDouble(rs, 10), Qualifier.valueOf(Jdbc.text(rs, 11)),
                Direction.valueOf(Jdbc.text(rs, 12)), Jdbc.getDouble(rs, 13),
                deadline == null ? null : LocalDate.parse(deadline));
        Source source = new Source(Jdbc.text(rs, 15), Jdbc.text(rs, 16), Jdbc.text(rs, 17));
        List<Double> months = phasing.get(id);
        return new Indicator(id, rs.getLong(2), Jdbc.getLong(rs, 3), Jdbc.getLong(rs, 4), Jdbc.text(rs, 5),
                Jdbc.text(rs, 6), Jdbc.text(rs, 7), IndicatorKind.valueOf(Jdbc.text(rs, 8)),
                Frequency.valueOf(Jdbc.text(rs, 9)), target, source, units.getOrDefault(id, List.of()),
                months == null ? null : new Phasing(months), rs.getInt(18));
    }
}
