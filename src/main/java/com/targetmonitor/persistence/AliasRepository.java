package com.targetmonitor.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** Names statistics tables give a plan's indicators, confirmed by an officer, so next month's file maps by itself. */
public final class AliasRepository {

    private static final String COLUMNS = "id, plan_id, name_key, role, indicator_id, raw_name, created_at";

    private final Jdbc jdbc;
    private final Transactions tx;

    AliasRepository(Jdbc jdbc, Transactions tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** Remembers (or re-points) the name for the plan and role. */
    public void remember(long planId, String nameKey, String role, long indicatorId, String rawName) {
        tx.run(() -> jdbc.update("INSERT INTO indicator_alias (plan_id, name_key, role, indicator_id, raw_name, "
                        + "created_at) VALUES (?,?,?,?,?,?) ON CONFLICT (plan_id, name_key, role) DO UPDATE SET "
                        + "indicator_id = excluded.indicator_id, raw_name = excluded.raw_name, "
                        + "created_at = excluded.created_at", planId, nameKey, role, indicatorId, rawName,
                Instant.now().toString()));
    }

    public List<IndicatorAlias> findByPlan(long planId) {
        return jdbc.list("SELECT " + COLUMNS + " FROM indicator_alias WHERE plan_id = ? ORDER BY name_key, role",
                AliasRepository::alias, planId);
    }

    public void delete(long aliasId) {
        tx.run(() -> jdbc.update("DELETE FROM indicator_alias WHERE id = ?", aliasId));
    }

    private static IndicatorAlias alias(ResultSet rs) throws SQLException {
        return new IndicatorAlias(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("name_key"),
                rs.getString("role"), rs.getLong("indicator_id"), rs.getString("raw_name"),
                Instant.parse(rs.getString("created_at")));
    }
}
