package com.targetmonitor.ui.actuals;

import com.targetmonitor.ui.state.FeatureTab;
import atlantafx.base.theme.Styles;
import com.targetmonitor.model.Plan;
import com.targetmonitor.ui.I18n;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * Where officers type or paste the year's actuals of one plan, month by month, with the selected
 * period's progress note underneath. Built in code; all state in {@link ActualsGridViewModel}.
 *
 * <pre>
 *   ActualsGridView grid = new ActualsGridView(new ActualsGridViewModel(state, dialogs));
 *   grid.setPlan(plan);
 *   pane.setCenter(grid.root());
 * </pre>
 */
public final class ActualsGridView {

    /** Node ids, for tests and the stylesheet. */
    public static final String TABLE_ID = "actualsTable";
    public static final String MESSAGE_ID = "actualsMessage";
    public static final String HEADING_ID = "actualsHeading";
    public static final String NOTE_PROGRESS_ID = ProgressNoteView.PROGRESS_ID;
    public static final String NOTE_PROBLEMS_ID = ProgressNoteView.PROBLEMS_ID;
    public static final String NOTE_NEXT_STEPS_ID = ProgressNoteView.NEXT_STEPS_ID;
    public static final String NOTE_SAVE_ID = ProgressNoteView.SAVE_ID;

    static final String ERROR_CLASS = "tm-actuals-error";

    private final ActualsGridViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final ActualsTable table;

    /** The grid as a tab of the main window (实际值录入). */
    public static FeatureTab tab(ActualsGridViewModel viewModel) {
        return new FeatureTab(ActualsGridViewModel.VIEW, () -> I18n.get(ActualsMsg.GRID_TAB),
                () -> new ActualsGridView(viewModel).root());
    }

    public ActualsGridView(ActualsGridViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.table = new ActualsTable(viewModel);
        root.getStyleClass().add("tm-actuals");
        root.setTop(header());
        TableView<ActualsRow> node = table.node();
        node.setId(TABLE_ID);
        root.setCenter(node);
        root.setBottom(new VBox(message(), new ProgressNoteView(viewModel).root()));
    }

    /** The node to put into the window. */
    public Parent root() {
        return root;
    }

    public ActualsGridViewModel viewModel() {
        return viewModel;
    }

    /** Shows the plan's actuals (null: an empty grid). */
    public void setPlan(Plan plan) {
        viewModel.setPlan(plan);
    }

    private VBox header() {
        Label heading = new Label();
        heading.setId(HEADING_ID);
        heading.getStyleClass().addAll(Styles.TITLE_4, "tm-section-title");
        heading.textProperty().bind(Bindings.createStringBinding(() -> viewModel.getPlan() == null
                ? I18n.get(ActualsMsg.GRID_HEADING) : I18n.get(ActualsMsg.GRID_TITLE, viewModel.getPlan().name()),
                viewModel.planProperty()));
        Label hint = new Label(I18n.get(ActualsMsg.GRID_HINT));
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, "tm-actuals-hint");
        hint.setWrapText(true);
        VBox header = new VBox(2, heading, hint);
        header.getStyleClass().add("tm-actuals-header");
        return header;
    }

    private Label message() {
        Label message = new Label();
        message.setId(MESSAGE_ID);
        message.getStyleClass().add("tm-actuals-message");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        message.textProperty().bind(viewModel.messageProperty());
        viewModel.messageIsErrorProperty().addListener((obs, was, error) -> markError(message, error));
        markError(message, viewModel.isMessageError());
        return message;
    }

    private static void markError(Label message, boolean error) {
        message.getStyleClass().removeAll(ERROR_CLASS);
        if (error) {
            message.getStyleClass().add(ERROR_CLASS);
        }
    }
}
