package com.targetmonitor.persistence;

import com.targetmonitor.model.Unit;
import com.targetmonitor.model.UnitKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Responsible units, a tree through parent_id. Shared by all plans of the workspace. */
public final class UnitRepository {

    private static final String COLUMNS = "id, name, kind, parent_id, leader";

    private final Jdbc jdbc;
    private final Transactions tx;

    UnitRepository(Jdbc jdbc, Transactions tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    public Unit save(Unit unit) {
        return tx.run(() -> {
            if (unit.id() == null) {
                long id = jdbc.insert("INSERT INTO unit (name, kind, parent_id, leader) VALUES (?,?,?,?)",
                        unit.name(), unit.kind(), unit.parentId(), unit.leader());
                return unit.withId(id);
            }
            jdbc.update("UPDATE unit SET name=?, kind=?, parent_id=?, leader=? WHERE id=?",
                    unit.name(), unit.kind(), unit.parentId(), unit.leader(), unit.id());
            return unit;
        });
    }

    public Optional<Unit> find(long id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM unit WHERE id = ?", UnitRepository::unit, id);
    }

    public Optional<Unit> findByName(String name) {
        return jdbc.one("SELECT " + COLUMNS + " FROM unit WHERE name = ?", UnitRepository::unit, name);
    }

    public List<Unit> findAll() {
        return jdbc.list("SELECT " + COLUMNS + " FROM unit ORDER BY id", UnitRepository::unit);
    }

    /** How many indicators name this unit as lead or supporting unit. */
    public int indicatorCount(long unitId) {
        return jdbc.one("SELECT count(*) FROM indicator_unit WHERE unit_id = ?", rs -> rs.getInt(1), unitId)
                .orElse(0);
    }

    /** How many units hang under this one. */
    public int childCount(long unitId) {
        return jdbc.one("SELECT count(*) FROM unit WHERE parent_id = ?", rs -> rs.getInt(1), unitId).orElse(0);
    }

    /** Deletes a unit; refused while an indicator or a child unit refers to it. */
    public void delete(long id) {
        tx.run(() -> jdbc.update("DELETE FROM unit WHERE id = ?", id));
    }

    private static Unit unit(ResultSet rs) throws SQLException {
        return new Unit(rs.getLong("id"), rs.getString("name"), UnitKind.valueOf(rs.getString("kind")),
                Jdbc.getLong(rs, "parent_id"), rs.getString("leader"));
    }
}
