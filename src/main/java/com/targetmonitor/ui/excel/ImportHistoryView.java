package com.targetmonitor.ui.excel;

import com.targetmonitor.ui.dialog.ScreenFit;
import com.targetmonitor.ui.AppTheme;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.MessageKey;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

/**
 * The import history dialog: one line per import of the plan, newest first, each with 撤销导入; an
 * import that cannot be undone now has the button off and says why next to it.
 */
public final class ImportHistoryView {

    public static final String TABLE_ID = "excelHistoryTable";

    private final ImportHistoryViewModel vm;

    public ImportHistoryView(ImportHistoryViewModel vm) {
        this.vm = Objects.requireNonNull(vm, "vm");
    }

    public TableView<ImportHistoryViewModel.Item> table() {
        TableView<ImportHistoryViewModel.Item> table = new TableView<>(vm.items());
        table.setId(TABLE_ID);
        table.getStyleClass().add("tm-excel-table");
        table.setPlaceholder(new Label(I18n.get(ExcelMsg.EXCEL_HISTORY_EMPTY)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(ExcelMsg.EXCEL_COL_FILE, 220, i -> i.batch().fileName()));
        table.getColumns().add(column(ExcelMsg.EXCEL_HISTORY_COL_TIME, 150, ImportHistoryViewModel.Item::time));
        table.getColumns().add(column(ExcelMsg.EXCEL_HISTORY_COL_KIND, 80, ImportHistoryViewModel.Item::kind));
        table.getColumns().add(column(ExcelMsg.EXCEL_COL_PERIOD, 110, ImportHistoryViewModel.Item::period));
        table.getColumns().add(column(ExcelMsg.EXCEL_HISTORY_COL_ROWS, 70, i -> String.valueOf(i.batch().rowCount())));
        table.getColumns().add(column(ExcelMsg.EXCEL_HISTORY_COL_STATE, 140, ImportHistoryViewModel.Item::state));
        TableColumn<ImportHistoryViewModel.Item, ImportHistoryViewModel.Item> undo = new TableColumn<>("");
        undo.setPrefWidth(330);
        undo.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        undo.setCellFactory(c -> new UndoCell());
        table.getColumns().add(undo);
        return table;
    }

    public Dialog<ButtonType> dialog(Window owner) {
        vm.load();
        Dialog<ButtonType> d = new Dialog<>();
        if (owner != null && owner.getScene() != null) {
            d.initOwner(owner);
        }
        d.setTitle(vm.titleProperty().get());
        d.setHeaderText(null);
        d.setResizable(true);
        d.getDialogPane().getButtonTypes().setAll(new ButtonType(I18n.get(ExcelMsg.EXCEL_HISTORY_CLOSE),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        d.getDialogPane().setContent(table());
        d.getDialogPane().setPrefSize(1120, 460);
        d.getDialogPane().setMinSize(900, 360);
        ScreenFit.fit(d, 1160, 520);
        if (d.getDialogPane().getScene() != null) {
            AppTheme.style(d.getDialogPane().getScene());
        }
        return d;
    }

    public void showAndWait(Window owner) {
        dialog(owner).showAndWait();
    }

    private static <T> TableColumn<T, String> column(MessageKey header, double width, Function<T, String> text) {
        TableColumn<T, String> c = new TableColumn<>(I18n.get(header));
        c.setPrefWidth(width);
        c.setCellValueFactory(v -> new ReadOnlyStringWrapper(text.apply(v.getValue())));
        return c;
    }

    /** 撤销导入, or why not. */
    private final class UndoCell extends TableCell<ImportHistoryViewModel.Item, ImportHistoryViewModel.Item> {

        private final Button button = new Button(I18n.get(ExcelMsg.EXCEL_HISTORY_UNDO));
        private final Label why = new Label();
        private final HBox box = new HBox(8, button, why);
        private ImportHistoryViewModel.Item item;

        UndoCell() {
            box.setAlignment(Pos.CENTER_LEFT);
            button.getStyleClass().addAll("tm-excel-undo", "small");
            why.getStyleClass().add("tm-excel-why");
            why.setWrapText(true);
            button.disableProperty().bind(vm.busyProperty());
            button.setOnAction(e -> {
                if (item != null) {
                    vm.undo(item);
                }
            });
        }

        @Override
        protected void updateItem(ImportHistoryViewModel.Item value, boolean empty) {
            super.updateItem(value, empty);
            item = empty ? null : value;
            if (item == null) {
                setGraphic(null);
                return;
            }
            button.setVisible(item.undoable());
            button.setManaged(item.undoable());
            why.setText(item.whyNot());
            why.setTooltip(item.whyNot().isEmpty() ? null : new Tooltip(item.whyNot()));
            setGraphic(box);
        }
    }
}
