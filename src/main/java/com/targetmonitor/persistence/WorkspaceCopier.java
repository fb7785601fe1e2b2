package com.targetmonitor.persistence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Copies a whole workspace into an empty one, on either engine: every plan, unit, indicator, value,
 * import record, alias and the history, with the same ids, in one transaction of the destination (a
 * failure leaves it as it was). The copy is not a change: the destination's history triggers stand
 * aside (origin COPY) and the source's history is copied as it is.
 */
public final class WorkspaceCopier {

    /** Every table of a workspace, parents first. A table the schema has and this list lacks stops a copy. */
    static final List<String> TABLES = List.of("unit", "plan", "category", "indicator", "indicator_unit",
            "indicator_phasing", "import_batch", "observation", "import_change", "import_target_change",
            "indicator_alias", "import_unit_created", "change_log");
    /** The schema version is each workspace's own; accounts are a server's logins, not the plans'. */
    private static final Set<String> NOT_COPIED = Set.of("tm_schema", "tm_account");
    private static final int BATCH = 500;

    private WorkspaceCopier() {
    }

    /**
     * Copies {@code from} into {@code to}, which holds no plan and no unit.
     *
     * @return rows copied per table, in copy order
     * @throws PersistenceException when {@code to} is not empty or a write fails (then nothing was written)
     */
    public static Map<String, Integer> copy(Workspace from, Workspace to) {
        if (!to.plans().findAll().isEmpty() || !to.units().findAll().isEmpty()) {
            throw new PersistenceException(to.displayName() + " already holds plans or units; copy into an empty "
                    + "workspace");
        }
        Map<String, List<Object[]>> rows = new LinkedHashMap<>();
        Map<String, List<String>> columns = new LinkedHashMap<>();
        from.inTransaction(() -> {
            requireKnownTables(from.jdbc());
            for (String table : TABLES) {
                List<String> names = new ArrayList<>();
                rows.put(table, from.jdbc().list("SELECT * FROM " + table + " ORDER BY 1", rs -> {
                    var meta = rs.getMetaData();
                    if (names.isEmpty()) {
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            names.add(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
                        }
                    }
                    Object[] values = new Object[meta.getColumnCount()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = rs.getObject(i + 1);
                    }
                    return values;
                }));
                columns.put(table, names);
            }
        });
        Map<String, Integer> counts = new LinkedHashMap<>();
        to.changes().as(ChangeOrigin.COPY, () -> {
            Jdbc jdbc = to.jdbc();
            jdbc.update(jdbc.dialect().deferForeignKeys());
            for (String table : TABLES) {
                List<Object[]> values = rows.get(table);
                counts.put(table, values.size());
                if (values.isEmpty()) {
                    continue;
                }
                List<String> names = columns.get(table);
                String sql = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                        + String.join(",", Collections.nCopies(names.size(), "?")) + ")";
                for (int i = 0; i < values.size(); i += BATCH) {
                    jdbc.batch(sql, values.subList(i, Math.min(values.size(), i + BATCH)));
                }
                jdbc.dialect().afterExplicitIds(jdbc, table, names.contains("id"));
            }
            return null;
        });
        return counts;
    }

    private static void requireKnownTables(Jdbc jdbc) {
        Set<String> unknown = new TreeSet<>(jdbc.list(jdbc.dialect().tablesQuery(), rs -> rs.getString(1)));
        unknown.removeAll(TABLES);
        unknown.removeAll(NOT_COPIED);
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("the copy does not know the tables " + unknown + "; add them to "
                    + "WorkspaceCopier.TABLES");
        }
    }
}
