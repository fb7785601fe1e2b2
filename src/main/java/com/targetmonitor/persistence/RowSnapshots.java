package com.targetmonitor.persistence;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Takes a {@link RowSnapshot} before a plan, indicator, category or unit is deleted, and puts it
 * back when the delete is undone. What goes with a row is read from the schema's foreign keys, so a
 * table added by a later migration (import history, aliases …) is covered without a change here.
 */
public final class RowSnapshots {

    /** A child table's column referring to a parent table's column, and what a delete of the parent does. */
    private record ForeignKey(String childTable, String childColumn, String parentColumn, String onDelete) {
    }

    private static final int CHUNK = 400;

    private final Jdbc jdbc;
    private final Transactions tx;
    private Map<String, List<ForeignKey>> referencesTo;
    private Set<String> tablesWithId;

    RowSnapshots(Jdbc jdbc, Transactions tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    public RowSnapshot plan(long planId) {
        return capture("plan", planId);
    }

    public RowSnapshot indicator(long indicatorId) {
        return capture("indicator", indicatorId);
    }

    public RowSnapshot category(long categoryId) {
        return capture("category", categoryId);
    }

    public RowSnapshot unit(long unitId) {
        return capture("unit", unitId);
    }

    /**
     * Puts every row of the snapshot back and sets the cleared references again, in one transaction.
     * Foreign keys are checked at commit, so the order rows are put back in does not matter.
     */
    public void restore(RowSnapshot snapshot) {
        tx.run(() -> {
            jdbc.update(jdbc.dialect().deferForeignKeys());
            for (RowSnapshot.Row row : snapshot.rows()) {
                List<String> columns = new ArrayList<>(row.values().keySet());
                String names = String.join(", ", columns.stream().map(RowSnapshots::quote).toList());
                String marks = String.join(",", Collections.nCopies(columns.size(), "?"));
                jdbc.update("INSERT INTO " + quote(row.table()) + " (" + names + ") VALUES (" + marks + ")",
                        row.values().values().toArray());
            }
            for (RowSnapshot.Link link : snapshot.links()) {
                jdbc.update("UPDATE " + quote(link.table()) + " SET " + quote(link.column()) + " = ? WHERE "
                        + identity(link.table()) + " = ?",
                        link.value(), link.rowid());
            }
            return null;
        });
    }

    private RowSnapshot capture(String table, long id) {
        return tx.run(() -> {
            Map<String, Set<Long>> taken = new LinkedHashMap<>();
            List<RowSnapshot.Row> rows = new ArrayList<>();
            List<RowSnapshot.Link> links = new ArrayList<>();
            List<RowSnapshot.Row> frontier = take(table, "id", List.of(id), taken, rows);
            while (!frontier.isEmpty()) {
                List<RowSnapshot.Row> next = new ArrayList<>();
                for (RowSnapshot.Row parent : frontier) {
                    for (ForeignKey fk : referencesTo().getOrDefault(parent.table(), List.of())) {
                        Object key = fk.parentColumn() == null ? parent.rowid() : parent.values().get(fk.parentColumn());
                        if (key == null) {
                            continue;
                        }
                        if (fk.onDelete().equals("CASCADE")) {
                            next.addAll(take(fk.childTable(), fk.childColumn(), List.of(key), taken, rows));
                        } else if (fk.onDelete().equals("SET NULL")) {
                            for (long rowid : rowids(fk.childTable(), fk.childColumn(), key)) {
                                links.add(new RowSnapshot.Link(fk.childTable(), rowid, fk.childColumn(), key));
                            }
                        }
                    }
                }
                frontier = next;
            }
            // A cleared reference inside a row that is deleted anyway comes back with its row.
            links.removeIf(l -> taken.getOrDefault(l.table(), Set.of()).contains(l.rowid()));
            return new RowSnapshot(rows, links);
        });
    }

    /** Reads the rows of the table whose column holds one of the keys, skipping rows already taken. */
    private List<RowSnapshot.Row> take(String table, String column, List<Object> keys, Map<String, Set<Long>> taken,
                                       List<RowSnapshot.Row> all) {
        List<RowSnapshot.Row> fresh = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += CHUNK) {
            List<Object> chunk = keys.subList(from, Math.min(keys.size(), from + CHUNK));
            String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
            List<RowSnapshot.Row> found = jdbc.list("SELECT " + identity(table) + " AS tm_rowid, * FROM " + quote(table)
                    + " WHERE " + quote(column) + " IN (" + marks + ") ORDER BY tm_rowid", rs -> row(table, rs),
                    chunk.toArray());
            for (RowSnapshot.Row row : found) {
                if (taken.computeIfAbsent(table, t -> new HashSet<>()).add(row.rowid())) {
                    fresh.add(row);
                    all.add(row);
                }
            }
        }
        return fresh;
    }

    private List<Long> rowids(String table, String column, Object key) {
        return jdbc.list("SELECT " + identity(table) + " FROM " + quote(table) + " WHERE " + quote(column) + " = ?",
                rs -> rs.getLong(1), key);
    }

    private static RowSnapshot.Row row(String table, ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 2; i <= meta.getColumnCount(); i++) {
            values.put(meta.getColumnName(i), rs.getObject(i));
        }
        return new RowSnapshot.Row(table, rs.getLong(1), values);
    }

    /** For each table, the foreign keys of other tables (and its own) that refer to it; read once. */
    private synchronized Map<String, List<ForeignKey>> referencesTo() {
        if (referencesTo == null) {
            Map<String, List<ForeignKey>> map = new LinkedHashMap<>();
            jdbc.list(jdbc.dialect().foreignKeysQuery(), rs -> {
                ForeignKey fk = new ForeignKey(rs.getString(1), rs.getString(2), rs.getString(4), rs.getString(5));
                map.computeIfAbsent(rs.getString(3), t -> new ArrayList<>()).add(fk);
                return fk;
            });
            referencesTo = map;
        }
        return referencesTo;
    }

    /**
     * What identifies a row of the table: SQLite's rowid; on a server the id, or for a link table
     * without one the row's place (stable while the snapshot's transaction reads it).
     */
    private synchronized String identity(String table) {
        if (tablesWithId == null) {
            tablesWithId = new HashSet<>(jdbc.list(jdbc.dialect().tablesWithIdQuery(), rs -> rs.getString(1)));
        }
        return jdbc.dialect().rowIdentity(tablesWithId.contains(table));
    }

    private static String quote(String identifier) {
        return "\"" + Objects.requireNonNull(identifier).replace("\"", "\"\"") + "\"";
    }
}
