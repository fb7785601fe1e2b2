package com.targetmonitor.ui.main;

import com.targetmonitor.ui.state.ViewId;
import java.util.List;
import com.targetmonitor.ui.state.FeatureTab;
import com.targetmonitor.model.Plan;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.state.WindowState;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The main window: menu bar, tool bar with the plan and as-of selectors, and three tabs (the status
 * table with the detail pane, the actuals grid, the units). Built anew when the language changes;
 * the ViewModel keeps the plan, month and selection.
 */
public final class MainWindowView {

    public static final String PLAN_SELECTOR_ID = "plan-selector";
    public static final String AS_OF_SELECTOR_ID = "as-of-selector";
    public static final String STATUS_LINE_ID = "status-line";
    public static final String TABS_ID = "main-tabs";
    public static final String DETAIL_TOGGLE_ID = "detail-toggle";
    /** The about box; package-visible so a test can look at it on a small screen. */
    static javafx.scene.control.Alert aboutDialog() {
        return com.targetmonitor.ui.dialog.ScreenFit.fit(com.targetmonitor.ui.dialog.DialogButtons.fitToText(
                new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION,
                        I18n.get(MainMsg.MAIN_ABOUT_TEXT), com.targetmonitor.ui.dialog.DialogButtons.ok())));
    }

    /** The detail pane's width: at most this many pixels, at most this share of the window. */
    private static final double DETAIL_WIDTH = 360;
    private static final double DETAIL_SHARE = 0.3;

    private final MainWindowViewModel vm;
    private final WindowParts parts;
    private final Consumer<Locale> onLanguage;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final StatusTableView statusTable;

    public MainWindowView(MainWindowViewModel vm, WindowParts parts, Consumer<Locale> onLanguage) {
        this.vm = vm;
        this.parts = parts;
        this.onLanguage = onLanguage;
        this.statusTable = new StatusTableView(vm.table(), vm, parts::openIndicator);
        root.getStyleClass().add("tm-main");
        root.setCenter(buildTabs());
        root.setTop(new VBox(menuBar(), toolBar()));
        root.setBottom(statusBar());
    }

    public Parent root() {
        return root;
    }

    public TabPane tabs() {
        return tabs;
    }

    public StatusTableView statusTable() {
        return statusTable;
    }

    private TabPane buildTabs() {
        tabs.setId(TABS_ID);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().setAll(new Tab(I18n.get(MainMsg.MAIN_TAB_STATUS), statusSplit()));
        List<ViewId> viewList = new java.util.ArrayList<>(List.of(ViewId.STATUS));
        for (FeatureTab feature : parts.tabs()) {
            // A tab's identity is its feature's own id: two tabs with one id could not tell who is on screen.
            if (viewList.contains(feature.view())) {
                throw new IllegalStateException("two tabs with the view id " + feature.view().name());
            }
            tabs.getTabs().add(builtWhenShown(feature.title().get(), feature.content()));
            viewList.add(feature.view());
        }
        // Hidden views do no work: the state tells each view whether it is on screen.
        ViewId[] views = viewList.toArray(ViewId[]::new);
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            int i = index.intValue();
            vm.state().shownViewProperty().set(i >= 0 && i < views.length ? views[i] : ViewId.STATUS);
        });
        int shown = java.util.Arrays.asList(views).indexOf(vm.state().shownViewProperty().get());
        tabs.getSelectionModel().select(Math.max(0, shown));
        return tabs;
    }

    /**
     * A tab whose content is built the first time it is selected: the window shows the status
     * table first, and a tab never opened costs neither its nodes nor their styling.
     */
    private static Tab builtWhenShown(String title, java.util.function.Supplier<Node> content) {
        Tab tab = new Tab(title);
        tab.selectedProperty().addListener(new javafx.beans.InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable selected) {
                if (tab.isSelected()) {
                    tab.selectedProperty().removeListener(this);
                    tab.setContent(content.get());
                }
            }
        });
        return tab;
    }

    /**
     * The table and the detail pane side by side. The pane keeps its width when the window is resized
     * (the table takes the change) and can be hidden, so a small screen gives the table everything.
     */
    private SplitPane statusSplit() {
        Node detail = AfterFirstStanding.place(parts::detailPane, vm.table().statusProperty(),
                vm.selectedPlanProperty(), "tm-detail-place");
        SplitPane split = new SplitPane(statusTable.root());
        split.setOrientation(Orientation.HORIZONTAL);
        SplitPane.setResizableWithParent(detail, false);
        BooleanProperty shown = vm.table().detailShownProperty();
        Runnable place = () -> {
            if (shown.get() && !split.getItems().contains(detail)) {
                split.getItems().add(detail);
                double width = split.getWidth() > 0 ? split.getWidth() : stageWidthGuess();
                split.setDividerPositions(1 - Math.min(DETAIL_WIDTH, width * DETAIL_SHARE) / width);
            } else if (!shown.get()) {
                split.getItems().remove(detail);
            }
        };
        shown.addListener((obs, old, now) -> place.run());
        place.run();
        // The first layout knows the real width: place the divider from it once.
        split.widthProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> obs, Number old, Number width) {
                if (width.doubleValue() > 0) {
                    split.widthProperty().removeListener(this);
                    if (split.getItems().contains(detail)) {
                        split.setDividerPositions(1 - Math.min(DETAIL_WIDTH, width.doubleValue() * DETAIL_SHARE)
                                / width.doubleValue());
                    }
                }
            }
        });
        return split;
    }

    private double stageWidthGuess() {
        return root.getScene() != null && root.getScene().getWidth() > 0 ? root.getScene().getWidth() : 1200;
    }

    private MenuBar menuBar() {
        Menu file = new Menu(I18n.get(MainMsg.MENU_FILE));
        file.getItems().setAll(parts.fileMenuItems());

        MenuItem undo = new MenuItem();
        undo.textProperty().bind(vm.undoTextProperty());
        undo.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        undo.disableProperty().bind(vm.canUndoProperty().not());
        undo.setOnAction(e -> vm.undo());
        MenuItem redo = new MenuItem();
        redo.textProperty().bind(vm.redoTextProperty());
        redo.setAccelerator(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN));
        redo.disableProperty().bind(vm.canRedoProperty().not());
        redo.setOnAction(e -> vm.redo());
        Menu edit = new Menu(I18n.get(MainMsg.MENU_EDIT));
        edit.getItems().addAll(undo, redo);
        if (!parts.editMenuItems().isEmpty()) {
            edit.getItems().add(new SeparatorMenuItem());
            edit.getItems().addAll(parts.editMenuItems());
        }

        Menu view = new Menu(I18n.get(MainMsg.MENU_VIEW));
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            int index = i;
            MenuItem showTab = new MenuItem(tabs.getTabs().get(index).getText());
            showTab.setAccelerator(new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(index + 1)),
                    KeyCombination.SHORTCUT_DOWN));
            showTab.setOnAction(e -> tabs.getSelectionModel().select(index));
            view.getItems().add(showTab);
        }
        MenuItem refresh = new MenuItem(I18n.get(MainMsg.MAIN_REFRESH));
        refresh.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        refresh.setOnAction(e -> vm.reload());
        CheckMenuItem detail = new CheckMenuItem(I18n.get(MainMsg.SCREEN_DETAIL_PANE));
        detail.setId(DETAIL_TOGGLE_ID);
        detail.setAccelerator(new KeyCodeCombination(KeyCode.F9));
        detail.selectedProperty().bindBidirectional(vm.table().detailShownProperty());
        view.getItems().addAll(new SeparatorMenuItem(), refresh, detail, new SeparatorMenuItem());
        view.getItems().addAll(statusTable.viewMenuItems());
        view.getItems().addAll(new SeparatorMenuItem(), languageMenu());
        view.getItems().addAll(parts.viewMenuItems());

        Menu data = new Menu(I18n.get(MainMsg.MENU_DATA));
        data.getItems().setAll(parts.dataMenuItems());
        Menu help = new Menu(I18n.get(MainMsg.MENU_HELP));
        MenuItem about = new MenuItem(I18n.get(MainMsg.MAIN_ABOUT));
        about.setOnAction(e -> aboutDialog().showAndWait());
        help.getItems().add(about);
        MenuBar bar = new MenuBar(file, edit, view, data, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private Menu languageMenu() {
        Menu language = new Menu(I18n.get(MainMsg.MAIN_LANGUAGE));
        ToggleGroup group = new ToggleGroup();
        RadioMenuItem chinese = new RadioMenuItem(I18n.get(MainMsg.MAIN_LANGUAGE_ZH));
        RadioMenuItem english = new RadioMenuItem(I18n.get(MainMsg.MAIN_LANGUAGE_EN));
        chinese.setId("language-zh");
        english.setId("language-en");
        chinese.setToggleGroup(group);
        english.setToggleGroup(group);
        boolean isEnglish = I18n.locale().getLanguage().equals("en");
        (isEnglish ? english : chinese).setSelected(true);
        chinese.setOnAction(e -> onLanguage.accept(Locale.SIMPLIFIED_CHINESE));
        english.setOnAction(e -> onLanguage.accept(Locale.ENGLISH));
        language.getItems().addAll(chinese, english);
        return language;
    }

    private ToolBar toolBar() {
        ComboBox<Plan> plans = new ComboBox<>(vm.plans());
        plans.setId(PLAN_SELECTOR_ID);
        plans.setPrefWidth(200);
        plans.setButtonCell(planCell());
        plans.setCellFactory(lv -> planCell());
        plans.valueProperty().bindBidirectional(vm.selectedPlanProperty());
        ComboBox<AsOfChoice> asOf = new ComboBox<>(vm.asOfChoices());
        asOf.setId(AS_OF_SELECTOR_ID);
        asOf.setPrefWidth(120);
        asOf.valueProperty().bindBidirectional(vm.selectedAsOfProperty());
        // Both have a set width: their lists join the window when first opened, not with its first pass.
        PopupLists.outUntilOpened(plans);
        PopupLists.outUntilOpened(asOf);
        Button undo = iconButton(Material2MZ.UNDO, vm.undoTextProperty().get());
        undo.disableProperty().bind(vm.canUndoProperty().not());
        undo.setOnAction(e -> vm.undo());
        Button redo = iconButton(Material2MZ.REDO, vm.redoTextProperty().get());
        redo.disableProperty().bind(vm.canRedoProperty().not());
        redo.setOnAction(e -> vm.redo());
        Button refresh = iconButton(Material2MZ.REFRESH, I18n.get(MainMsg.MAIN_REFRESH));
        refresh.setOnAction(e -> vm.reload());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label planLabel = new Label(I18n.get(MainMsg.MAIN_PLAN));
        Label asOfLabel = new Label(I18n.get(MainMsg.MAIN_AS_OF));
        ToggleButton detail = new ToggleButton(null, new FontIcon(Material2MZ.VIEW_SIDEBAR));
        detail.setTooltip(new Tooltip(I18n.get(MainMsg.SCREEN_DETAIL_PANE) + " (F9)"));
        detail.getStyleClass().add("tm-icon-button");
        detail.selectedProperty().bindBidirectional(vm.table().detailShownProperty());
        ToolBar bar = new ToolBar(planLabel, plans, asOfLabel, asOf, refresh, spacer, undo, redo, detail);
        bar.getStyleClass().add("tm-toolbar");
        return bar;
    }

    private static ListCell<Plan> planCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Plan item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : item.name());
            }
        };
    }

    private static Button iconButton(org.kordamp.ikonli.Ikon icon, String tooltip) {
        Button b = new Button(null, new FontIcon(icon));
        b.setTooltip(new Tooltip(tooltip));
        b.getStyleClass().add("tm-icon-button");
        return b;
    }

    private HBox statusBar() {
        Label status = new Label();
        status.setId(STATUS_LINE_ID);
        status.getStyleClass().add("tm-status-line");
        status.textProperty().bind(vm.statusTextProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, status, spacer, parts.taskStatus());
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("tm-status-bar");
        return bar;
    }
}
