package com.targetmonitor.ui.main;

import com.targetmonitor.logic.status.StandingRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;

/**
 * Keeps the status table's tree in line with the ViewModel's groups, keeping every tree item that
 * is still there: an indicator's item only gets its new standing (its cells follow it), and a list
 * of children is set again only when which rows it holds changed. So another month or an edited
 * value keeps the rows, the sort, the scroll position and the selection, and repaints only the
 * cells whose text changed; a new plan or new indicators bring new items.
 */
final class StatusTree {

    private final TreeTableView<TableItem> table;
    /** The tree items shown, by indicator id and by category name: kept across new standings. */
    private final Map<Long, TreeItem<TableItem>> indicators = new HashMap<>();
    private final Map<String, TreeItem<TableItem>> headings = new HashMap<>();
    /** What the current {@link #show} changed so far. */
    private boolean reshaped;
    private List<RowChange> changed = new ArrayList<>();

    StatusTree(TreeTableView<TableItem> table) {
        this.table = table;
    }

    /**
     * What {@link #show} changed.
     *
     * @param reshaped whether a list of children was set again (rows came, went or moved)
     * @param changed  the items kept whose row changed, each with the row it showed before
     */
    record Shown(boolean reshaped, List<RowChange> changed) {
    }

    /** An item that stayed where it was and shows a new row. */
    record RowChange(TreeItem<TableItem> item, StandingRow before) {
    }

    /**
     * Shows the groups; selects the indicator of the given id when it is there, else (nothing
     * selected yet) the first indicator, so the detail pane shows something at once.
     */
    Shown show(List<CategoryGroup> groups, Long selected) {
        reshaped = false;
        changed = new ArrayList<>();
        boolean sorted = !table.getSortOrder().isEmpty();
        TreeItem<TableItem> root = table.getRoot();
        Map<Long, TreeItem<TableItem>> kept = new HashMap<>();
        Map<String, TreeItem<TableItem>> keptCategories = new HashMap<>();
        List<TreeItem<TableItem>> categoryItems = new ArrayList<>();
        for (CategoryGroup group : groups) {
            TreeItem<TableItem> category = headings.get(group.name());
            TableItem.CategoryItem value = new TableItem.CategoryItem(group.name(), group.rows().size());
            if (category == null) {
                category = new TreeItem<>(value);
                category.setExpanded(true);
            } else if (!value.equals(category.getValue())) {
                category.setValue(value);
            }
            keptCategories.put(group.name(), category);
            List<TreeItem<TableItem>> children = new ArrayList<>();
            for (RowNode node : group.rows()) {
                children.add(item(node, category, sorted, kept));
            }
            setChildren(category, children, sorted);
            categoryItems.add(category);
        }
        setChildren(root, categoryItems, sorted);
        indicators.clear();
        indicators.putAll(kept);
        headings.clear();
        headings.putAll(keptCategories);
        TreeItem<TableItem> toSelect = selected == null ? null : indicators.get(selected);
        if (toSelect == null && selected == null && !root.getChildren().isEmpty()
                && !root.getChildren().get(0).getChildren().isEmpty()) {
            toSelect = root.getChildren().get(0).getChildren().get(0);
        }
        if (toSelect != null && table.getSelectionModel().getSelectedItem() != toSelect) {
            table.getSelectionModel().select(toSelect);
        }
        if (sorted) {
            table.sort();
        }
        return new Shown(reshaped, changed);
    }

    /** The item of the node's indicator (the one shown so far when there is one) with its parts under it. */
    private TreeItem<TableItem> item(RowNode node, TreeItem<TableItem> parent, boolean sorted,
                                     Map<Long, TreeItem<TableItem>> kept) {
        long id = node.row().standing().indicator().id();
        TreeItem<TableItem> item = indicators.get(id);
        // An indicator moved under another heading or parent gets a new item: one item, one place.
        if (item == null || item.getParent() != null && item.getParent() != parent) {
            item = new TreeItem<>(new TableItem.IndicatorItem(node.row()));
            item.setExpanded(true);
        } else {
            TableItem.IndicatorItem value = (TableItem.IndicatorItem) item.getValue();
            StandingRow before = value.row();
            if (value.update(node.row())) {
                changed.add(new RowChange(item, before));
            }
        }
        kept.put(id, item);
        List<TreeItem<TableItem>> children = new ArrayList<>(node.children().size());
        for (RowNode child : node.children()) {
            children.add(item(child, item, sorted, kept));
        }
        setChildren(item, children, sorted);
        return item;
    }

    /**
     * Sets the children only when they differ: the same items in the same order, or, while the
     * table is sorted (it orders them itself), the same items in any order, are left alone.
     */
    private void setChildren(TreeItem<TableItem> parent, List<TreeItem<TableItem>> children, boolean sorted) {
        ObservableList<TreeItem<TableItem>> now = parent.getChildren();
        boolean same = sorted ? now.size() == children.size() && new HashSet<>(now).containsAll(children)
                : now.equals(children);
        if (!same) {
            now.setAll(children);
            reshaped = true;
        }
    }
}
