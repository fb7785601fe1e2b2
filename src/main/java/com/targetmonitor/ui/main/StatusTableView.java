package com.targetmonitor.ui.main;

import com.targetmonitor.logic.status.StandingRow;
import com.targetmonitor.ui.I18n;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The status table: summary tiles, the filter bar and the indicators grouped by category, each with
 * its light and its status in words.
 */
public final class StatusTableView {

    public static final String TABLE_ID = "status-table";
    /**
     * Key of the table's property that says a column fit is waiting to be made (Boolean): a pulse after
     * which it is false has laid out the rows in their fitted columns. Read by the start-up benchmark.
     */
    public static final String FIT_PENDING = "tm.fitPending";
    public static final String SEARCH_ID = "status-search";
    public static final String STATUS_FILTER_ID = "status-filter";
    public static final String TILES_ID = "status-tiles";
    /** Remembered widths are kept under this prefix (widths from before fitting are left behind). */
    static final String WIDTH_KEY_PREFIX = "status.";
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
    private final StatusTableFit fit;
    private final Label copied = new Label();
    private int lastCopiedRows;
    private final StatusTree tree = new StatusTree(table);
    private final VBox root;

    public StatusTableView(StatusTableViewModel vm, MainWindowViewModel main,
                           java.util.function.Consumer<com.targetmonitor.model.Indicator> onOpen) {
        this(vm, main, onOpen, ColumnContent.Texts.SHOWN);
    }

    /** As the public constructor; {@code texts} reads the cells' texts for the column fit (tests count them). */
    StatusTableView(StatusTableViewModel vm, MainWindowViewModel main,
                    java.util.function.Consumer<com.targetmonitor.model.Indicator> onOpen, ColumnContent.Texts texts) {
        this.vm = vm;
        this.main = main;
        this.fit = new StatusTableFit(table, columns, texts, main.state().tasks());
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
        vm.groups().addListener((ListChangeListener<CategoryGroup>) c -> showGroups());
        showGroups();
        Label count = new Label();
        count.getStyleClass().add("tm-muted");
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> I18n.get(MainMsg.MAIN_SHOWING, vm.visibleCountProperty().get(), vm.totalCountProperty().get()),
                vm.visibleCountProperty(), vm.totalCountProperty()));
        installCommands();
        copied.getStyleClass().add("tm-muted");
        vm.filterProperty().addListener((obs, old, f) -> copied.setText(""));
        HBox footer = new HBox(16, count, copied);
        root = new VBox(8, new StatusTiles(vm).node(), StatusFilterBar.build(vm), table, footer);
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

    /** Shows the ViewModel's groups in the tree (keeping its items) and fits the columns to them. */
    private void showGroups() {
        fit.shown(tree.show(vm.groups(), main.selectedIndicatorIdProperty().get()));
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
        // The menu is built on the first right-click (or menu key): a ContextMenu is a popup window whose
        // classes and items were some 4 % of the FX thread's work at start, for a menu many sessions never
        // open. Its keys work without it: the handler above, and the table's own Ctrl+A.
        table.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (table.getContextMenu() == null) {
                table.setContextMenu(contextMenu());
            }
        });
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

    private ContextMenu contextMenu() {
        MenuItem copyItem = menuItem(MainMsg.SCREEN_COPY, COPY, () -> copy(false));
        MenuItem copyRows = menuItem(MainMsg.SCREEN_COPY_ROWS, null, () -> copy(false, false));
        MenuItem copyAll = menuItem(MainMsg.SCREEN_COPY_ALL, null, () -> copy(true));
        MenuItem selectAll = menuItem(MainMsg.SCREEN_SELECT_ALL,
                new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN), () -> table.getSelectionModel().selectAll());
        CheckMenuItem detail = new CheckMenuItem(I18n.get(MainMsg.SCREEN_DETAIL_PANE));
        detail.selectedProperty().bindBidirectional(vm.detailShownProperty());
        return new ContextMenu(copyItem, copyRows, copyAll, selectAll, new SeparatorMenuItem(),
                menuItem(MainMsg.SCREEN_ZOOM_IN, ZOOM_IN_KEYS.get(0), vm::zoomIn),
                menuItem(MainMsg.SCREEN_ZOOM_OUT, ZOOM_OUT_KEYS.get(0), vm::zoomOut),
                menuItem(MainMsg.SCREEN_ZOOM_RESET, ZOOM_RESET_KEYS.get(0), vm::zoomReset),
                menuItem(MainMsg.SCREEN_FIT_COLUMNS, null, fit::resetWidths), new SeparatorMenuItem(), detail);
    }

    private static MenuItem menuItem(MainMsg text, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(I18n.get(text));
        item.setAccelerator(accelerator);
        item.setOnAction(e -> action.run());
        return item;
    }
}
