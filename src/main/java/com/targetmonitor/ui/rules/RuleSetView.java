package com.targetmonitor.ui.rules;

import com.targetmonitor.ui.dialog.ScreenFit;
import atlantafx.base.theme.Styles;
import com.targetmonitor.model.Plan;
import com.targetmonitor.ui.AppTheme;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.MessageKey;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The dialog for a plan's rules: four numbers, each with its unit, a sentence on what it does and,
 * while it is wrong, what is wrong, right under the field. OK stays disabled until every number is
 * valid and stores the rules as one undoable step.
 */
public final class RuleSetView {

    /** Field ids, for tests. */
    public static final String AMOUNT_BAND_ID = "rulesAmountBand";
    public static final String RATE_BAND_ID = "rulesRateBand";
    public static final String TOLERANCE_ID = "rulesTolerance";
    public static final String SCALE_ID = "rulesScale";
    public static final String MENU_ITEM_ID = "rulesMenuItem";

    private final RuleSetViewModel viewModel;
    private final GridPane form = new GridPane();
    private int row;
    private TextField firstField;

    public RuleSetView(RuleSetViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        form.getStyleClass().add("tm-rules-form");
        // Label | number | unit | the rest: the numbers stay short, the notes below wrap across the width.
        form.getColumnConstraints().addAll(fixed(), fixed(), fixed(), grow());
        addField(AMOUNT_BAND_ID, RulesMsg.RULES_AMOUNT_BAND, RulesMsg.RULES_AMOUNT_BAND_HINT, RulesMsg.RULES_UNIT_POINTS,
                viewModel.amountYellowBandProperty(), viewModel.amountYellowBandErrorProperty());
        addField(RATE_BAND_ID, RulesMsg.RULES_RATE_BAND, RulesMsg.RULES_RATE_BAND_HINT, RulesMsg.RULES_UNIT_POINTS,
                viewModel.rateYellowBandProperty(), viewModel.rateYellowBandErrorProperty());
        addField(TOLERANCE_ID, RulesMsg.RULES_TOLERANCE, RulesMsg.RULES_TOLERANCE_HINT, RulesMsg.RULES_UNIT_POINTS,
                viewModel.aboutToleranceProperty(), viewModel.aboutToleranceErrorProperty());
        addField(SCALE_ID, RulesMsg.RULES_SCALE, RulesMsg.RULES_SCALE_HINT, RulesMsg.RULES_UNIT_DECIMALS,
                viewModel.scaleProperty(), viewModel.scaleErrorProperty());
    }

    /** The form: explanation on top, then the fields. */
    public Parent root() {
        Label header = new Label(I18n.get(RulesMsg.RULES_HEADER));
        header.setWrapText(true);
        header.getStyleClass().add("tm-rules-header");
        VBox box = new VBox(header, form);
        box.getStyleClass().add("tm-rules");
        return box;
    }

    /**
     * The form in a dialog with OK, Cancel and Restore Defaults. OK saves and closes, or stays open
     * when saving failed; Restore Defaults fills in the defaults without closing.
     */
    public Dialog<ButtonType> dialog(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null && owner.getScene() != null) { // JavaFX fails on an owner without a scene
            dialog.initOwner(owner);
        }
        dialog.setTitle(viewModel.title());
        ScreenFit.fit(dialog);
        dialog.setHeaderText(null);
        ButtonType ok = new ButtonType(I18n.get(RulesMsg.RULES_OK), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(I18n.get(RulesMsg.RULES_CANCEL), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType reset = new ButtonType(I18n.get(RulesMsg.RULES_RESET), ButtonBar.ButtonData.LEFT);
        dialog.getDialogPane().getButtonTypes().setAll(reset, ok, cancel);
        dialog.getDialogPane().setContent(root());
        dialog.getDialogPane().setPrefWidth(640);
        dialog.setOnShown(e -> firstField.requestFocus());

        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.disableProperty().bind(viewModel.validProperty().not());
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (!viewModel.save()) {
                e.consume();
            }
        });
        Button resetButton = (Button) dialog.getDialogPane().lookupButton(reset);
        resetButton.addEventFilter(ActionEvent.ACTION, e -> {
            viewModel.resetToDefaults();
            e.consume();
        });
        if (dialog.getDialogPane().getScene() != null) {
            AppTheme.style(dialog.getDialogPane().getScene());
        }
        return dialog;
    }

    /** Shows the dialog and waits; true when the rules were saved (or left as they were) with OK. */
    public boolean showAndWait(Window owner) {
        return dialog(owner).showAndWait().map(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).orElse(false);
    }

    /**
     * The menu item that opens the dialog for the plan the window shows (数据 ▸ 判定规则…), disabled
     * while no plan is selected.
     *
     * @param plan       the selected plan, or null
     * @param viewModels makes the dialog's ViewModel for a plan (built in app, the composition root)
     * @param owner      the main window
     */
    public static MenuItem menuItem(ObservableValue<Plan> plan, Function<Plan, RuleSetViewModel> viewModels,
                                    Supplier<Window> owner) {
        MenuItem item = new MenuItem(I18n.get(RulesMsg.RULES_MENU));
        item.setId(MENU_ITEM_ID);
        item.disableProperty().bind(Bindings.createBooleanBinding(() -> plan.getValue() == null, plan));
        item.setOnAction(e -> {
            Plan selected = plan.getValue();
            if (selected != null) {
                new RuleSetView(viewModels.apply(selected)).showAndWait(owner.get());
            }
        });
        return item;
    }

    private void addField(String id, MessageKey label, MessageKey hint, MessageKey unit, StringProperty text,
                          ReadOnlyStringProperty error) {
        Label name = new Label(I18n.get(label));
        name.getStyleClass().add("tm-rules-label");
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(7);
        if (firstField == null) {
            firstField = field;
        }
        field.textProperty().bindBidirectional(text);
        name.setLabelFor(field);
        Label unitLabel = new Label(I18n.get(unit));
        unitLabel.getStyleClass().add("tm-rules-unit");

        Label hintLabel = new Label(I18n.get(hint));
        hintLabel.setWrapText(true);
        hintLabel.getStyleClass().addAll("tm-rules-hint", Styles.TEXT_SMALL);
        Label errorLabel = new Label();
        errorLabel.setId(id + "Error");
        errorLabel.setWrapText(true);
        errorLabel.getStyleClass().add("tm-field-error");
        errorLabel.textProperty().bind(error);
        errorLabel.visibleProperty().bind(error.isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        field.pseudoClassStateChanged(Styles.STATE_DANGER, !error.get().isEmpty());
        error.addListener((obs, old, now) -> field.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty()));

        form.add(name, 0, row);
        form.add(field, 1, row);
        form.add(unitLabel, 2, row);
        row++;
        form.add(below(errorLabel, hintLabel), 1, row, 3, 1);
        row++;
    }

    private static Node below(Label error, Label hint) {
        VBox box = new VBox(error, hint);
        box.getStyleClass().add("tm-rules-notes");
        return box;
    }

    private static ColumnConstraints fixed() {
        ColumnConstraints c = new ColumnConstraints();
        c.setMinWidth(Region.USE_PREF_SIZE);
        return c;
    }

    private static ColumnConstraints grow() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        return c;
    }
}
