package com.targetmonitor.ui;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.targetmonitor.model.Plan;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The main window's content, built in code: a heading, the table of plans (name, region, year)
 * and a status line with the workspace path and the plan count. All state comes from
 * {@link MainViewModel}; all text from {@link I18n}; all colours from {@code css/app.css}.
 * The window title is the view model's {@link MainViewModel#titleProperty() title}; the
 * composition root binds the stage to it.
 */
public final class MainView {

    /** Node ids, for tests and for the stylesheet. */
    public static final String PLAN_TABLE_ID = "planTable";
    public static final String STATUS_LINE_ID = "statusLine";
    public static final String HEADING_ID = "plansHeading";

    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private final MainViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final TableView<Plan> planTable = new TableView<>();
    private final Label statusLine = new Label();

    public MainView(MainViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        root.getStyleClass().add("tm-main");
        root.setTop(buildHeader());
        root.setCenter(buildPlanTable());
        root.setBottom(buildStatusBar());
    }

    /** The node to put in a scene. */
    public Parent root() {
        return root;
    }

    private HBox buildHeader() {
        Label heading = new Label(I18n.get(Msg.PLANS_HEADING));
        heading.setId(HEADING_ID);
        heading.getStyleClass().addAll(Styles.TITLE_3, "tm-section-title");
        HBox header = new HBox(heading);
        header.getStyleClass().add("tm-section-header");
        return header;
    }

    private TableView<Plan> buildPlanTable() {
        planTable.setId(PLAN_TABLE_ID);
        planTable.getStyleClass().addAll("tm-plan-table", Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        planTable.setItems(viewModel.plans());
        planTable.setPlaceholder(new Label(I18n.get(Msg.PLANS_EMPTY)));
        planTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        planTable.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);

        planTable.getColumns().add(column(Msg.PLAN_COLUMN_NAME, "name", Plan::name, 320));
        planTable.getColumns().add(column(Msg.PLAN_COLUMN_REGION, "region", Plan::region, 200));
        TableColumn<Plan, Integer> year = column(Msg.PLAN_COLUMN_YEAR, "year", Plan::year, 100);
        year.getStyleClass().add(Tweaks.ALIGN_CENTER);
        planTable.getColumns().add(year);

        bindSelection();
        return planTable;
    }

    private static <T> TableColumn<Plan, T> column(Msg header, String id, Function<Plan, T> value, double width) {
        TableColumn<Plan, T> column = new TableColumn<>(I18n.get(header));
        column.setId(id);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> readOnly(value.apply(cell.getValue())));
        return column;
    }

    private static <T> ObservableValue<T> readOnly(T value) {
        return new ReadOnlyObjectWrapper<>(value);
    }

    /** Table selection and view-model selection follow each other. */
    private void bindSelection() {
        planTable.getSelectionModel().selectedItemProperty().addListener((obs, old, plan) -> {
            if (viewModel.selectedPlanProperty().get() != plan) {
                viewModel.selectedPlanProperty().set(plan);
            }
        });
        viewModel.selectedPlanProperty().addListener((obs, old, plan) -> {
            if (planTable.getSelectionModel().getSelectedItem() != plan) {
                if (plan == null) {
                    planTable.getSelectionModel().clearSelection();
                } else {
                    planTable.getSelectionModel().select(plan);
                }
            }
        });
    }

    private HBox buildStatusBar() {
        statusLine.setId(STATUS_LINE_ID);
        statusLine.getStyleClass().addAll("tm-status-line", Styles.TEXT_SMALL);
        statusLine.textProperty().bind(viewModel.statusTextProperty());
        statusLine.pseudoClassStateChanged(ERROR, viewModel.isLoadFailed());
        viewModel.loadFailedProperty().addListener((obs, was, failed) -> statusLine.pseudoClassStateChanged(ERROR, failed));
        statusLine.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(statusLine, Priority.ALWAYS);
        HBox bar = new HBox(statusLine);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("tm-status-bar");
        return bar;
    }
}
