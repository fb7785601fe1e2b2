package com.targetmonitor.ui.excel;

import com.targetmonitor.ui.dialog.ScreenFit;
import com.targetmonitor.model.Plan;
import com.targetmonitor.ui.AppTheme;
import com.targetmonitor.ui.I18n;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The import as the officer sees it: a small progress dialog with Cancel while the files are read,
 * then the preview dialog listing every row — cell, name in the file, the indicator it maps to (a
 * searchable list to correct it), match, period, old → new value, what will be done and why — with
 * the skipped rows and any targets table on their own tabs. Nothing is written until 导入 is pressed.
 * Follows the ViewModel's phase, so the menu only needs to call {@link ImportPreviewViewModel#chooseAndRead()}.
 * The tables are built by {@link ImportPreviewTables}, the reading dialog by {@link ImportProgressDialog}.
 */
public final class ImportPreviewView {

    public static final String PREVIEW_TABLE_ID = "excelPreviewTable";
    public static final String SKIPPED_TABLE_ID = "excelSkippedTable";
    public static final String TARGETS_TABLE_ID = "excelTargetsTable";
    public static final String PROGRESS_ID = "excelImportProgress";
    public static final String PLAN_CHOICES_ID = "excelPlanChoice";

    private final ImportPreviewViewModel vm;
    private final Supplier<Window> owner;
    private final ImportProgressDialog progressDialog;
    private Dialog<ButtonType> previewDialog;

    /** Watches the ViewModel: shows the progress while reading and the preview once read. */
    public ImportPreviewView(ImportPreviewViewModel vm, Supplier<Window> owner) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.progressDialog = new ImportProgressDialog(vm, owner);
        vm.phaseProperty().addListener((o, was, now) -> follow(now));
    }

    private void follow(ImportPreviewViewModel.Phase phase) {
        if (phase == ImportPreviewViewModel.Phase.READING) {
            progressDialog.show();
            return;
        }
        progressDialog.close();
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

    private Dialog<ButtonType> buildPreviewDialog() {
        Dialog<ButtonType> d = modal(owner.get(), vm.titleProperty().get());
        d.setResizable(true);
        ButtonType apply = new ButtonType(vm.applyTextProperty().get(), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(I18n.get(ExcelMsg.EXCEL_PREVIEW_CLOSE), ButtonBar.ButtonData.CANCEL_CLOSE);
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
        ScreenFit.fit(d, 1280, 760);
        return d;
    }

    private Node previewContent() {
        Label hint = new Label(I18n.get(ExcelMsg.EXCEL_PREVIEW_HINT));
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
        VBox top = new VBox(6, hint, files, planChoices(), bar);
        top.getStyleClass().add("tm-excel-top");

        ImportPreviewTables tables = new ImportPreviewTables(vm);
        TabPane tabs = new TabPane();
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        if (!vm.rows().isEmpty() || vm.targetRows().isEmpty()) {
            tabs.getTabs().add(new Tab(I18n.get(ExcelMsg.EXCEL_PREVIEW_TAB_ROWS, String.valueOf(vm.rows().size())),
                    tables.rows()));
        }
        if (!vm.skipped().isEmpty()) {
            tabs.getTabs().add(new Tab(I18n.get(ExcelMsg.EXCEL_PREVIEW_TAB_SKIPPED, String.valueOf(vm.skipped().size())),
                    tables.skipped()));
        }
        if (!vm.targetRows().isEmpty()) {
            tabs.getTabs().add(new Tab(I18n.get(ExcelMsg.EXCEL_PREVIEW_TAB_TARGETS,
                    String.valueOf(vm.targetRows().size())), tables.targets()));
        }
        tabs.disableProperty().bind(vm.phaseProperty().isEqualTo(ImportPreviewViewModel.Phase.APPLYING));

        Node progress = ImportProgressDialog.progressBox(vm);
        progress.visibleProperty().bind(vm.phaseProperty().isEqualTo(ImportPreviewViewModel.Phase.APPLYING));
        progress.managedProperty().bind(progress.visibleProperty());

        BorderPane root = new BorderPane(tabs);
        root.setTop(top);
        root.setBottom(progress);
        root.getStyleClass().add("tm-excel-preview");
        return root;
    }

    /**
     * One line per targets table: which plan it goes into and why, in words, and the plan to pick —
     * the only way a table goes into a plan its file does not name.
     */
    private Node planChoices() {
        VBox box = new VBox(4);
        box.setId(PLAN_CHOICES_ID);
        for (int i = 0; i < vm.targetTables().size(); i++) {
            int index = i;
            Label text = fileLabel(vm.planText(index));
            ComboBox<Plan> plans = new ComboBox<>();
            plans.setId(PLAN_CHOICES_ID + index);
            plans.setPromptText(I18n.get(ExcelMsg.EXCEL_PLAN_PICK));
            plans.getItems().setAll(vm.targetTables().get(index).options());
            plans.setConverter(new StringConverter<>() {
                @Override
                public String toString(Plan p) {
                    return ImportTexts.planOption(p);
                }

                @Override
                public Plan fromString(String s) {
                    return null;
                }
            });
            // The sentence beside it grows; the choice keeps its width, so the plan's name stays readable.
            plans.setMinWidth(Region.USE_PREF_SIZE);
            plans.setValue(vm.targetTables().get(index).choice().plan());
            plans.valueProperty().addListener((o, was, now) -> {
                if (now != null && now != vm.targetTables().get(index).choice().plan()) {
                    vm.choosePlan(index, now);
                    text.setText(vm.planText(index));
                }
            });
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox line = new HBox(12, text, plans);
            line.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().add(line);
        }
        Label units = fileLabel("");
        units.textProperty().bind(vm.newUnitsProperty());
        units.visibleProperty().bind(vm.newUnitsProperty().isNotEmpty());
        units.managedProperty().bind(units.visibleProperty());
        box.getChildren().add(units);
        return box;
    }

    private static Label fileLabel(String line) {
        Label l = new Label(line);
        l.setWrapText(true);
        l.getStyleClass().add("tm-excel-file");
        return l;
    }

    /** A modal dialog over the window (when it has one), in the application's style. */
    static Dialog<ButtonType> modal(Window window, String title) {
        Dialog<ButtonType> d = new Dialog<>();
        if (window != null && window.getScene() != null) {
            d.initOwner(window);
        }
        d.initModality(Modality.APPLICATION_MODAL);
        d.setTitle(title);
        d.setHeaderText(null);
        ScreenFit.fit(d);
        if (d.getDialogPane().getScene() != null) {
            AppTheme.style(d.getDialogPane().getScene());
        }
        return d;
    }
}
