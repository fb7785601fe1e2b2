package com.targetmonitor.ui.main;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Keeps the status table's columns as wide as their content and inside the table's width, again
 * whenever the rows, the font size or the table's width change (see {@link ColumnFitter}). A column
 * the officer drags to a width keeps it (and it is remembered between runs); the others share what
 * is left.
 */
final class StatusTableFit {

    /** Reserved for the vertical scroll bar before it was laid out, so showing it never brings a horizontal one. */
    private static final double SCROLL_BAR = 16;
    /** Header label padding and the sort arrow's room. */
    private static final double HEADER_PADDING = 30;
    private static final double DEFAULT_COLUMN_WIDTH = 80;
    /** The narrowest a wrapping column gets, in characters of the table's font. */
    private static final String WRAP_MINIMUM_TEXT = "国国国国国";

    private final TreeTableView<TableItem> table;
    private final StatusTableColumns columns;
    private final Set<String> userSized = new HashSet<>();
    private final Text probe = new Text();
    private final ColumnContent content;
    private boolean pending;

    StatusTableFit(TreeTableView<TableItem> table, StatusTableColumns columns, ColumnContent.Texts texts,
                   com.targetmonitor.ui.task.TaskExecutor tasks) {
        this.table = table;
        this.columns = columns;
        this.content = new ColumnContent(table, columns, texts, tasks);
        table.setColumnResizePolicy(features -> {
            if (features.getColumn() != null) {
                userSized.add(features.getColumn().getId());
            }
            return TreeTableView.UNCONSTRAINED_RESIZE_POLICY.call(features);
        });
        table.widthProperty().addListener((obs, old, w) -> request());
        // A fit asked for is made at the start of the next pulse, before its styling and layout: the pulse
        // that lays out new rows lays them out in their fitted columns. A fit made in an event of its own
        // could come before or after that pulse: after it, the rows were painted once in the old widths
        // and moved a pulse later.
        Runnable beforeLayout = () -> {
            if (pending) {
                setPending(false);
                fit();
            }
        };
        table.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removePreLayoutPulseListener(beforeLayout);
            }
            if (scene != null) {
                scene.addPreLayoutPulseListener(beforeLayout);
                Platform.requestNextPulse();
            }
        });
    }

    /** The tree shows a new standing: fits again, reading the texts of what changed. */
    void shown(StatusTree.Shown shown) {
        content.shown(shown);
        request();
    }

    /** Fits again before the next layout pass (several requests in a row fit once). */
    void request() {
        setPending(true);
        Platform.requestNextPulse();
    }

    /** Also told in the table's properties ({@link StatusTableView#FIT_PENDING}), for the start-up benchmark. */
    private void setPending(boolean now) {
        pending = now;
        table.getProperties().put(StatusTableView.FIT_PENDING, now);
    }

    /** Widths of the columns the officer sized by hand, by column id. */
    Map<String, Double> userWidths() {
        Map<String, Double> widths = new LinkedHashMap<>();
        table.getColumns().stream().filter(c -> userSized.contains(c.getId()))
                .forEach(c -> widths.put(c.getId(), c.getWidth()));
        return widths;
    }

    /** Gives columns the widths the officer chose last time; they are no longer fitted. */
    void applyUserWidths(Map<String, Double> widths) {
        table.getColumns().forEach(c -> {
            Double w = widths.get(c.getId());
            if (w != null) {
                c.setPrefWidth(w);
                userSized.add(c.getId());
            }
        });
        request();
    }

    /** Forgets the hand-made widths: every column fits its content again. */
    void resetWidths() {
        userSized.clear();
        request();
    }

    void fit() {
        if (table.getScene() != null && table.lookup(".tree-table-cell") == null && table.getExpandedItemCount() > 0) {
            // Rows but no cells yet (the fit before the pulse that first lays out rows): the cells' font and
            // padding, and the scroll bar's width, are read from the table's nodes, so let it make and style
            // them now, at the widths it has.
            table.applyCss();
            table.layout();
        }
        double available = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - scrollBarWidth();
        if (available <= 0) {
            return;
        }
        table.applyCss();
        Font headerFont = font(".column-header .label", Font.getDefault());
        Font cellFont = font(".tree-table-cell", headerFont);
        double cellPadding = cellPadding();
        ColumnFitter fitter = new ColumnFitter(text -> width(text, headerFont), HEADER_PADDING);
        List<ColumnFitter.Column> fitted = new ArrayList<>();
        Map<String, Double> content = contentWidths(cellFont);
        for (StatusTableColumns.Spec spec : columns.specs()) {
            TreeTableColumn<TableItem, ?> c = spec.column();
            if (userSized.contains(c.getId())) {
                available -= c.getWidth();
                continue;
            }
            double need = content.getOrDefault(c.getId(), 0.0) + cellPadding;
            // A wrapping column may take up to three lines, never narrower than a few characters.
            double minimum = spec.wraps() ? Math.min(need, Math.max(need / 3, width(WRAP_MINIMUM_TEXT, cellFont)
                    + cellPadding + (spec.id().equals("status") ? ColumnContent.STATUS_DOT : 0))) : 0;
            fitted.add(new ColumnFitter.Column(c.getId(), spec.header(), need, minimum));
        }
        ColumnFitter.Fit fit = fitter.fit(fitted, available, "name");
        for (StatusTableColumns.Spec spec : columns.specs()) {
            Double w = fit.widths().get(spec.id());
            if (w != null) {
                // A column whose width is exactly the default (80) is sized to its cells by the column
                // header when it is first shown, undoing the fit: never hand it exactly that.
                spec.column().setPrefWidth(w == DEFAULT_COLUMN_WIDTH ? w + 1 : w);
                spec.column().setText(fit.headers().get(spec.id()));
            } else {
                spec.column().setText(spec.header());
            }
        }
    }

    /** The width each column's widest text needs (without padding): its longest few texts are measured. */
    private Map<String, Double> contentWidths(Font font) {
        Map<String, Double> widths = new HashMap<>();
        content.longest().forEach((id, candidates) -> widths.put(id, candidates.stream()
                .mapToDouble(c -> width(c.text(), font) + c.extra()).max().orElse(0)));
        return widths;
    }

    private double width(String text, Font font) {
        probe.setFont(font);
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }

    private Font font(String selector, Font fallback) {
        Node node = table.lookup(selector);
        return node instanceof Labeled l ? l.getFont() : fallback;
    }

    private double scrollBarWidth() {
        return table.lookupAll(".scroll-bar").stream()
                .filter(n -> n instanceof javafx.scene.control.ScrollBar b
                        && b.getOrientation() == javafx.geometry.Orientation.VERTICAL && b.getWidth() > 0)
                .mapToDouble(n -> ((javafx.scene.control.ScrollBar) n).getWidth()).findFirst().orElse(SCROLL_BAR);
    }

    private double cellPadding() {
        Node node = table.lookup(".tree-table-cell");
        return node instanceof Labeled l ? l.snappedLeftInset() + l.snappedRightInset() + 4 : 20;
    }
}
