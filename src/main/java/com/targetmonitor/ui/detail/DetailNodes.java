package com.targetmonitor.ui.detail;

import atlantafx.base.theme.Styles;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.MessageKey;
import com.targetmonitor.ui.StatusTexts;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The small building blocks of the detail pane: sections, label–value grids, table columns. */
final class DetailNodes {

    private static final double ROW_HEIGHT = 30;

    private DetailNodes() {
    }

    /** A titled section: a heading over its body, with a rule above. */
    static VBox section(ObservableStringValue heading, Node... body) {
        Label title = boundLabel(heading, Styles.TITLE_4, "tm-detail-section-title");
        VBox box = new VBox(6);
        box.getChildren().add(title);
        box.getChildren().addAll(body);
        box.getStyleClass().add("tm-detail-section");
        return box;
    }

    static Label boundLabel(ObservableStringValue text, String... styleClasses) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.getStyleClass().addAll(styleClasses);
        return label;
    }

    /** A two-column grid: muted labels on the left, values that wrap on the right. */
    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, values);
        grid.getStyleClass().add("tm-detail-grid");
        return grid;
    }

    /**
     * Shows the fields, in order, in a grid only this method fills (a label and a value per line).
     * Lines already there keep their labels and get the new texts: selecting another indicator or
     * an edit changes texts, and a new label would be styled anew on the next pulse.
     */
    static void fill(GridPane grid, List<DetailField> fields) {
        List<Node> cells = grid.getChildren();
        int kept = Math.min(cells.size() / 2, fields.size());
        for (int row = 0; row < kept; row++) {
            ((Label) cells.get(2 * row)).setText(I18n.get(fields.get(row).label()));
            ((Label) cells.get(2 * row + 1)).setText(fields.get(row).value());
        }
        if (cells.size() > 2 * kept) {
            cells.subList(2 * kept, cells.size()).clear();
        }
        for (int row = kept; row < fields.size(); row++) {
            DetailField f = fields.get(row);
            addRow(grid, row, new Label(I18n.get(f.label())), new Label(f.value()));
        }
    }

    static void addRow(GridPane grid, int row, Label label, Label value) {
        label.getStyleClass().add("tm-detail-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        value.getStyleClass().add("tm-detail-value");
        value.setWrapText(true);
        grid.addRow(row, label, value);
    }

    /** A table as tall as its rows (the pane scrolls, not the table). */
    static void fitHeight(TableView<?> table, ObservableList<?> items, int minRows) {
        table.setFixedCellSize(ROW_HEIGHT);
        table.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> (Math.max(items.size(), minRows) + 1.3) * ROW_HEIGHT, items));
        table.minHeightProperty().bind(table.prefHeightProperty());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getStyleClass().addAll(Styles.DENSE, "tm-detail-table");
    }

    static <R> TableColumn<R, String> column(MessageKey header, Function<R, String> value, double width) {
        TableColumn<R, String> column = new TableColumn<>(I18n.get(header));
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TextCell<>());
        return column;
    }

    /**
     * A text cell whose text is also its tooltip: the pane is narrow (about 310 pixels at 1366×768), and a
     * cut text ("seed d…", "导入（批次1…") can be read by pointing at it. One tooltip per cell, its text set.
     */
    private static final class TextCell<R> extends TableCell<R, String> {
        private final Tooltip tip = new Tooltip();

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            boolean blank = empty || item == null || item.isEmpty();
            setText(empty ? null : item);
            tip.setText(blank ? "" : item);
            setTooltip(blank ? null : tip);
        }
    }

    static <R> TableColumn<R, String> numberColumn(MessageKey header, Function<R, String> value, double width) {
        TableColumn<R, String> column = column(header, value, width);
        column.getStyleClass().add("tm-number");
        return column;
    }

    /** The status in words with its light, as in the status table. */
    static final class StatusCell extends TableCell<ChildRow, ChildRow> {
        @Override
        protected void updateItem(ChildRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            Region dot = new Region();
            dot.getStyleClass().addAll("tm-light", StatusTexts.lightStyleClass(row.light()));
            setGraphic(dot);
            setText(row.statusText());
            setAccessibleText(row.statusText() + " " + StatusTexts.light(row.light()));
        }
    }
}
