package com.targetmonitor.persistence;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of the connection's temporary triggers that write {@code change_log}. Temporary, so that
 * they read the connection's own context (account, origin) from a temporary table, and so that
 * another tool opening the file finds no trigger calling into an application it does not have.
 */
final class ChangeLogTriggers {

    private static final String NOW = "strftime('%Y-%m-%dT%H:%M:%fZ','now')";
    private static final String[] OBSERVATION_FIELDS = {"value", "yoy_growth", "progress", "problems", "next_steps"};
    private static final String[] INDICATOR_FIELDS = {"name", "code", "unit_of_measure", "kind", "frequency",
        "target_value", "qualifier", "direction", "stretch_value", "deadline", "parent_id", "category_id",
        "source_sentence", "source_note"};
    private static final String[] PLAN_FIELDS = {"name", "region", "year", "document", "amount_yellow_band",
        "rate_yellow_band", "about_tolerance", "rounding_scale"};

    private ChangeLogTriggers() {
    }

    static List<String> statements() {
        List<String> sql = new ArrayList<>();
        sql.add("CREATE TEMP TABLE IF NOT EXISTS tm_context (origin TEXT NOT NULL, batch INTEGER, account TEXT NOT NULL)");
        for (String f : OBSERVATION_FIELDS) {
            String plan = "(SELECT plan_id FROM main.indicator WHERE id = %s.indicator_id)";
            String period = "%1$s.year || '-' || printf('%%02d', %1$s.end_month) "
                    + "|| CASE %1$s.granularity WHEN 'QUARTER' THEN 'Q' ELSE '' END";
            // Seed values are where a workspace starts, not changes; a cascade from a deleted indicator is
            // recorded once, as the indicator's deletion.
            sql.add(trigger("obs_ins_" + f, "INSERT", "observation",
                    "new.origin <> 'SEED' AND new." + f + " IS NOT NULL AND new." + f + " <> ''",
                    plan.formatted("new"), "new.indicator_id", "OBSERVATION", period.formatted("new"), f, "NULL",
                    "new." + f));
            sql.add(trigger("obs_upd_" + f, "UPDATE OF " + f, "observation", "old." + f + " IS NOT new." + f,
                    plan.formatted("new"), "new.indicator_id", "OBSERVATION", period.formatted("new"), f,
                    "old." + f, "new." + f));
            sql.add(trigger("obs_del_" + f, "DELETE", "observation", "old." + f + " IS NOT NULL AND old." + f
                    + " <> '' AND EXISTS (SELECT 1 FROM main.indicator WHERE id = old.indicator_id)",
                    plan.formatted("old"), "old.indicator_id", "OBSERVATION", period.formatted("old"), f,
                    "old." + f, "NULL"));
        }
        sql.add(trigger("ind_ins", "INSERT", "indicator", "1", "new.plan_id", "new.id", "INDICATOR", "''", "*",
                "NULL", "new.name"));
        sql.add(trigger("ind_del", "DELETE", "indicator", "1", "old.plan_id", "old.id", "INDICATOR", "''", "*",
                "old.name", "NULL"));
        for (String f : INDICATOR_FIELDS) {
            sql.add(trigger("ind_upd_" + f, "UPDATE OF " + f, "indicator", "old." + f + " IS NOT new." + f,
                    "new.plan_id", "new.id", "INDICATOR", "''", f, "old." + f, "new." + f));
        }
        sql.add(trigger("plan_ins", "INSERT", "plan", "1", "new.id", "NULL", "PLAN", "''", "*", "NULL", "new.name"));
        sql.add(trigger("plan_del", "DELETE", "plan", "1", "old.id", "NULL", "PLAN", "''", "*", "old.name", "NULL"));
        for (String f : PLAN_FIELDS) {
            sql.add(trigger("plan_upd_" + f, "UPDATE OF " + f, "plan", "old." + f + " IS NOT new." + f, "new.id",
                    "NULL", "PLAN", "''", f, "old." + f, "new." + f));
        }
        // A new batch marks the rest of its transaction as that import; the next transaction resets it.
        sql.add("CREATE TEMP TRIGGER IF NOT EXISTS tm_log_import AFTER INSERT ON main.import_batch BEGIN "
                + "UPDATE temp.tm_context SET origin = 'IMPORT', batch = new.id WHERE origin <> 'COPY'; "
                + insert("new.plan_id", "NULL", "'IMPORT'", "''", "'file'", "NULL", "new.file_name") + "; END");
        sql.add("CREATE TEMP TRIGGER IF NOT EXISTS tm_log_import_undone AFTER UPDATE OF undone_at ON main.import_batch "
                + "WHEN old.undone_at IS NULL AND new.undone_at IS NOT NULL BEGIN "
                + insert("new.plan_id", "NULL", "'IMPORT'", "''", "'undone'", "new.file_name", "NULL") + "; END");
        return sql;
    }

    private static String trigger(String name, String event, String table, String when, String planId,
                                  String indicatorId, String subject, String period, String field, String oldValue,
                                  String newValue) {
        return "CREATE TEMP TRIGGER IF NOT EXISTS tm_log_" + name + " AFTER " + event + " ON main." + table
                + " WHEN " + when + " BEGIN " + insert(planId, indicatorId, "'" + subject + "'", period,
                "'" + field + "'", oldValue, newValue) + "; END";
    }

    private static String insert(String planId, String indicatorId, String subject, String period, String field,
                                 String oldValue, String newValue) {
        return "INSERT INTO main.change_log (at, account, origin, batch_id, plan_id, indicator_id, subject, period, "
                + "field, old_value, new_value) SELECT " + NOW + ", c.account, c.origin, c.batch, " + planId + ", "
                + indicatorId + ", " + subject + ", " + period + ", " + field + ", " + oldValue + ", " + newValue
                + " FROM temp.tm_context c WHERE c.origin NOT IN ('SEED', 'COPY')";
    }
}
