package com.targetmonitor.ui.excel;

import com.targetmonitor.logic.excel.imports.PreviewRow;
import com.targetmonitor.logic.excel.imports.RowState;
import com.targetmonitor.logic.excel.imports.SkippedLine;
import com.targetmonitor.logic.excel.targets.TargetPreviewRow;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.ui.AppTheme;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.Msg;
import com.targetmonitor.ui.detail.TargetText;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;

/**
 * The import as the officer sees it: a small progress dialog with Cancel while the files are read,
 * then the preview dialog listing every row — cell, name in the file, the indicator it maps to (a
 * searchable list to correct it), match, period, old → new value, what will be done and why — with
 * the skipped rows and any targets table on their own tabs. Nothing is written until 导入 is pressed.
 * Follows the ViewModel's phase, so the menu only needs to call {@link ImportPreviewViewModel#chooseAndRead()}.
 */
public final class ImportPreviewView {

    public static final String PREVIEW_TABLE_ID = "excelPreviewTable";
    public static final String SKIPPED_TABLE_ID = "excelSkippedTable";
    public static final String TARGETS_TABLE_ID = "excelTargetsTable";
    public static final String PROGRESS_ID = "excelImportProgress";

    private final ImportPreviewViewModel vm;
    private final Supplier<Window> owner;
    private Dialog<ButtonType> progressDialog;
    private Dialog<ButtonType> previewDialog;

