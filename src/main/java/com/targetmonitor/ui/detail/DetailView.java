package com.targetmonitor.ui.detail;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.targetmonitor.model.Light;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.StatusTexts;
import java.util.List;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The detail pane of one indicator: its standing at the as-of month, its definition, the figures
 * reported this year with their notes, its decomposed parts with the check that they add up, and the
 * sentence the target comes from. Built in code from {@link DetailViewModel}; the view model's texts
 * are refreshed when the view is built, so a view rebuilt in another language speaks it at once.
 */
public final class DetailView {

    /** Node ids, for tests and the stylesheet. */
    public static final String EMPTY_ID = "detail-empty";
    public static final String TITLE_ID = "detail-title";
    public static final String STATUS_ID = "detail-status";
    public static final String SERIES_TABLE_ID = "detail-series";
    public static final String SERIES_NOTES_ID = "detail-series-notes";
    public static final String CHILDREN_TABLE_ID = "detail-children";
    public static final String DECOMPOSITION_ID = "detail-decomposition";
    public static final String SOURCE_SENTENCE_ID = "detail-source-sentence";
    public static final String HISTORY_ID = "detail-history";

    private static final PseudoClass BROKEN = PseudoClass.getPseudoClass("broken");

    private final DetailViewModel vm;
    private final StackPane root = new StackPane();
    private final Region lightDot = new Region();
    private final GridPane standingGrid = DetailNodes.grid();
    private final GridPane definitionGrid = DetailNodes.grid();
    private final Label check = new Label();
    private final SeriesSection series;
    /** Kept as fields: the view model holds them only weakly, so an old view can be collected. */
    private final InvalidationListener lightListener = o -> showLight();
    private final InvalidationListener standingListener = o -> fillStanding();
    private final InvalidationListener definitionListener = o -> fillDefinition();
    private final InvalidationListener brokenListener = o -> showBroken();

    public DetailView(DetailViewModel viewModel) {
        this.vm = Objects.requireNonNull(viewModel, "viewModel");
        vm.reshow();
        series = new SeriesSection(vm);

        Label empty = new Label(vm.emptyText());
        empty.setId(EMPTY_ID);
        empty.getStyleClass().addAll("tm-detail-empty", Styles.TEXT_MUTED);
        empty.visibleProperty().bind(vm.emptyProperty());

        VBox content = new VBox(14, header(), standingSection(), definitionSection(), series.node(),
                childrenSection(), sourceSection(), historySection());
        content.getStyleClass().add("tm-detail");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().addAll("tm-detail-scroll", Tweaks.EDGE_TO_EDGE);
        scroll.visibleProperty().bind(vm.emptyProperty().not());

        root.getChildren().addAll(scroll, empty);
        root.getStyleClass().add("tm-detail-pane");
        vm.lightProperty().addListener(new WeakInvalidationListener(lightListener));
        vm.definition().addListener(new WeakInvalidationListener(definitionListener));
        vm.standing().addListener(new WeakInvalidationListener(standingListener));
        vm.decompositionBrokenProperty().addListener(new WeakInvalidationListener(brokenListener));
        // The ViewModel holds this view's listeners weakly; the root holds the view, so the view lives
        // exactly as long as its nodes are shown (a view dropped on a language switch can go).
        root.getProperties().put(DetailView.class, this);
        showLight();
        fillStanding();
        fillDefinition();
        showBroken();
    }

    /** The node to place in the window. */
    public Parent root() {
        return root;
    }

    private Node header() {
        Label title = DetailNodes.boundLabel(vm.titleProperty(), Styles.TITLE_3, "tm-detail-title");
        title.setId(TITLE_ID);
        title.setWrapText(true);
        Label kind = DetailNodes.boundLabel(vm.kindProperty(), Styles.TEXT_SMALL, "tm-detail-kind");
        kind.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(10, title, kind);
        header.setAlignment(Pos.BASELINE_LEFT);
        return header;
    }

    private Node standingSection() {
        lightDot.getStyleClass().add("tm-light");
        Label status = DetailNodes.boundLabel(vm.statusTextProperty(), Styles.TEXT_BOLD, "tm-detail-status");
        status.setId(STATUS_ID);
        status.setGraphic(lightDot);
        status.setGraphicTextGap(8);
        return DetailNodes.section(vm.standingHeadingProperty(), status, standingGrid);
    }

    private Node definitionSection() {
        return DetailNodes.section(new SimpleStringProperty(I18n.get(DetailMsg.DETAIL_SECTION_DEFINITION)), definitionGrid);
    }

