package com.targetmonitor.ui.dialog;

import com.targetmonitor.ui.AppTheme;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs: JavaFX alerts and the platform's file choosers, owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void showInfo(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    @Override
    public void showException(String title, Throwable error) {
        exceptionAlert(title, error).showAndWait();
    }

    /** The alert of {@link #showException}, unshown: package-visible for the screen-fit test. */
    Alert exceptionAlert(String title, Throwable error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        Alert alert = alert(Alert.AlertType.ERROR, title, message);
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        TextArea details = new TextArea(trace.toString());
        details.setEditable(false);
        details.setWrapText(false);
        details.setPrefRowCount(14);
        details.getStyleClass().add("exception-details");
        alert.getDialogPane().setExpandableContent(details);
        DialogButtons.localizeDetailsLink(alert.getDialogPane());
        return alert;
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        ButtonType yes = DialogButtons.yes();
        alert.getButtonTypes().setAll(yes, DialogButtons.no());
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public Optional<Integer> choose(String title, String message, List<String> choices) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        List<ButtonType> buttons = choices.stream().map(c -> new ButtonType(c)).toList();
        alert.getButtonTypes().setAll(buttons);
        return alert.showAndWait().map(buttons::indexOf).filter(i -> i >= 0);
    }

    @Override
    public Optional<List<String>> askFields(String title, String message, List<FormField> fields) {
        javafx.scene.control.Dialog<ButtonType> dialog = new javafx.scene.control.Dialog<>();
        if (owner.get() != null) {
            dialog.initOwner(owner.get());
        }
        dialog.setTitle(title);
        dialog.setHeaderText(message);
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.getStyleClass().add("form-grid");
        List<javafx.scene.control.TextField> boxes = new java.util.ArrayList<>();
        for (FormField f : fields) {
            javafx.scene.control.TextField box = f.secret() ? new javafx.scene.control.PasswordField()
                    : new javafx.scene.control.TextField(f.initial());
            box.setPrefColumnCount(24);
            javafx.scene.control.Label label = new javafx.scene.control.Label(f.label());
            label.setLabelFor(box);
            grid.addRow(boxes.size(), label, box);
            boxes.add(box);
        }
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = DialogButtons.ok();
        dialog.getDialogPane().getButtonTypes().setAll(ok, DialogButtons.cancel());
        grid.setHgap(8);
        grid.setVgap(8);
        if (dialog.getDialogPane().getScene() != null) {
            AppTheme.style(dialog.getDialogPane().getScene());
        }
        boxes.stream().filter(b -> b.getText().isEmpty()).findFirst().orElse(boxes.get(0)).requestFocus();
        return dialog.showAndWait().filter(ok::equals)
                .map(b -> boxes.stream().map(javafx.scene.control.TextField::getText).toList());
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, FileType... types) {
        File file = chooser(title, types).showOpenDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, FileType... types) {
        List<File> files = chooser(title, types).showOpenMultipleDialog(owner.get());
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, FileType... types) {
        FileChooser chooser = chooser(title, types);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseDirectory(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    private static FileChooser chooser(String title, FileType... types) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        for (FileType type : types) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(type.description(),
                    type.extensions().stream().map(e -> "*." + e).toList()));
        }
        return chooser;
    }

    /** An alert in the application's style, unshown: package-visible for the screen-fit test. */
    Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message, DialogButtons.ok());
        Window window = owner.get();
        if (window != null) {
            alert.initOwner(window);
        }
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setMinWidth(420);
        ScreenFit.fit(DialogButtons.fitToText(alert));
        if (alert.getDialogPane().getScene() != null) {
            AppTheme.style(alert.getDialogPane().getScene());
        }
        return alert;
    }
}
