package com.targetmonitor.ui.main;

import com.targetmonitor.logic.status.StandingRow;
import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Light;
import com.targetmonitor.model.Status;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.MessageKey;
import com.targetmonitor.ui.StatusTexts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
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
    /** Remembered widths are kept under this prefix (widths from before fitting are left behind). */
    static final String WIDTH_KEY_PREFIX = "status.";
    private static final double FILTER_BOX_WIDTH = 112;
    /** Text sizes are style classes (app.css): tm-zoom-70 … tm-zoom-200 in steps of ten. */
    private static final String ZOOM_CLASS = "tm-zoom-";

    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    private static final List<KeyCombination> ZOOM_IN_KEYS = List.of(
            new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
    private static final List<KeyCombination> ZOOM_OUT_KEYS = List.of(
            new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN));
    private static final List<KeyCombination> ZOOM_RESET_KEYS = List.of(
            new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.NUMPAD0, KeyCombination.SHORTCUT_DOWN));

    private final StatusTableViewModel vm;
    private final MainWindowViewModel main;
    private final TreeTableView<TableItem> table = new TreeTableView<>();
    private final StatusTableColumns columns = new StatusTableColumns();
    private final StatusTableFit fit = new StatusTableFit(table, columns);
    private final Label copied = new Label();
    private int lastCopiedRows;
    private final FlowPane tiles = new FlowPane(8, 8);
    /** The tree items shown, by indicator id and by category name: kept across new standings. */
    private final Map<Long, TreeItem<TableItem>> indicators = new HashMap<>();
    private final Map<String, TreeItem<TableItem>> headings = new HashMap<>();
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
        installCommands();
        copied.getStyleClass().add("tm-muted");
        vm.filterProperty().addListener((obs, old, f) -> copied.setText(""));
        HBox footer = new HBox(16, count, copied);
        root = new VBox(8, tiles, filterBar(), table, footer);
        root.getStyleClass().add("tm-status-region");
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    public Node root() {
        return root;
    }

    public TreeTableView<?> table() {
        return table;
    }

    /** Widths of the columns the officer sized by hand, by column id, to remember between runs. */
    public java.util.Map<String, Double> columnWidths() {
        java.util.Map<String, Double> widths = new java.util.LinkedHashMap<>();
        fit.userWidths().forEach((id, w) -> widths.put(WIDTH_KEY_PREFIX + id, w));
        return widths;
    }

    /**
     * Applies remembered widths; {@code width} gets the column id and {@link Double#NaN}, and answers
     * the remembered width or NaN. The other columns are fitted to their content.
     */
    public void applyColumnWidths(java.util.function.BiFunction<String, Double, Double> width) {
        java.util.Map<String, Double> widths = new java.util.HashMap<>();
        table.getColumns().forEach(c -> {
            double w = width.apply(WIDTH_KEY_PREFIX + c.getId(), Double.NaN);
            if (!Double.isNaN(w)) {
                widths.put(c.getId(), w);
            }
        });
        fit.applyUserWidths(widths);
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
        // Tiles and a new plan change the filter from the ViewModel: the controls follow it.
        vm.filterProperty().addListener((obs, old, f) -> {
            syncChecks(statuses, f.statuses());
            syncChecks(lights, f.lights());
            syncChecks(kinds, f.kinds());
            syncChecks(units, f.units());
            syncChecks(categories, f.categories());
            if (!search.getText().equals(f.search())) {
                search.setText(f.search());
            }
        });
        search.setPrefWidth(200);
        // Its skin sizes it to the longest item (a long unit name): keep the boxes narrow so the bar fits one line.
        List.of(statuses, lights, units, categories, kinds).forEach(b -> {
            b.setMinWidth(FILTER_BOX_WIDTH);
            b.setPrefWidth(FILTER_BOX_WIDTH);
            b.setMaxWidth(FILTER_BOX_WIDTH);
        });
        FlowPane bar = new FlowPane(8, 6, search, statuses, lights, units, categories, kinds, clear);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("tm-filter-bar");
        return bar;
    }

    /** Keeps a filter's checks in step when the ViewModel changed the filter. */
    private static <T> void syncChecks(CheckComboBox<T> box, java.util.Set<T> wanted) {
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
        table.setPlaceholder(new Label(I18n.get(MainMsg.MAIN_TABLE_EMPTY)));
        table.getColumns().setAll(columns.columns());
        table.setTreeColumn(columns.treeColumn());
        // Several rows may be selected to copy them; the detail pane shows the one selected last.
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            StandingRow r = StatusTableColumns.row(item);
            if (r != null || table.getSelectionModel().isEmpty()) {
                main.selectedIndicatorIdProperty().set(r == null ? null : r.standing().indicator().id());
            }
        });
    }

    /** The table as shown (visible columns in their order, rows in their order) as tab-separated text. */
    public String copyText(boolean wholeTable) {
        return copyText(wholeTable, true);
    }

    /** As {@link #copyText(boolean)}; without the header line to paste under rows already in a sheet. */
    public String copyText(boolean wholeTable, boolean withHeaders) {
        List<TreeTableColumn<TableItem, ?>> shown = table.getVisibleLeafColumns();
        List<StatusTableColumns.Spec> specs = shown.stream().map(c -> columns.specs().stream()
                .filter(s -> s.column() == c).findFirst().orElseThrow()).toList();
        List<Integer> indices = wholeTable || table.getSelectionModel().isEmpty()
                ? java.util.stream.IntStream.range(0, table.getExpandedItemCount()).boxed().toList()
                : table.getSelectionModel().getSelectedIndices().stream().sorted().toList();
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int i : indices) {
            TreeItem<TableItem> item = table.getTreeItem(i);
            if (item != null && item.getValue() != null) {
                rows.add(specs.stream().map(s -> s.text().apply(item.getValue())).toList());
            }
        }
        lastCopiedRows = rows.size();
        return TableCopy.tabSeparated(withHeaders ? specs.stream().map(StatusTableColumns.Spec::header).toList()
                : null, rows);
    }

    private void copy(boolean wholeTable) {
        copy(wholeTable, true);
    }

    private void copy(boolean wholeTable, boolean withHeaders) {
        ClipboardContent content = new ClipboardContent();
        content.putString(copyText(wholeTable, withHeaders));
        Clipboard.getSystemClipboard().setContent(content);
        copied.setText(I18n.get(MainMsg.SCREEN_COPIED, lastCopiedRows));
    }

    private void installCommands() {
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (COPY.match(e)) {
                copy(false);
                e.consume();
            } else if (ZOOM_IN_KEYS.stream().anyMatch(k -> k.match(e))) {
                vm.zoomIn();
                e.consume();
            } else if (ZOOM_OUT_KEYS.stream().anyMatch(k -> k.match(e))) {
                vm.zoomOut();
                e.consume();
            } else if (ZOOM_RESET_KEYS.stream().anyMatch(k -> k.match(e))) {
                vm.zoomReset();
                e.consume();
            }
        });
        MenuItem copyItem = menuItem(MainMsg.SCREEN_COPY, COPY, () -> copy(false));
        MenuItem copyRows = menuItem(MainMsg.SCREEN_COPY_ROWS, null, () -> copy(false, false));
        MenuItem copyAll = menuItem(MainMsg.SCREEN_COPY_ALL, null, () -> copy(true));
        MenuItem selectAll = menuItem(MainMsg.SCREEN_SELECT_ALL,
                new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN), () -> table.getSelectionModel().selectAll());
        CheckMenuItem detail = new CheckMenuItem(I18n.get(MainMsg.SCREEN_DETAIL_PANE));
        detail.selectedProperty().bindBidirectional(vm.detailShownProperty());
        table.setContextMenu(new ContextMenu(copyItem, copyRows, copyAll, selectAll, new SeparatorMenuItem(),
                menuItem(MainMsg.SCREEN_ZOOM_IN, ZOOM_IN_KEYS.get(0), vm::zoomIn),
                menuItem(MainMsg.SCREEN_ZOOM_OUT, ZOOM_OUT_KEYS.get(0), vm::zoomOut),
                menuItem(MainMsg.SCREEN_ZOOM_RESET, ZOOM_RESET_KEYS.get(0), vm::zoomReset),
                menuItem(MainMsg.SCREEN_FIT_COLUMNS, null, fit::resetWidths), new SeparatorMenuItem(), detail));
        vm.zoomPercentProperty().addListener((obs, old, pct) -> applyZoom());
        applyZoom();
    }

    /** The table's font follows the zoom; the widths are fitted again to the new text size. */
    private void applyZoom() {
        table.getStyleClass().removeIf(c -> c.startsWith(ZOOM_CLASS));
        table.getStyleClass().add(ZOOM_CLASS + vm.zoomPercentProperty().get());
        fit.request();
    }

    /** The View menu's items for the table: zoom and column widths, with their shortcuts. */
    public List<MenuItem> viewMenuItems() {
        return List.of(menuItem(MainMsg.SCREEN_ZOOM_IN, ZOOM_IN_KEYS.get(0), vm::zoomIn),
                menuItem(MainMsg.SCREEN_ZOOM_OUT, ZOOM_OUT_KEYS.get(0), vm::zoomOut),
                menuItem(MainMsg.SCREEN_ZOOM_RESET, ZOOM_RESET_KEYS.get(0), vm::zoomReset),
                menuItem(MainMsg.SCREEN_FIT_COLUMNS, null, fit::resetWidths));
    }

    private static MenuItem menuItem(MainMsg text, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(I18n.get(text));
        item.setAccelerator(accelerator);
        item.setOnAction(e -> action.run());
        return item;
    }

    /**
     * Brings the tree in line with the ViewModel's groups, keeping every tree item that is still
     * there: an indicator's item only gets its new standing (its cells follow it), and a list of
     * children is set again only when which rows it holds changed. So another month or an edited
     * value keeps the rows, the sort, the scroll position and the selection, and repaints only the
     * cells whose text changed; a new plan or new indicators bring new items.
     */
    private void rebuildTree() {
        Long selected = main.selectedIndicatorIdProperty().get();
        boolean sorted = !table.getSortOrder().isEmpty();
        TreeItem<TableItem> root = table.getRoot();
        Map<Long, TreeItem<TableItem>> kept = new HashMap<>();
        Map<String, TreeItem<TableItem>> keptCategories = new HashMap<>();
        List<TreeItem<TableItem>> categoryItems = new ArrayList<>();
        for (CategoryGroup group : vm.groups()) {
            TreeItem<TableItem> category = headings.get(group.name());
            TableItem.CategoryItem value = new TableItem.CategoryItem(group.name(), group.rows().size());
            if (category == null) {
                category = new TreeItem<>(value);
                category.setExpanded(true);
            } else if (!value.equals(category.getValue())) {
                category.setValue(value);
            }
            keptCategories.put(group.name(), category);
            List<TreeItem<TableItem>> children = new ArrayList<>();
            for (RowNode node : group.rows()) {
                children.add(item(node, category, sorted, kept));
            }
            setChildren(category, children, sorted);
            categoryItems.add(category);
        }
        setChildren(root, categoryItems, sorted);
        indicators.clear();
        indicators.putAll(kept);
        headings.clear();
        headings.putAll(keptCategories);
        TreeItem<TableItem> toSelect = selected == null ? null : indicators.get(selected);
        if (toSelect == null && selected == null && !root.getChildren().isEmpty()
                && !root.getChildren().get(0).getChildren().isEmpty()) {
            // Open on the first indicator so the detail pane shows something at once.
            toSelect = root.getChildren().get(0).getChildren().get(0);
        }
        if (toSelect != null && table.getSelectionModel().getSelectedItem() != toSelect) {
            table.getSelectionModel().select(toSelect);
        }
        if (sorted) {
            table.sort();
        }
        fit.request();
    }

    /** The item of the node's indicator (the one shown so far when there is one) with its parts under it. */
    private TreeItem<TableItem> item(RowNode node, TreeItem<TableItem> parent, boolean sorted,
                                     Map<Long, TreeItem<TableItem>> kept) {
        long id = node.row().standing().indicator().id();
        TreeItem<TableItem> item = indicators.get(id);
        // An indicator moved under another heading or parent gets a new item: one item, one place.
        if (item == null || item.getParent() != null && item.getParent() != parent) {
            item = new TreeItem<>(new TableItem.IndicatorItem(node.row()));
            item.setExpanded(true);
        } else {
            ((TableItem.IndicatorItem) item.getValue()).update(node.row());
        }
        kept.put(id, item);
        List<TreeItem<TableItem>> children = new ArrayList<>(node.children().size());
        for (RowNode child : node.children()) {
            children.add(item(child, item, sorted, kept));
        }
        setChildren(item, children, sorted);
        return item;
    }

    /**
     * Sets the children only when they differ: the same items in the same order, or, while the
     * table is sorted (it orders them itself), the same items in any order, are left alone.
     */
    private static void setChildren(TreeItem<TableItem> parent, List<TreeItem<TableItem>> children, boolean sorted) {
        javafx.collections.ObservableList<TreeItem<TableItem>> now = parent.getChildren();
        boolean same = sorted ? now.size() == children.size() && new HashSet<>(now).containsAll(children)
                : now.equals(children);
        if (!same) {
            now.setAll(children);
        }
    }
}