    private Node childrenSection() {
        TableView<ChildRow> table = new TableView<>(vm.children());
        table.setId(CHILDREN_TABLE_ID);
        TableColumn<ChildRow, ChildRow> status = new TableColumn<>(I18n.get(DetailMsg.DETAIL_FIELD_STATUS));
        status.setPrefWidth(110);
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        status.setCellFactory(c -> new DetailNodes.StatusCell());
        table.getColumns().addAll(List.of(
                DetailNodes.column(DetailMsg.DETAIL_FIELD_CODE, ChildRow::code, 70),
                DetailNodes.column(DetailMsg.DETAIL_FIELD_NAME, ChildRow::name, 220),
                DetailNodes.column(DetailMsg.DETAIL_FIELD_TARGET, ChildRow::target, 100),
                DetailNodes.column(DetailMsg.DETAIL_FIELD_LEAD, ChildRow::leadUnit, 140),
                DetailNodes.numberColumn(DetailMsg.DETAIL_FIELD_ACTUAL, ChildRow::actual, 80),
                status));
        DetailNodes.fitHeight(table, vm.children(), 1);

        check.setId(DECOMPOSITION_ID);
        check.textProperty().bind(vm.decompositionTextProperty());
        check.getStyleClass().add("tm-detail-check");
        check.setWrapText(true);

        Node section = DetailNodes.section(new SimpleStringProperty(I18n.get(DetailMsg.DETAIL_SECTION_CHILDREN)), table,
                check);
        section.visibleProperty().bind(Bindings.isNotEmpty(vm.children()));
        section.managedProperty().bind(section.visibleProperty());
        return section;
    }

    private Node sourceSection() {
        Label sentence = new Label();
        sentence.setId(SOURCE_SENTENCE_ID);
        sentence.getStyleClass().add("tm-detail-quote");
        sentence.setWrapText(true);
        sentence.textProperty().bind(Bindings.createStringBinding(() -> vm.sourceSentenceProperty().get().isBlank()
                ? I18n.get(DetailMsg.DETAIL_SOURCE_NONE)
                : I18n.get(DetailMsg.DETAIL_QUOTED, vm.sourceSentenceProperty().get()), vm.sourceSentenceProperty()));
        Label sentenceLabel = new Label(I18n.get(DetailMsg.DETAIL_SOURCE_SENTENCE));
        sentenceLabel.getStyleClass().add("tm-detail-label");

        GridPane facts = DetailNodes.grid();
        DetailNodes.addRow(facts, 0, new Label(I18n.get(DetailMsg.DETAIL_SOURCE_DOCUMENT)),
                DetailNodes.boundLabel(vm.sourceDocumentProperty()));
        Label noteLabel = new Label(I18n.get(DetailMsg.DETAIL_SOURCE_NOTE));
        Label note = DetailNodes.boundLabel(vm.sourceNoteProperty());
        DetailNodes.addRow(facts, 1, noteLabel, note);
        noteLabel.visibleProperty().bind(vm.sourceNoteProperty().isNotEmpty());
        note.visibleProperty().bind(noteLabel.visibleProperty());
        return DetailNodes.section(new SimpleStringProperty(I18n.get(DetailMsg.DETAIL_SECTION_SOURCE)),
                new VBox(4, sentenceLabel, sentence), facts);
    }

    /** The indicator's latest changes (留痕), newest first. */
    private Node historySection() {
        javafx.scene.control.ListView<String> list = new javafx.scene.control.ListView<>(vm.changes());
        list.setId(HISTORY_ID);
        list.setPlaceholder(new Label(I18n.get(DetailMsg.DETAIL_HISTORY_EMPTY)));
        list.setPrefHeight(150);
        return DetailNodes.section(new SimpleStringProperty(I18n.get(DetailMsg.DETAIL_SECTION_HISTORY)), list);
    }

    private void showLight() {
        Light light = vm.lightProperty().get() == null ? Light.GREY : vm.lightProperty().get();
        lightDot.getStyleClass().removeIf(c -> c.startsWith("tm-light-"));
        lightDot.getStyleClass().add(StatusTexts.lightStyleClass(light));
        // The colour is also said in words, for screen readers; the status words stand for it in print.
        lightDot.setAccessibleText(StatusTexts.light(light));
    }

    private void fillStanding() {
        DetailNodes.fill(standingGrid, vm.standing());
    }

    private void fillDefinition() {
        DetailNodes.fill(definitionGrid, vm.definition());
    }

    private void showBroken() {
        check.pseudoClassStateChanged(BROKEN, vm.decompositionBrokenProperty().get());
    }
}
