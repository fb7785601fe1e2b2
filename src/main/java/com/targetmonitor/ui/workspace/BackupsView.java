package com.targetmonitor.ui.workspace;

import com.targetmonitor.ui.dialog.ScreenFit;
import com.targetmonitor.ui.AppTheme;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.MessageKey;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

/** The 备份与恢复 dialog: the backups, newest first, and 恢复此备份 for the selected one. */
public final class BackupsView {

    public static final String TABLE_ID = "backupsTable";
    public static final String RESTORE_ID = "backupsRestore";

    private final BackupsViewModel vm;

    public BackupsView(BackupsViewModel vm) {
        this.vm = Objects.requireNonNull(vm, "vm");
    }

    public BorderPane content() {
        TableView<BackupsViewModel.Item> table = new TableView<>(vm.items());
        table.setId(TABLE_ID);
        table.setPlaceholder(new Label(I18n.get(WorkspaceMsg.BACKUP_EMPTY)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(WorkspaceMsg.BACKUP_COL_TIME, 160, BackupsViewModel.Item::time));
        table.getColumns().add(column(WorkspaceMsg.BACKUP_COL_REASON, 110, BackupsViewModel.Item::reason));
        table.getColumns().add(column(WorkspaceMsg.BACKUP_COL_SIZE, 80, BackupsViewModel.Item::size));
        table.getColumns().add(column(WorkspaceMsg.BACKUP_COL_PLANS, 320, BackupsViewModel.Item::plans));
        Button restore = new Button(I18n.get(WorkspaceMsg.BACKUP_RESTORE));
        restore.setId(RESTORE_ID);
        restore.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(vm.busyProperty()));
        restore.setOnAction(e -> vm.restore(table.getSelectionModel().getSelectedItem()));
        Label note = new Label(I18n.get(WorkspaceMsg.BACKUP_NOTE));
        note.setWrapText(true);
        HBox bar = new HBox(12, restore, note);
        bar.setPadding(new javafx.geometry.Insets(8, 0, 0, 0));
        BorderPane pane = new BorderPane(table);
        pane.setBottom(bar);
        return pane;
    }

    public void showAndWait(Window owner) {
        dialog(owner).showAndWait();
    }

    /** The backups dialog, unshown. */
    public Dialog<ButtonType> dialog(Window owner) {
        vm.load();
        Dialog<ButtonType> d = new Dialog<>();
        if (owner != null && owner.getScene() != null) {
            d.initOwner(owner);
        }
        d.setTitle(I18n.get(WorkspaceMsg.BACKUP_TITLE));
        ScreenFit.fit(d);
        d.getDialogPane().getButtonTypes().setAll(new ButtonType(I18n.get(WorkspaceMsg.BACKUP_CLOSE),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        d.getDialogPane().setContent(content());
        d.getDialogPane().setPrefSize(760, 420);
        if (d.getDialogPane().getScene() != null) {
            AppTheme.style(d.getDialogPane().getScene());
        }
        return d;
    }

    private static <T> TableColumn<T, String> column(MessageKey header, double width, Function<T, String> text) {
        TableColumn<T, String> c = new TableColumn<>(I18n.get(header));
        c.setPrefWidth(width);
        c.setCellValueFactory(v -> new ReadOnlyStringWrapper(text.apply(v.getValue())));
        return c;
    }
}
