package com.targetmonitor.ui.main;

import com.targetmonitor.logic.status.StandingRow;
import com.targetmonitor.ui.task.TaskExecutor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;

/**
 * The texts the status table's columns show at their longest, kept up to date with the tree for
 * the column fit: after a new standing it reads only the rows that changed (an edit: one row), in
 * the columns whose text can change, instead of formatting every cell of every row (100,000 texts
 * at 10,000 indicators).
 */
final class ColumnContent {

    /** Pixels the status cell's light takes before its text. */
    static final double STATUS_DOT = 18;

    private final TreeTableView<TableItem> table;
    private final StatusTableColumns columns;
    private final Texts texts;
    private final WidestTexts widest = new WidestTexts();
    /** The next fit reads every row: the tree's shape changed, or a branch was opened or closed. */
    private boolean readAll = true;
    /** Items whose row changed since the texts were read, with the row they were read from. */
    private final Map<TreeItem<TableItem>, StandingRow> changed = new LinkedHashMap<>();
    /** Rows shown when the texts were last read from all of them. */
    private int shownRows;
    /** Begins a read of every row on another thread while the FX thread goes on (at once in tests). */
    private final TaskExecutor tasks;
    /** The read of every row begun when the rows were shown, for the next {@link #longest}; null for none. */
    private Supplier<Read> ahead;

    /** What a read of every row found: the longest texts of the columns read, and how many rows were read. */
    private record Read(WidestTexts widest, int rows) {
    }

    /** A row as it was when the read began: its item (detached from the tree) and its level. */
    private record Row(TableItem item, int level) {
    }

    /** Reads the text a column shows for a row (a seam: tests count the texts formatted). */
    interface Texts {
        Texts SHOWN = (spec, item) -> spec.text().apply(item);

        String of(StatusTableColumns.Spec spec, TableItem item);
    }

    ColumnContent(TreeTableView<TableItem> table, StatusTableColumns columns, Texts texts, TaskExecutor tasks) {
        this.table = table;
        this.columns = columns;
        this.texts = texts;
        this.tasks = tasks;
        EventHandler<TreeItem.TreeModificationEvent<TableItem>> opened = e -> readAll = true;
        // Branch events rise to the root: a row opened or closed anywhere is seen there.
        table.rootProperty().addListener((obs, old, root) -> {
            readAll = true;
            if (old != null) {
                old.removeEventHandler(TreeItem.branchExpandedEvent(), opened);
                old.removeEventHandler(TreeItem.branchCollapsedEvent(), opened);
            }
            watch(root, opened);
        });
        watch(table.getRoot(), opened);
    }

    private static void watch(TreeItem<TableItem> root,
                              EventHandler<TreeItem.TreeModificationEvent<TableItem>> opened) {
        if (root != null) {
            root.addEventHandler(TreeItem.branchExpandedEvent(), opened);
            root.addEventHandler(TreeItem.branchCollapsedEvent(), opened);
        }
    }

    /**
     * The tree shows a new standing: the next {@link #longest} reads the texts of what changed. When
     * every row is to be read (new rows, the first standing), the read begins now on another thread: the
     * FX thread meanwhile styles and lays out the rows (at 10,000 indicators the read is 100,000 texts).
     */
    void shown(StatusTree.Shown shown) {
        if (shown.reshaped()) {
            readAll = true;
        }
        if (!readAll) {
            shown.changed().forEach(c -> changed.putIfAbsent(c.item(), c.before()));
            return;
        }
        List<Row> rows = rowsShown();
        List<StatusTableColumns.Spec> specs = List.copyOf(columns.specs());
        ahead = tasks.ahead(() -> read(rows, specs));
        readAll = false;
        changed.clear();
    }

    /**
     * The longest few texts of each column, by column id. They are read from every row when the
     * tree's shape changed (or a branch was opened or closed); after a new standing that left the
     * shape, only from the rows that changed, and only in the columns that follow the standing
     * unless the indicator itself changed. A column is read afresh when a row that showed one of its
     * longest texts changed (the next longest is not known otherwise), or when so many rows changed
     * that reading all of them is cheaper (another month).
     */
    Map<String, Collection<WidestTexts.Candidate>> longest() {
        if (readAll) {
            ahead = null;
            read(columns.specs());
            readAll = false;
            changed.clear();
        } else {
            if (ahead != null) {
                take(ahead.get(), columns.specs());
                ahead = null;
            }
            if (!changed.isEmpty()) {
                readChanged();
            }
        }
        Map<String, Collection<WidestTexts.Candidate>> longest = new HashMap<>();
        columns.specs().forEach(spec -> longest.put(spec.id(), widest.candidates(spec.id())));
        return longest;
    }

