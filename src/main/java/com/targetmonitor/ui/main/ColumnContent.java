package com.targetmonitor.ui.main;

import com.targetmonitor.logic.status.StandingRow;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** Reads the text a column shows for a row (a seam: tests count the texts formatted). */
    interface Texts {
        Texts SHOWN = (spec, item) -> spec.text().apply(item);

        String of(StatusTableColumns.Spec spec, TableItem item);
    }

    ColumnContent(TreeTableView<TableItem> table, StatusTableColumns columns, Texts texts) {
        this.table = table;
        this.columns = columns;
        this.texts = texts;
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

    /** The tree shows a new standing: the next {@link #longest} reads the texts of what changed. */
    void shown(StatusTree.Shown shown) {
        if (shown.reshaped()) {
            readAll = true;
        }
        if (!readAll) {
            shown.changed().forEach(c -> changed.putIfAbsent(c.item(), c.before()));
        }
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
            read(columns.specs());
            readAll = false;
            changed.clear();
        } else if (!changed.isEmpty()) {
            readChanged();
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

    /** Reads the given columns' texts from every row shown. */
    private void read(Collection<StatusTableColumns.Spec> specs) {
        specs.forEach(spec -> widest.clear(spec.id()));
        shownRows = 0;
        TreeItem<TableItem> root = table.getRoot();
        if (root != null) {
            // Walked down the tree: the table's getTreeItem(i) searches from the root each time.
            offerRows(root, table.isShowRoot() ? 0 : -1, List.copyOf(specs));
        }
    }

    /** Offers the texts of the item (when shown) and of its expanded descendants. */
    private void offerRows(TreeItem<TableItem> item, int level, List<StatusTableColumns.Spec> specs) {
        if (level >= 0 && item.getValue() != null) {
            shownRows++;
            for (StatusTableColumns.Spec spec : specs) {
                widest.offer(spec.id(), texts.of(spec, item.getValue()), extra(spec, level));
            }
        }
        if (level < 0 || item.isExpanded()) {
            for (TreeItem<TableItem> child : item.getChildren()) {
                offerRows(child, level + 1, specs);
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
