package com.targetmonitor.ui.main;

import java.util.function.Function;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.text.Text;

/** The status table's text cells: one line (numbers right-aligned), or wrapping within the column. */
final class TextCells {

    private TextCells() {
    }

    /** A one-line cell; numbers are right-aligned by their style class. */
    static final class OneLine<T> extends TreeTableCell<TableItem, T> {
        private final Function<T, String> format;

        OneLine(Function<T, String> format, boolean number) {
            this.format = format;
            if (number) {
                getStyleClass().add("tm-number");
            }
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? "" : format.apply(item));
        }
    }

    /**
     * A cell whose text wraps within the column, so a long name takes two lines instead of being cut.
     * The text node does the wrapping (a Labeled's height ignores wrapping inside a table row); the
     * cell's own text stays set for lookups and screen readers.
     */
    static final class Wrapping<T> extends TreeTableCell<TableItem, T> {
        private final Function<T, String> format;
        private final Text text = new Text();

        Wrapping(Function<T, String> format) {
            this.format = format;
            text.getStyleClass().add("tm-cell-text");
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            widthProperty().addListener((obs, old, w) -> rewrap());
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            String shown = empty || item == null ? "" : format.apply(item);
            setText(shown);
            text.setText(shown);
            setGraphic(empty ? null : text);
            rewrap();
        }

        private void rewrap() {
            double indent = 0;
            if (getTableColumn() != null && getTableColumn() == treeTableViewColumn() && getTableRow() != null
                    && getTableRow().getTreeItem() != null) {
                indent = StatusTableColumns.DISCLOSURE
                        + StatusTableColumns.TREE_INDENT * getTreeTableView().getTreeItemLevel(getTableRow().getTreeItem());
            }
            double width = getWidth() - snappedLeftInset() - snappedRightInset() - indent;
            text.setWrappingWidth(Math.max(0, width));
        }

        private TreeTableColumn<TableItem, ?> treeTableViewColumn() {
            if (getTreeTableView() == null) {
                return null;
            }
            TreeTableColumn<TableItem, ?> tree = getTreeTableView().getTreeColumn();
            return tree != null ? tree : getTreeTableView().getColumns().get(0);
        }
    }
}