    /** Watches the ViewModel: shows the progress while reading and the preview once read. */
    public ImportPreviewView(ImportPreviewViewModel vm, Supplier<Window> owner) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.owner = Objects.requireNonNull(owner, "owner");
        vm.phaseProperty().addListener((o, was, now) -> follow(now));
    }

    private void follow(ImportPreviewViewModel.Phase phase) {
        if (phase == ImportPreviewViewModel.Phase.READING) {
            progressDialog = progressDialog();
            progressDialog.show();
            return;
        }
        closeProgress();
        if (phase == ImportPreviewViewModel.Phase.PREVIEW && previewDialog == null) {
            previewDialog = buildPreviewDialog();
            previewDialog.show();
        } else if (phase == ImportPreviewViewModel.Phase.IDLE && previewDialog != null) {
            Dialog<ButtonType> d = previewDialog;
            previewDialog = null;
            d.close();
        }
    }

    /** The preview dialog open now, or null. */
    public Dialog<ButtonType> openPreview() {
        return previewDialog;
    }

    private void closeProgress() {
        if (progressDialog != null) {
            Dialog<ButtonType> d = progressDialog;
            progressDialog = null;
            d.close();
        }
    }

    private Dialog<ButtonType> progressDialog() {
        Dialog<ButtonType> d = dialog(I18n.get(Msg.EXCEL_IMPORT_READING_TITLE));
        ButtonType cancel = new ButtonType(I18n.get(Msg.EXCEL_IMPORT_CANCEL), ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().setAll(cancel);
        d.getDialogPane().setContent(progressBox());
        d.getDialogPane().setPrefWidth(460);
        d.setOnCloseRequest(e -> {
            if (progressDialog != null) {
                vm.cancel();
            }
        });
        return d;
    }

    private Node progressBox() {
        ProgressBar bar = new ProgressBar();
        bar.setId(PROGRESS_ID);
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progressProperty());
        Label text = new Label();
        text.textProperty().bind(vm.progressTextProperty());
        text.getStyleClass().add("tm-excel-progress-text");
        VBox box = new VBox(6, text, bar);
        box.getStyleClass().add("tm-excel-progress");
        return box;
    }

    private Dialog<ButtonType> buildPreviewDialog() {
        Dialog<ButtonType> d = dialog(vm.titleProperty().get());
        d.setResizable(true);
        ButtonType apply = new ButtonType(vm.applyTextProperty().get(), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(I18n.get(Msg.EXCEL_PREVIEW_CLOSE), ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().setAll(apply, cancel);
        Button applyButton = (Button) d.getDialogPane().lookupButton(apply);
        applyButton.setId("excelApply");
        applyButton.textProperty().bind(vm.applyTextProperty());
        applyButton.disableProperty().bind(vm.canApplyProperty().not()
                .or(vm.phaseProperty().isNotEqualTo(ImportPreviewViewModel.Phase.PREVIEW)));
        applyButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog closes when the import has been written
            vm.apply();
        });
        Button cancelButton = (Button) d.getDialogPane().lookupButton(cancel);
        cancelButton.setId("excelCancel");
        cancelButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.discard();
        });
        d.setOnCloseRequest(e -> {
            if (previewDialog != null) {
                e.consume();
                vm.discard();
            }
        });
        d.getDialogPane().setContent(previewContent());
        // Wide enough for the eight columns; the dialog is resizable beyond that.
        d.getDialogPane().setPrefSize(1240, 720);
        d.getDialogPane().setMinSize(980, 560);
        d.setOnShown(e -> fitToScreen(d, 1280, 760));
        return d;
    }

    private Node previewContent() {
        Label hint = new Label(I18n.get(Msg.EXCEL_PREVIEW_HINT));
        hint.setWrapText(true);
        hint.getStyleClass().add("tm-excel-hint");
        VBox files = new VBox(2);
        files.getStyleClass().add("tm-excel-files");
        vm.fileLines().forEach(line -> files.getChildren().add(fileLabel(line)));
        Label summary = new Label();
        summary.setId("excelSummary");
        summary.textProperty().bind(vm.summaryProperty());
        summary.getStyleClass().add("tm-excel-summary");
        ChoiceBox<ImportPreviewViewModel.RowFilter> filter = new ChoiceBox<>();
        filter.setId("excelFilter");
        filter.getItems().setAll(ImportPreviewViewModel.RowFilter.values());
        filter.setConverter(new StringConverter<>() {
            @Override
            public String toString(ImportPreviewViewModel.RowFilter f) {
                return f == null ? "" : f.text();
            }

            @Override
            public ImportPreviewViewModel.RowFilter fromString(String s) {
                return null;
            }
        });
        filter.valueProperty().bindBidirectional(vm.filterProperty());
        HBox bar = new HBox(12, summary, filter);
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(summary, Priority.ALWAYS);
        summary.setMaxWidth(Double.MAX_VALUE);
        VBox top = new VBox(6, hint, files, bar);
        top.getStyleClass().add("tm-excel-top");

        TabPane tabs = new TabPane();
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        if (!vm.rows().isEmpty() || vm.targetRows().isEmpty()) {
            tabs.getTabs().add(new Tab(I18n.get(Msg.EXCEL_PREVIEW_TAB_ROWS, String.valueOf(vm.rows().size())),
                    rowsTable()));
        }
        if (!vm.skipped().isEmpty()) {
            tabs.getTabs().add(new Tab(I18n.get(Msg.EXCEL_PREVIEW_TAB_SKIPPED, String.valueOf(vm.skipped().size())),
                    skippedTable()));
        }
        if (!vm.targetRows().isEmpty()) {
            tabs.getTabs().add(new Tab(I18n.get(Msg.EXCEL_PREVIEW_TAB_TARGETS,
                    String.valueOf(vm.targetRows().size())), targetsTable()));
        }
        tabs.disableProperty().bind(vm.phaseProperty().isEqualTo(ImportPreviewViewModel.Phase.APPLYING));

        Node progress = progressBox();
        progress.visibleProperty().bind(vm.phaseProperty().isEqualTo(ImportPreviewViewModel.Phase.APPLYING));
        progress.managedProperty().bind(progress.visibleProperty());

        BorderPane root = new BorderPane(tabs);
        root.setTop(top);
        root.setBottom(progress);
        root.getStyleClass().add("tm-excel-preview");
        return root;
    }

    /** As large as asked, within the screen: the rows need width, a laptop screen has little. */
    static void fitToScreen(Dialog<?> d, double width, double height) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double w = Math.min(width, screen.getWidth() * 0.95);
        double h = Math.min(height, screen.getHeight() * 0.9);
        if (d.getWidth() < w) {
            d.setWidth(w);
            d.setX(screen.getMinX() + (screen.getWidth() - w) / 2);
        }
        if (d.getHeight() < h) {
            d.setHeight(h);
            d.setY(screen.getMinY() + (screen.getHeight() - h) / 2);
        }
    }

    private static Label fileLabel(String line) {
        Label l = new Label(line);
        l.setWrapText(true);
        l.getStyleClass().add("tm-excel-file");
        return l;
    }

    private TableView<PreviewRow> rowsTable() {
        TableView<PreviewRow> table = new TableView<>(vm.shownRows());
        table.setId(PREVIEW_TABLE_ID);
        table.getStyleClass().add("tm-excel-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(textColumn(Msg.EXCEL_COL_CELL, 85, PreviewRow::cell));
        table.getColumns().add(textColumn(Msg.EXCEL_COL_RAW_NAME, 170, PreviewRow::rawName));
        TableColumn<PreviewRow, PreviewRow> indicator = new TableColumn<>(I18n.get(Msg.EXCEL_COL_INDICATOR));
        indicator.setPrefWidth(220);
        indicator.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        indicator.setCellFactory(c -> new IndicatorCell());
        table.getColumns().add(indicator);
        table.getColumns().add(textColumn(Msg.EXCEL_COL_SCORE, 160, ImportTexts::score));
        table.getColumns().add(textColumn(Msg.EXCEL_COL_PERIOD, 75,
                r -> r.period() == null ? "" : r.period().label()));
        table.getColumns().add(textColumn(Msg.EXCEL_COL_CHANGE, 140, ImportTexts::change));
        TableColumn<PreviewRow, PreviewRow> state = new TableColumn<>(I18n.get(Msg.EXCEL_COL_STATE));
        state.setPrefWidth(200);
        state.setMinWidth(200);
        state.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        state.setCellFactory(c -> new StateCell());
        table.getColumns().add(state);
        TableColumn<PreviewRow, String> problems = textColumn(Msg.EXCEL_COL_PROBLEMS, 260, ImportTexts::problems);
        problems.setCellFactory(c -> wrappingCell());
        table.getColumns().add(problems);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(PreviewRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("tm-excel-row-error", "tm-excel-row-question", "tm-excel-row-quiet");
                if (!empty && row != null) {
                    switch (row.state()) {
                        case ERROR -> getStyleClass().add("tm-excel-row-error");
                        case QUESTION, UNMATCHED -> getStyleClass().add("tm-excel-row-question");
                        case UNCHANGED, NO_VALUE, IGNORED -> getStyleClass().add("tm-excel-row-quiet");
                        default -> { }
                    }
                }
            }
        });
        return table;
    }

    private TableView<SkippedLine> skippedTable() {
        TableView<SkippedLine> table = new TableView<>(vm.skipped());
        table.setId(SKIPPED_TABLE_ID);
        table.getStyleClass().add("tm-excel-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(textColumn(Msg.EXCEL_COL_FILE, 200, SkippedLine::fileName));
        table.getColumns().add(textColumn(Msg.EXCEL_COL_CELL, 100, SkippedLine::cell));
        table.getColumns().add(textColumn(Msg.EXCEL_COL_REASON, 180, s -> ImportTexts.skipped(s.reason())));
        table.getColumns().add(textColumn(Msg.EXCEL_COL_TEXT, 500, SkippedLine::text));
        return table;
    }

    private TableView<TargetPreviewRow> targetsTable() {
        TableView<TargetPreviewRow> table = new TableView<>(vm.targetRows());
        table.setId(TARGETS_TABLE_ID);
        table.getStyleClass().add("tm-excel-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(textColumn(Msg.EXCEL_COL_CELL, 90, r -> r.line().nameCell()));
        table.getColumns().add(textColumn(Msg.EXCEL_COL_INDICATOR, 220, r -> r.line().name()));
        table.getColumns().add(textColumn(Msg.EXCEL_COL_STATE, 110, r -> ImportTexts.targetAction(r.action())));
        table.getColumns().add(textColumn(Msg.EXCEL_COL_TARGET, 150, r -> r.line().targetText()));
        table.getColumns().add(textColumn(Msg.EXCEL_COL_CHANGE, 220, ImportPreviewView::targetChange));
        table.getColumns().add(textColumn(Msg.EXCEL_COL_PARENT, 140, TargetPreviewRow::parentName));
        table.getColumns().add(textColumn(Msg.EXCEL_COL_UNITS, 140, r -> String.join(" / ", r.leadUnits())));
        table.getColumns().add(textColumn(Msg.EXCEL_COL_PROBLEMS, 200, TargetPreviewRow::problem));
        return table;
    }

    private static String targetChange(TargetPreviewRow r) {
        String now = r.target() == null ? "—" : TargetText.of(r.target(), r.unit(), r.kind());
        String before = r.oldTarget() == null ? "—" : TargetText.of(r.oldTarget(), r.unit(), r.kind());
        return I18n.get(Msg.EXCEL_PREVIEW_TARGET_CHANGE, before, now);
    }

    private static <T> TableColumn<T, String> textColumn(Msg header, double width, Function<T, String> text) {
        TableColumn<T, String> column = new TableColumn<>(I18n.get(header));
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 70));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        return column;
    }

    private static TableCell<PreviewRow, String> wrappingCell() {
        return new TableCell<>() {
            {
                setWrapText(true);
                getStyleClass().add("tm-excel-problems");
            }

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
            }
        };
    }

    /** The indicator a row maps to, as a searchable list of the plan's indicators, most alike first. */
    private final class IndicatorCell extends TableCell<PreviewRow, PreviewRow> {

        private final SearchableComboBox<Indicator> combo = new SearchableComboBox<>();
        private boolean updating;
        private PreviewRow row;

        IndicatorCell() {
            combo.setMaxWidth(Double.MAX_VALUE);
            combo.setPromptText(I18n.get(Msg.EXCEL_PREVIEW_PICK));
            combo.setConverter(new StringConverter<>() {
                @Override
                public String toString(Indicator i) {
                    return i == null ? "" : i.unitOfMeasure().isEmpty() ? i.name()
                            : i.name() + " (" + i.unitOfMeasure() + ")";
                }

                @Override
                public Indicator fromString(String s) {
                    return null;
                }
            });
            combo.valueProperty().addListener((o, was, now) -> {
                if (!updating && row != null && now != null && !Objects.equals(now.id(), row.indicatorId())) {
                    int id = row.id();
                    // After the combo's own event: the assignment replaces rows and so this cell's item.
                    Platform.runLater(() -> vm.assign(id, now.id()));
                }
            });
        }

        @Override
        protected void updateItem(PreviewRow item, boolean empty) {
            super.updateItem(item, empty);
            row = empty ? null : item;
            setText(null);
            if (row == null) {
                setGraphic(null);
                return;
            }
            updating = true;
            try {
                // The whole list, most alike first: a new list each time, so the combo never
                // holds a value that is not among its items (ControlsFX fails on that).
                List<Indicator> candidates = vm.candidates(row.id());
                Indicator current = row.indicatorId() == null ? null : candidates.stream()
                        .filter(i -> i.id().equals(row.indicatorId())).findFirst().orElse(null);
                combo.setValue(null);
                combo.setItems(FXCollections.observableArrayList(candidates));
                combo.setValue(current);
            } finally {
                updating = false;
            }
            setGraphic(combo);
        }
    }

    /** What will be done with the row, with 确认 / 不导入 where the officer can decide. */
    private final class StateCell extends TableCell<PreviewRow, PreviewRow> {

        private final Label state = new Label();
        private final Button accept = new Button(I18n.get(Msg.EXCEL_PREVIEW_ACCEPT));
        private final Button ignore = new Button(I18n.get(Msg.EXCEL_PREVIEW_IGNORE));
        private final HBox box = new HBox(6, state, accept, ignore);
        private PreviewRow row;

        StateCell() {
            box.setAlignment(Pos.CENTER_LEFT);
            accept.getStyleClass().addAll("tm-excel-accept", "small");
            ignore.getStyleClass().addAll("tm-excel-ignore", "small");
            accept.setOnAction(e -> {
                if (row != null) {
                    vm.accept(row.id());
                }
            });
            ignore.setOnAction(e -> {
                if (row != null) {
                    vm.ignore(row.id());
                }
            });
        }

        @Override
        protected void updateItem(PreviewRow item, boolean empty) {
            super.updateItem(item, empty);
            row = empty ? null : item;
            setText(null);
            if (row == null) {
                setGraphic(null);
                return;
            }
            state.setText(ImportTexts.state(row.state()));
            state.getStyleClass().removeIf(s -> s.startsWith("tm-excel-state-"));
            state.getStyleClass().add("tm-excel-state-" + row.state().name().toLowerCase(java.util.Locale.ROOT));
            boolean canAccept = row.state() == RowState.QUESTION
                    || (row.state() == RowState.IGNORED && row.indicatorId() != null);
            boolean canIgnore = row.state() == RowState.QUESTION || row.state() == RowState.APPLY;
            show(accept, canAccept);
            show(ignore, canIgnore);
            setGraphic(box);
        }

        private void show(Node node, boolean visible) {
            node.setVisible(visible);
            node.setManaged(visible);
        }
    }

    private Dialog<ButtonType> dialog(String title) {
        Dialog<ButtonType> d = new Dialog<>();
        Window window = owner.get();
        if (window != null && window.getScene() != null) {
            d.initOwner(window);
        }
        d.initModality(Modality.APPLICATION_MODAL);
        d.setTitle(title);
        d.setHeaderText(null);
        if (d.getDialogPane().getScene() != null) {
            AppTheme.style(d.getDialogPane().getScene());
        }
        return d;
    }
}
