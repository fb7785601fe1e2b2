package com.targetmonitor.ui.excel;

import com.targetmonitor.ui.I18n;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The small dialog with the progress and Cancel while the files are read. Closing it by hand
 * cancels the reading; closing it because the reading ended does not. The same progress box shows
 * under the preview while the import is written.
 */
final class ImportProgressDialog {

    private final ImportPreviewViewModel vm;
    private final Supplier<Window> owner;
    private Dialog<ButtonType> open;

    ImportProgressDialog(ImportPreviewViewModel vm, Supplier<Window> owner) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.owner = Objects.requireNonNull(owner, "owner");
    }

    /** Opens a new progress dialog. */
    void show() {
        open = build();
        open.show();
    }

    /** Closes the dialog, if open, without cancelling anything. */
    void close() {
        if (open != null) {
            Dialog<ButtonType> d = open;
            open = null;
            d.close();
        }
    }

    private Dialog<ButtonType> build() {
        Dialog<ButtonType> d = ImportPreviewView.modal(owner.get(), I18n.get(ExcelMsg.EXCEL_IMPORT_READING_TITLE));
        ButtonType cancel = new ButtonType(I18n.get(ExcelMsg.EXCEL_IMPORT_CANCEL), ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().setAll(cancel);
        d.getDialogPane().setContent(progressBox(vm));
        d.getDialogPane().setPrefWidth(460);
        d.setOnCloseRequest(e -> {
            if (open != null) {
                vm.cancel();
            }
        });
        return d;
    }

    /** The ViewModel's progress as a line of text over a bar. */
    static Node progressBox(ImportPreviewViewModel vm) {
        ProgressBar bar = new ProgressBar();
        bar.setId(ImportPreviewView.PROGRESS_ID);
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progressProperty());
        Label text = new Label();
        text.textProperty().bind(vm.progressTextProperty());
        text.getStyleClass().add("tm-excel-progress-text");
        VBox box = new VBox(6, text, bar);
        box.getStyleClass().add("tm-excel-progress");
        return box;
    }
}
