package com.targetmonitor.ui.main;

import com.targetmonitor.logic.status.StandingRow;
import com.targetmonitor.logic.status.StatusColumns;
import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Light;
import com.targetmonitor.model.Standing;
import com.targetmonitor.model.Status;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.MessageKey;
import com.targetmonitor.ui.StatusTexts;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.textfield.TextFields;

/**
 * The status table: summary tiles, the filter bar and the indicators grouped by category, each with
 * its light and its status in words.
 */
public final class StatusTableView {

    public static final String TABLE_ID = "status-table";
    public static final String SEARCH_ID = "status-search";
    public static final String STATUS_FILTER_ID = "status-filter";
    public static final String TILES_ID = "status-tiles";

    private final StatusTableViewModel vm;
    private final MainWindowViewModel main;
    private final TreeTableView<TableItem> table = new TreeTableView<>();
    private final FlowPane tiles = new FlowPane(8, 8);
    private final VBox root;

    public StatusTableView(StatusTableViewModel vm, MainWindowViewModel main,
                           java.util.function.Consumer<com.targetmonitor.model.Indicator> onOpen) {
        this.vm = vm;
        this.main = main;
        buildTable();
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                main.selectedIndicator().ifPresent(onOpen);
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                main.selectedIndicator().ifPresent(onOpen);
            }
        });
        vm.tiles().addListener((ListChangeListener<StatusTile>) c -> rebuildTiles());
        vm.groups().addListener((ListChangeListener<CategoryGroup>) c -> rebuildTree());
        tiles.setId(TILES_ID);
        tiles.getStyleClass().add("tm-tiles");
        rebuildTiles();
        rebuildTree();
        Label count = new Label();
        count.getStyleClass().add("tm-muted");
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> I18n.get(MainMsg.MAIN_SHOWING, vm.visibleCountProperty().get(), vm.totalCountProperty().get()),
                vm.visibleCountProperty(), vm.totalCountProperty()));
        root = new VBox(8, tiles, filterBar(), table, count);
        root.getStyleClass().add("tm-status-region");
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    public Node root() {
        return root;
    }

    public TreeTableView<?> table() {
        return table;
    }

    /** Column widths by column id, to remember between runs. */
    public java.util.Map<String, Double> columnWidths() {
        java.util.Map<String, Double> widths = new java.util.LinkedHashMap<>();
        table.getColumns().forEach(c -> widths.put(c.getId(), c.getWidth()));
        return widths;
    }

    /** Applies remembered widths; {@code width} gets the column id and its default width. */
    public void applyColumnWidths(java.util.function.BiFunction<String, Double, Double> width) {
        table.getColumns().forEach(c -> c.setPrefWidth(width.apply(c.getId(), c.getPrefWidth())));
    }

    private void rebuildTiles() {
        tiles.getChildren().clear();
        for (StatusTile tile : vm.tiles()) {
            ToggleButton b = new ToggleButton(StatusTexts.word(tile.status()) + "\n" + tile.count());
            b.setSelected(tile.active());
            b.getStyleClass().addAll("tm-tile", "tm-tile-" + tile.status().code().replace('_', '-'));
            b.setUserData(tile.status());
            b.setOnAction(e -> vm.toggleTile(tile.status()));
            tiles.getChildren().add(b);
        }
    }

    private Node filterBar() {
        CheckComboBox<Status> statuses = checks(List.of(Status.values()), StatusTexts::word, MainMsg.MAIN_FILTER_STATUS);
        statuses.setId(STATUS_FILTER_ID);
        statuses.getCheckModel().getCheckedItems().addListener((ListChangeListener<Status>) c ->
                vm.setStatuses(new HashSet<>(statuses.getCheckModel().getCheckedItems())));
        vm.filterProperty().addListener((obs, old, f) -> syncChecks(statuses, f.statuses()));
        CheckComboBox<Light> lights = checks(List.of(Light.values()), StatusTexts::light, MainMsg.MAIN_FILTER_LIGHT);
        lights.getCheckModel().getCheckedItems().addListener((ListChangeListener<Light>) c ->
                vm.setLights(new HashSet<>(lights.getCheckModel().getCheckedItems())));
        CheckComboBox<IndicatorKind> kinds = checks(List.of(IndicatorKind.values()), StatusTexts::kind,
                MainMsg.MAIN_FILTER_KIND);
        kinds.getCheckModel().getCheckedItems().addListener((ListChangeListener<IndicatorKind>) c ->
                vm.setKinds(new HashSet<>(kinds.getCheckModel().getCheckedItems())));
        CheckComboBox<String> units = new CheckComboBox<>(vm.unitChoices());
        units.setTitle(I18n.get(MainMsg.MAIN_FILTER_UNIT));
        units.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c ->
                vm.setUnits(new HashSet<>(units.getCheckModel().getCheckedItems())));
        CheckComboBox<String> categories = new CheckComboBox<>(vm.categoryChoices());
        categories.setTitle(I18n.get(MainMsg.MAIN_FILTER_CATEGORY));
        categories.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c ->
                vm.setCategories(new HashSet<>(categories.getCheckModel().getCheckedItems())));
        TextField search = TextFields.createClearableTextField();
        search.setId(SEARCH_ID);
        search.setPromptText(I18n.get(MainMsg.MAIN_SEARCH_PROMPT));
        search.setText(vm.filterProperty().get().search());
        search.textProperty().addListener((obs, old, text) -> vm.setSearch(text));
        Button clear = new Button(I18n.get(MainMsg.MAIN_FILTER_CLEAR));
        clear.setOnAction(e -> {
            statuses.getCheckModel().clearChecks();
            lights.getCheckModel().clearChecks();
            kinds.getCheckModel().clearChecks();
            units.getCheckModel().clearChecks();
            categories.getCheckModel().clearChecks();
            search.clear();
            vm.clearFilters();
        });
        search.setPrefWidth(200);
        FlowPane bar = new FlowPane(8, 6, search, statuses, lights, units, categories, kinds, clear);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("tm-filter-bar");
        return bar;
    }

    /** Keeps the status checks in step when a tile changed the filter. */
    private static void syncChecks(CheckComboBox<Status> box, java.util.Set<Status> wanted) {
        if (new HashSet<>(box.getCheckModel().getCheckedItems()).equals(wanted)) {
            return;
        }
        box.getCheckModel().clearChecks();
        wanted.forEach(s -> box.getCheckModel().check(s));
    }

    private static <T> CheckComboBox<T> checks(List<T> items, Function<T, String> text, MessageKey title) {
        CheckComboBox<T> box = new CheckComboBox<>(javafx.collections.FXCollections.observableArrayList(items));
        box.setTitle(I18n.get(title));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : text.apply(item);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        return box;
    }

    private void buildTable() {
        table.setId(TABLE_ID);
        table.setShowRoot(false);
        table.setRoot(new TreeItem<>());
        table.getStyleClass().add("tm-status-table");
        table.setColumnResizePolicy(TreeTableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label(I18n.get(MainMsg.MAIN_TABLE_EMPTY)));
        TreeTableColumn<TableItem, String> code = text("code", MainMsg.COL_CODE, 60, r -> r.standing().indicator().code());
        TreeTableColumn<TableItem, String> name = new TreeTableColumn<>(I18n.get(MainMsg.COL_NAME));
        name.setId("name");
        name.setPrefWidth(230);
        name.setCellValueFactory(c -> {
            TableItem value = c.getValue().getValue();
            String text = value instanceof TableItem.CategoryItem cat ? cat.name()
                    : value instanceof TableItem.IndicatorItem ind ? ind.row().standing().indicator().name() : "";
            return new ReadOnlyObjectWrapper<>(text);
        });
        TreeTableColumn<TableItem, String> unit = text("unit", MainMsg.COL_UNIT, 50,
                r -> r.standing().indicator().unitOfMeasure());
        TreeTableColumn<TableItem, String> target = text("target", MainMsg.COL_TARGET, 120,
                r -> StatusCells.target(r.standing().indicator()));
        TreeTableColumn<TableItem, Double> actual = new TreeTableColumn<>(I18n.get(MainMsg.COL_ACTUAL));
        actual.setId("actual");
        actual.setPrefWidth(76);
        actual.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(row(c.getValue()) == null ? null
                : row(c.getValue()).standing().actual()));
        actual.setCellFactory(col -> cell(v -> StatusColumns.number(v), "tm-number"));
        actual.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        TreeTableColumn<TableItem, BigDecimal> completion = decimal("completion", MainMsg.COL_COMPLETION,
                Standing::completionPct, StatusCells::percent);
        TreeTableColumn<TableItem, BigDecimal> timeProgress = decimal("timeProgress", MainMsg.COL_TIME_PROGRESS,
                Standing::timeProgressPct, StatusCells::percent);
        TreeTableColumn<TableItem, BigDecimal> gap = decimal("gap", MainMsg.COL_GAP,
                s -> s.gapPts() != null ? s.gapPts() : s.deviationPts(), StatusCells::signed);
        TreeTableColumn<TableItem, Standing> status = new TreeTableColumn<>(I18n.get(MainMsg.COL_STATUS));
        status.setId("status");
        status.setPrefWidth(118);
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(row(c.getValue()) == null ? null
                : row(c.getValue()).standing()));
        status.setCellFactory(col -> new StatusCell());
        status.setComparator(Comparator.nullsFirst(Comparator.comparing((Standing s) -> s.status().ordinal())));
        TreeTableColumn<TableItem, String> lead = text("lead", MainMsg.COL_LEAD_UNIT, 140, StandingRow::leadUnitName);
        table.getColumns().setAll(List.of(code, name, unit, target, actual, completion, timeProgress, gap, status,
                lead));
        // The name carries the tree (categories and decomposed parts indent under it), not the code.
        table.setTreeColumn(name);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            StandingRow r = item == null ? null : row(item);
            main.selectedIndicatorIdProperty().set(r == null ? null : r.standing().indicator().id());
        });
    }

    private static StandingRow row(TreeItem<TableItem> item) {
        return item != null && item.getValue() instanceof TableItem.IndicatorItem i ? i.row() : null;
    }

    private static TreeTableColumn<TableItem, String> text(String id, MessageKey header, double width,
                                                          Function<StandingRow, String> value) {
        TreeTableColumn<TableItem, String> column = new TreeTableColumn<>(I18n.get(header));
        column.setId(id);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> {
            StandingRow r = row(c.getValue());
            return new ReadOnlyObjectWrapper<>(r == null ? "" : value.apply(r));
        });
        return column;
    }

    private static TreeTableColumn<TableItem, BigDecimal> decimal(String id, MessageKey header,
                                                                 Function<Standing, BigDecimal> value,
                                                                 Function<BigDecimal, String> format) {
        TreeTableColumn<TableItem, BigDecimal> column = new TreeTableColumn<>(I18n.get(header));
        column.setId(id);
        column.setPrefWidth(id.equals("gap") ? 96 : 80);
        column.setCellValueFactory(c -> {
            StandingRow r = row(c.getValue());
            return new ReadOnlyObjectWrapper<>(r == null ? null : value.apply(r.standing()));
        });
        column.setCellFactory(col -> cell(format, "tm-number"));
        column.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        return column;
    }

    private static <T> TreeTableCell<TableItem, T> cell(Function<T, String> format, String styleClass) {
        TreeTableCell<TableItem, T> cell = new TreeTableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : format.apply(item));
            }
        };
        cell.getStyleClass().add(styleClass);
        return cell;
    }

    /** A light dot and the status in words: the words carry the meaning when printed in grey. */
    private static final class StatusCell extends TreeTableCell<TableItem, Standing> {
        @Override
        protected void updateItem(Standing item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            Region dot = new Region();
            dot.getStyleClass().addAll("tm-light", StatusTexts.lightStyleClass(item.light()));
            setGraphic(dot);
            setText(StatusTexts.word(item.status()));
            setTooltip(new javafx.scene.control.Tooltip(StatusTexts.light(item.light())));
        }
    }

    private void rebuildTree() {
        Long selected = main.selectedIndicatorIdProperty().get();
        TreeItem<TableItem> root = new TreeItem<>();
        TreeItem<TableItem> toSelect = null;
        for (CategoryGroup group : vm.groups()) {
            TreeItem<TableItem> category = new TreeItem<>(new TableItem.CategoryItem(group.name(), group.rows().size()));
            category.setExpanded(true);
            for (RowNode node : group.rows()) {
                TreeItem<TableItem> item = item(node);
                category.getChildren().add(item);
                toSelect = toSelect != null ? toSelect : find(item, selected);
            }
            root.getChildren().add(category);
        }
        table.setRoot(root);
        if (toSelect == null && selected == null && !root.getChildren().isEmpty()
                && !root.getChildren().get(0).getChildren().isEmpty()) {
            // Open on the first indicator so the detail pane shows something at once.
            toSelect = root.getChildren().get(0).getChildren().get(0);
        }
        if (toSelect != null) {
            table.getSelectionModel().select(toSelect);
        }
        if (!table.getSortOrder().isEmpty()) {
            table.sort();
        }
    }

    private static TreeItem<TableItem> item(RowNode node) {
        TreeItem<TableItem> item = new TreeItem<>(new TableItem.IndicatorItem(node.row()));
        item.setExpanded(true);
        node.children().forEach(c -> item.getChildren().add(item(c)));
        return item;
    }

    private static TreeItem<TableItem> find(TreeItem<TableItem> item, Long id) {
        if (id == null) {
            return null;
        }
        StandingRow r = row(item);
        if (r != null && id.equals(r.standing().indicator().id())) {
            return item;
        }
        for (TreeItem<TableItem> child : item.getChildren()) {
            TreeItem<TableItem> found = find(child, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