    private void readChanged() {
        Set<StatusTableColumns.Spec> again = new LinkedHashSet<>();
        // Each changed row costs two texts per column (before and after), reading all one per row.
        if (changed.size() * 2 >= shownRows) {
            boolean sameIndicators = changed.entrySet().stream()
                    .allMatch(e -> sameIndicator(e.getKey(), e.getValue()));
            columns.specs().stream().filter(s -> s.followsStanding() || !sameIndicators).forEach(again::add);
        } else {
            changed.forEach((item, before) -> {
                int level = shownLevel(item);
                if (level < 0) {
                    return;
                }
                TableItem was = new TableItem.IndicatorItem(before);
                boolean sameIndicator = sameIndicator(item, before);
                for (StatusTableColumns.Spec spec : columns.specs()) {
                    if (!spec.followsStanding() && sameIndicator || again.contains(spec)) {
                        continue;
                    }
                    double extra = extra(spec, level);
                    if (!widest.replace(spec.id(), texts.of(spec, was), extra, texts.of(spec, item.getValue()), extra)) {
                        again.add(spec);
                    }
                }
            });
        }
        changed.clear();
        if (!again.isEmpty()) {
            read(again);
        }
    }

    /** Whether the item's row now shows the indicator as the row before did (only the standing changed). */
    private static boolean sameIndicator(TreeItem<TableItem> item, StandingRow before) {
        StandingRow after = StatusTableColumns.row(item);
        return after != null && StatusTableColumns.sameIndicatorTexts(before, after);
    }

    /** Reads the given columns' texts from every row shown, here and now. */
    private void read(Collection<StatusTableColumns.Spec> specs) {
        take(read(rowsShown(), List.copyOf(specs)), specs);
    }

    /** Keeps what a read of every row found in the given columns. */
    private void take(Read read, Collection<StatusTableColumns.Spec> specs) {
        specs.forEach(spec -> widest.take(spec.id(), read.widest()));
        shownRows = read.rows();
    }

    /** The rows shown now, walked down the tree (see {@link #collect}). */
    private List<Row> rowsShown() {
        List<Row> rows = new ArrayList<>();
        TreeItem<TableItem> root = table.getRoot();
        if (root != null) {
            collect(root, table.isShowRoot() ? 0 : -1, rows);
        }
        return rows;
    }

    /** The texts of the rows in the columns; touches nothing of the table's, so it runs on any thread. */
    private Read read(List<Row> rows, List<StatusTableColumns.Spec> specs) {
        WidestTexts found = new WidestTexts();
        specs.forEach(spec -> found.clear(spec.id()));
        for (Row row : rows) {
            for (StatusTableColumns.Spec spec : specs) {
                found.offer(spec.id(), texts.of(spec, row.item()), extra(spec, row.level()));
            }
        }
        return new Read(found, rows.size());
    }

    /**
     * The item (when shown) and its expanded descendants, walked down the tree (the table's getTreeItem(i)
     * searches from the root each time). An indicator's item is copied: the tree's own follows the next
     * standing, and a read under way on another thread reads the rows as they were when it began.
     */
    private static void collect(TreeItem<TableItem> item, int level, List<Row> rows) {
        TableItem value = item.getValue();
        if (level >= 0 && value != null) {
            rows.add(new Row(value instanceof TableItem.IndicatorItem i ? new TableItem.IndicatorItem(i.row()) : value,
                    level));
        }
        if (level < 0 || item.isExpanded()) {
            for (TreeItem<TableItem> child : item.getChildren()) {
                collect(child, level + 1, rows);
            }
        }
    }

    /** Pixels the cell adds to its text: the tree's disclosure arrow and indent, the status dot. */
    private double extra(StatusTableColumns.Spec spec, int level) {
        return spec.column() == columns.treeColumn()
                ? StatusTableColumns.DISCLOSURE + StatusTableColumns.TREE_INDENT * level
                : spec.id().equals("status") ? STATUS_DOT : 0;
    }

    /** The item's level as the rows are read (headings 0), or -1 when it is not shown (a branch above is closed). */
    private int shownLevel(TreeItem<TableItem> item) {
        TreeItem<TableItem> root = table.getRoot();
        int level = table.isShowRoot() ? 0 : -1;
        TreeItem<TableItem> top = item;
        for (TreeItem<TableItem> up = item.getParent(); up != null; up = up.getParent()) {
            if (!up.isExpanded() && (up != root || table.isShowRoot())) {
                return -1;
            }
            level++;
            top = up;
        }
        return top == root ? level : -1;
    }
}
