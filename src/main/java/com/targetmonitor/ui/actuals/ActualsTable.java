package com.targetmonitor.ui.actuals;

import atlantafx.base.theme.Styles;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.MessageKey;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The table of the actuals grid: code, name and unit, then one column per period. Cell selection
 * with spreadsheet keys: Tab/Shift+Tab right/left, Enter down, arrows move, typing starts editing,
 * F2 edits, Delete clears, Ctrl+C copies and Ctrl+V pastes a block copied from Excel.
 */
final class ActualsTable {

    static final int FIXED_COLUMNS = 3;

    private final ActualsGridViewModel viewModel;
    private final TableView<ActualsRow> table = new TableView<>();
    private final List<TableColumn<ActualsRow, ActualsCell>> periodColumns = new ArrayList<>();
    /** The character that started an edit, handed to the cell that starts editing. */
    private String pendingText;

    ActualsTable(ActualsGridViewModel viewModel) {
        this.viewModel = viewModel;
        table.getStyleClass().addAll("tm-actuals-table", Styles.DENSE);
        table.setItems(viewModel.rows());
        table.setEditable(true);
        table.setPlaceholder(new Label(I18n.get(ActualsMsg.GRID_EMPTY)));
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getColumns().add(textColumn(ActualsMsg.GRID_COLUMN_CODE, "code", ActualsRow::codeProperty, 64));
        TableColumn<ActualsRow, String> name = textColumn(ActualsMsg.GRID_COLUMN_NAME, "name", ActualsRow::nameProperty, 290);
        name.setCellFactory(c -> new NameCell());
        table.getColumns().add(name);
        table.getColumns().add(textColumn(ActualsMsg.GRID_COLUMN_UNIT, "unit", ActualsRow::unitProperty, 72));
        List<String> headers = viewModel.columnHeaders();
        for (int c = 0; c < headers.size(); c++) {
            table.getColumns().add(periodColumn(c, headers.get(c)));
        }
        table.getFocusModel().focusedCellProperty().addListener((obs, old, now) ->
                viewModel.select(now == null || now.getRow() < 0 ? null
                        : new CellPosition(now.getRow(), periodIndex(now))));
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::onKeyPressed);
        table.addEventFilter(KeyEvent.KEY_TYPED, this::onKeyTyped);
    }

    TableView<ActualsRow> node() {
        return table;
    }

    // ---- called by the cells -----------------------------------------------------------------

    String takePendingText() {
        String text = pendingText;
        pendingText = null;
        return text;
    }

    boolean commit(int row, int column, String text) {
        return viewModel.commit(row, column, text);
    }

    /** After a stored edit: moves from the cell by the steps and gives the keys back to the table. */
    void moveFrom(int row, int column, int rowStep, int columnStep) {
        select(clamp(row + rowStep, table.getItems().size()), periodColumns.get(
                clamp(column + columnStep, periodColumns.size())));
        focusTable();
    }

    void focusTable() {
        table.requestFocus();
    }

    // ---- keys ----------------------------------------------------------------------------------

    private void onKeyPressed(KeyEvent e) {
        TablePosition<ActualsRow, ?> focus = table.getFocusModel().getFocusedCell();
        if (table.getEditingCell() != null || focus == null || focus.getRow() < 0) {
            return;
        }
        int column = periodIndex(focus);
        boolean handled = true;
        if (e.getCode() == KeyCode.TAB) {
            int next = column < 0 ? 0 : column + (e.isShiftDown() ? -1 : 1);
            select(focus.getRow(), periodColumns.get(clamp(next, periodColumns.size())));
        } else if (e.getCode() == KeyCode.ENTER) {
            select(clamp(focus.getRow() + (e.isShiftDown() ? -1 : 1), table.getItems().size()),
                    focus.getTableColumn());
        } else if (e.getCode() == KeyCode.F2) {
            startEdit(focus, null);
        } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            viewModel.clear(selectedCells());
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.V) {
            String text = Clipboard.getSystemClipboard().getString();
            if (column >= 0 && text != null) {
                viewModel.paste(focus.getRow(), column, text);
            }
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.C) {
            ClipboardContent content = new ClipboardContent();
            content.putString(viewModel.copy(selectedCells()));
            Clipboard.getSystemClipboard().setContent(content);
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    private void onKeyTyped(KeyEvent e) {
        String typed = e.getCharacter();
        if (table.getEditingCell() != null || e.isShortcutDown() || e.isControlDown() || e.isAltDown()
                || e.isMetaDown() || typed == null || typed.isEmpty() || Character.isISOControl(typed.charAt(0))) {
            return;
        }
        TablePosition<ActualsRow, ?> focus = table.getFocusModel().getFocusedCell();
        if (focus != null && focus.getRow() >= 0 && periodIndex(focus) >= 0) {
            startEdit(focus, typed);
            e.consume();
        }
    }

    /** Starts editing the focused cell; a cell that takes no value says why instead. */
    private void startEdit(TablePosition<ActualsRow, ?> focus, String initialText) {
        int column = periodIndex(focus);
        ActualsCell cell = viewModel.cell(focus.getRow(), column);
        if (cell == null) {
            return;
        }
        if (!cell.isEditable()) {
            viewModel.commit(focus.getRow(), column, initialText == null ? "" : initialText);
            return;
        }
        pendingText = initialText;
        table.edit(focus.getRow(), periodColumns.get(column));
        pendingText = null;
    }

    // ---- positions --------------------------------------------------------------------------

    private void select(int row, TableColumn<ActualsRow, ?> column) {
        table.getSelectionModel().clearAndSelect(row, column);
        table.getFocusModel().focus(row, column);
        // Scroll only as far as needed (TableView.scrollTo would put the row at the top).
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(row);
        }
        table.scrollToColumn(column);
    }

    private Set<CellPosition> selectedCells() {
        Set<CellPosition> cells = new LinkedHashSet<>();
        for (TablePosition<?, ?> p : table.getSelectionModel().getSelectedCells()) {
            int column = periodIndex(p);
            if (column >= 0 && p.getRow() >= 0) {
                cells.add(new CellPosition(p.getRow(), column));
            }
        }
        return cells;
    }

    /** The period column of a position, or -1 for code, name and unit. */
    private int periodIndex(TablePosition<?, ?> position) {
        return position.getTableColumn() == null ? -1 : periodColumns.indexOf(position.getTableColumn());
    }

    private static int clamp(int index, int size) {
        return Math.max(0, Math.min(index, size - 1));
    }

    // ---- columns ----------------------------------------------------------------------------

    private TableColumn<ActualsRow, ActualsCell> periodColumn(int index, String header) {
        TableColumn<ActualsRow, ActualsCell> column = new TableColumn<>(header);
        column.setId("period" + (ActualsGridViewModel.FIRST_END_MONTH + index));
        column.getStyleClass().add("tm-actuals-period");
        column.setPrefWidth(76);
        column.setSortable(false);
        column.setReorderable(false);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().cell(index)));
        column.setCellFactory(c -> new ActualsTableCell(this, index));
        periodColumns.add(column);
        return column;
    }

    private static TableColumn<ActualsRow, String> textColumn(MessageKey header, String id,
                                                            Function<ActualsRow, ReadOnlyStringProperty> value,
                                                            double width) {
        TableColumn<ActualsRow, String> column = new TableColumn<>(I18n.get(header));
        column.setId(id);
        column.getStyleClass().add("tm-actuals-fixed");
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setReorderable(false);
        column.setEditable(false);
        column.setCellValueFactory(c -> value.apply(c.getValue()));
        return column;
    }

    /** The indicator's name, indented for decomposed parts, with the whole name as tooltip. */
    private static final class NameCell extends TableCell<ActualsRow, String> {

        private final Tooltip tooltip = new Tooltip();

        @Override
        protected void updateItem(String name, boolean empty) {
            super.updateItem(name, empty);
            ActualsRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
            setText(empty ? null : name);
            tooltip.setText(name);
            setTooltip(empty ? null : tooltip);
            getStyleClass().removeAll("tm-actuals-part");
            if (row != null && row.depth() > 0) {
                getStyleClass().add("tm-actuals-part");
            }
        }
    }
}
