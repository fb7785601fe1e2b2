package com.targetmonitor.ui.edit;

import com.targetmonitor.ui.dialog.ScreenFit;
import com.targetmonitor.ui.AppTheme;
import com.targetmonitor.ui.I18n;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ScrollPane;
import javafx.stage.Window;

/** Shows the forms as modal JavaFX dialogs owned by the main window; OK stays disabled while a field is wrong. */
public final class FxFormPresenter implements FormPresenter {

    private final Supplier<Window> owner;

    public FxFormPresenter(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public boolean show(PlanFormViewModel form) {
        return show(form, new PlanFormView(form).root());
    }

    @Override
    public boolean show(UnitFormViewModel form) {
        return show(form, new UnitFormView(form).root());
    }

    @Override
    public boolean show(IndicatorFormViewModel form) {
        return show(form, indicatorContent(form));
    }

    /** The indicator form is long: it scrolls, so the dialog fits a laptop screen. */
    static Parent indicatorContent(IndicatorFormViewModel form) {
        ScrollPane scroll = new ScrollPane(new IndicatorFormView(form).root());
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(560);
        return scroll;
    }

    /** Builds the dialog around the form's content; package-visible so a test can look at it unshown. */
    static Dialog<ButtonType> dialog(FormState form, Parent content, Window ownerWindow) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (ownerWindow != null) {
            dialog.initOwner(ownerWindow);
        }
        dialog.setTitle(form.title());
        dialog.setHeaderText(form.title());
        ScreenFit.fit(dialog);
        dialog.getDialogPane().setContent(content);
        // Our own button texts: JavaFX would word OK/Cancel in the system's language, not the app's.
        ButtonType ok = new ButtonType(I18n.get(EditMsg.EDIT_BUTTON_OK), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(I18n.get(EditMsg.EDIT_BUTTON_CANCEL), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.getDialogPane().getStyleClass().add("tm-form-dialog");
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(form.validProperty().not());
        if (dialog.getDialogPane().getScene() != null) {
            AppTheme.style(dialog.getDialogPane().getScene());
        }
        return dialog;
    }

    /** The dialog's OK button. */
    static Node okButton(Dialog<ButtonType> dialog) {
        return dialog.getDialogPane().getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst()
                .map(dialog.getDialogPane()::lookupButton).orElseThrow();
    }

    private boolean show(FormState form, Parent content) {
        return dialog(form, content, owner.get()).showAndWait()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).isPresent();
    }
}
