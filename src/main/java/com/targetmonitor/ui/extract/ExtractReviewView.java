package com.targetmonitor.ui.extract;

import com.targetmonitor.ui.dialog.ScreenFit;
import com.targetmonitor.ui.AppTheme;
import com.targetmonitor.ui.I18n;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * The review of what was read from the documents: the plan to write into (the one shown, or a new one
 * with its name and year), the proposed targets (editable) and progress figures with their action, the
 * targets without a figure, and under them the selected row's sentence with its figure highlighted.
 * Follows the ViewModel's phase; nothing is written until 写入 is pressed.
 */
public final class ExtractReviewView {

    public static final String APPLY_ID = "extractApply";
    public static final String SENTENCE_ID = "extractSentence";

    private final ExtractReviewViewModel vm;
    private final Supplier<Window> owner;
    private Dialog<ButtonType> dialog;
    private final TextFlow sentence = new TextFlow();

    public ExtractReviewView(ExtractReviewViewModel vm, Supplier<Window> owner) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.owner = Objects.requireNonNull(owner, "owner");
        vm.phaseProperty().addListener((o, was, now) -> follow(now));
    }

    /** The review open now, or null. */
    public Dialog<ButtonType> openDialog() {
        return dialog;
    }

    private void follow(ExtractReviewViewModel.Phase phase) {
        if (phase == ExtractReviewViewModel.Phase.REVIEW && dialog == null) {
            dialog = build();
            dialog.show();
        } else if (phase == ExtractReviewViewModel.Phase.IDLE && dialog != null) {
            Dialog<ButtonType> d = dialog;
            dialog = null;
            d.close();
        }
    }

    /** A small dialog to paste the text of a report into; 读取 reads it. */
    public static void askForText(ExtractReviewViewModel vm, Window owner) {
        TextArea area = new TextArea();
        pasteDialog(owner, area).showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .ifPresent(b -> vm.readText(area.getText()));
    }

    /** The paste dialog around the area, unshown; package-visible for the screen-fit test. */
    static Dialog<ButtonType> pasteDialog(Window owner, TextArea area) {
        Dialog<ButtonType> d = modal(owner, I18n.get(ExtractMsg.EXTRACT_PASTE_TITLE));
        area.setId("extractPaste");
        area.setWrapText(true);
        area.setPrefSize(720, 420);
        VBox content = new VBox(8, new Label(I18n.get(ExtractMsg.EXTRACT_PASTE_PROMPT)), area);
        VBox.setVgrow(area, javafx.scene.layout.Priority.ALWAYS);
        d.getDialogPane().setContent(content);
        ButtonType read = new ButtonType(I18n.get(ExtractMsg.EXTRACT_PASTE_READ), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(read, new ButtonType(I18n.get(ExtractMsg.EXTRACT_CANCEL),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        return d;
    }

    private Dialog<ButtonType> build() {
        Dialog<ButtonType> d = modal(owner.get(), vm.titleProperty().get());
        d.setResizable(true);
        ButtonType apply = new ButtonType(I18n.get(ExtractMsg.EXTRACT_APPLY, 0), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(I18n.get(ExtractMsg.EXTRACT_CANCEL), ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().setAll(apply, cancel);
        Button applyButton = (Button) d.getDialogPane().lookupButton(apply);
        applyButton.setId(APPLY_ID);
        applyButton.textProperty().bind(vm.acceptedCountProperty().asString().map(n ->
                I18n.get(ExtractMsg.EXTRACT_APPLY, n)));
        applyButton.disableProperty().bind(vm.acceptedCountProperty().isEqualTo(0)
                .or(vm.phaseProperty().isNotEqualTo(ExtractReviewViewModel.Phase.REVIEW)));
        applyButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // closes once written
            vm.apply();
        });
        d.getDialogPane().lookupButton(cancel).addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.discard();
        });
        d.setOnCloseRequest(e -> {
            if (dialog != null) {
                e.consume();
                vm.discard();
            }
        });
        d.getDialogPane().setContent(content());
        d.getDialogPane().setPrefSize(1240, 740);
        d.getDialogPane().setMinSize(900, 520);
        return d;
    }

    private Node content() {
        TableView<TargetItem> targets = ExtractTables.targets(vm);
        TableView<ProgressItem> progress = ExtractTables.progress(vm);
        targets.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                showSentence(vm.highlight(now));
            }
        });
        progress.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                showSentence(vm.highlight(now));
            }
        });
        TabPane tabs = new TabPane(tab(ExtractMsg.EXTRACT_TAB_TARGETS, targets),
                tab(ExtractMsg.EXTRACT_TAB_PROGRESS, progress),
                tab(ExtractMsg.EXTRACT_TAB_STATEMENTS, ExtractTables.statements(vm)));
        sentence.setId(SENTENCE_ID);
        sentence.getStyleClass().add("tm-extract-sentence");
        sentence.setPadding(new Insets(6));
        Label sentenceTitle = new Label(I18n.get(ExtractMsg.EXTRACT_SENTENCE));
        VBox sentenceBox = new VBox(4, sentenceTitle, sentence);
        SplitPane split = new SplitPane(tabs, sentenceBox);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.78);
        VBox.setVgrow(split, Priority.ALWAYS);
        Label summary = new Label();
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        Button all = new Button(I18n.get(ExtractMsg.EXTRACT_ACCEPT_ALL));
        all.setOnAction(e -> vm.acceptAll(true));
        Button none = new Button(I18n.get(ExtractMsg.EXTRACT_REJECT_ALL));
        none.setOnAction(e -> vm.acceptAll(false));
        HBox actions = new HBox(8, all, none);
        VBox box = new VBox(8, planChoice(), summary, split, actions);
        box.setPadding(new Insets(4));
        // The first row's sentence shows from the start, and again when the rows are matched anew.
        targets.getSelectionModel().selectFirst();
        vm.targets().addListener((javafx.collections.ListChangeListener<TargetItem>) c -> {
            if (targets.getSelectionModel().isEmpty()) {
                targets.getSelectionModel().selectFirst();
            }
        });
        return box;
    }

    private Node planChoice() {
        ToggleGroup group = new ToggleGroup();
        RadioButton shown = new RadioButton(vm.shownPlan() == null ? I18n.get(ExtractMsg.EXTRACT_INTO_PLAN, "—")
                : I18n.get(ExtractMsg.EXTRACT_INTO_PLAN, vm.shownPlan().name()));
        shown.setToggleGroup(group);
        shown.setDisable(vm.shownPlan() == null);
        RadioButton fresh = new RadioButton(I18n.get(ExtractMsg.EXTRACT_INTO_NEW_PLAN));
        fresh.setId("extractNewPlan");
        fresh.setToggleGroup(group);
        fresh.setSelected(vm.newPlanProperty().get());
        shown.setSelected(!vm.newPlanProperty().get());
        fresh.selectedProperty().addListener((o, was, now) -> vm.newPlanProperty().set(now));
        TextField name = new TextField();
        name.setId("extractPlanName");
        name.setPromptText(I18n.get(ExtractMsg.EXTRACT_NEW_PLAN_NAME));
        name.textProperty().bindBidirectional(vm.newPlanNameProperty());
        name.disableProperty().bind(fresh.selectedProperty().not());
        TextField year = new TextField();
        year.setPrefColumnCount(5);
        year.textProperty().bindBidirectional(vm.newPlanYearProperty());
        year.disableProperty().bind(fresh.selectedProperty().not());
        HBox row = new HBox(10, shown, fresh, name, new Label(I18n.get(ExtractMsg.EXTRACT_YEAR)), year);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(name, Priority.ALWAYS);
        return row;
    }

    private void showSentence(List<String> parts) {
        Text before = new Text(parts.get(0));
        Text figure = new Text(parts.get(1));
        figure.getStyleClass().add("tm-extract-figure");
        Text after = new Text(parts.get(2));
        before.getStyleClass().add("tm-extract-text");
        after.getStyleClass().add("tm-extract-text");
        sentence.getChildren().setAll(before, figure, after);
    }

    private static Tab tab(ExtractMsg title, Node content) {
        Tab t = new Tab(I18n.get(title), content);
        t.setClosable(false);
        return t;
    }

    private static Dialog<ButtonType> modal(Window window, String title) {
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
