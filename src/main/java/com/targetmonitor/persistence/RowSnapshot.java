package com.targetmonitor.persistence;

import java.util.List;
import java.util.Map;

/**
 * The rows a delete takes away, read just before it: the row itself, every row the schema deletes
 * with it (ON DELETE CASCADE, at any depth) and every reference the schema clears (ON DELETE SET
 * NULL). {@link RowSnapshots#restore} puts all of it back exactly: same ids, same values.
 */
public final class RowSnapshot {

    /** One stored row: its table, its rowid and its columns as SQLite holds them. */
    record Row(String table, long rowid, Map<String, Object> values) {
    }

    /** A reference in a row outside the snapshot that the delete sets to null, with its value. */
    record Link(String table, long rowid, String column, Object value) {
    }

    private final List<Row> rows;
    private final List<Link> links;

    RowSnapshot(List<Row> rows, List<Link> links) {
        this.rows = List.copyOf(rows);
        this.links = List.copyOf(links);
    }

    List<Row> rows() {
        return rows;
    }

    List<Link> links() {
        return links;
    }

    /** True when the row asked for was not there (nothing to delete, nothing to put back). */
    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** How many rows the snapshot holds in the table: what goes with a delete. */
    public int rowCount(String table) {
        return (int) rows.stream().filter(r -> r.table().equals(table)).count();
    }
}
