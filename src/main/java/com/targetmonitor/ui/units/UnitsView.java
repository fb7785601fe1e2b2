package com.targetmonitor.ui.units;

import com.targetmonitor.ui.state.FeatureTab;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.targetmonitor.model.Light;
import com.targetmonitor.model.Unit;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.MessageKey;
import com.targetmonitor.ui.StatusTexts;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The units view: on the left the tree of responsible units; on the right the selected unit's
 * indicators with its part in each and their status, and below them the league table of lead
 * units with the change in rank since last month (an arrow, and the change in words in the
 * tooltip and for screen readers, so it also reads in print). Built in code from
 * {@link UnitsViewModel}; the texts are refreshed when the view is built.
 */
public final class UnitsView {

    /** Node ids, for tests and the stylesheet. */
    public static final String TREE_ID = "units-tree";
    public static final String INDICATORS_ID = "units-indicators";
    public static final String LEAGUE_ID = "units-league";

    private final UnitsViewModel vm;
    private final SplitPane root;
    private final TreeView<UnitNode> tree = new TreeView<>();
    /** Kept as fields: the view model holds them only weakly, so an old view can be collected. */
    private final InvalidationListener treeListener = o -> rebuildTree();
    private final InvalidationListener selectionListener;

    /** The units and their league as a tab of the main window (责任单位). */
    public static FeatureTab tab(UnitsViewModel viewModel) {
        return new FeatureTab(UnitsViewModel.VIEW, () -> I18n.get(UnitsMsg.UNITS_TAB),
                () -> new UnitsView(viewModel).root());
    }

    public UnitsView(UnitsViewModel viewModel) {
        this.vm = Objects.requireNonNull(viewModel, "viewModel");
        this.selectionListener = o -> selectInTree(vm.selectedUnitProperty().get());
        vm.refresh();
        root = new SplitPane(treePane(), rightPane());
        root.setDividerPositions(0.3);
        root.getStyleClass().add("tm-units");
        vm.unitTree().addListener(new WeakInvalidationListener(treeListener));
        vm.selectedUnitProperty().addListener(new WeakInvalidationListener(selectionListener));
        // The ViewModel holds this view's listeners weakly; the root holds the view, so the view lives
        // exactly as long as its nodes are shown (a view dropped on a language switch can go).
        root.getProperties().put(UnitsView.class, this);
        rebuildTree();
    }

    /** The node to place in the window. */
    public Parent root() {
        return root;
    }

    private Node treePane() {
        tree.setId(TREE_ID);
        tree.setShowRoot(false);
        tree.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        tree.setCellFactory(t -> new UnitCell());
        tree.getSelectionModel().selectedItemProperty().addListener((o, was, item) -> {
            Unit unit = item == null || item.getValue() == null ? null : item.getValue().unit();
            if (unit != null && !unit.equals(vm.selectedUnitProperty().get())) {
                vm.selectedUnitProperty().set(unit);
            }
        });
        VBox pane = new VBox(6, heading(new SimpleStringProperty(I18n.get(UnitsMsg.UNITS_TREE_HEADING))), tree);
        VBox.setVgrow(tree, Priority.ALWAYS);
        pane.getStyleClass().add("tm-units-pane");
        return pane;
    }

    private Node rightPane() {
        TableView<UnitIndicatorRow> indicators = new TableView<>(vm.unitIndicators());
        indicators.setId(INDICATORS_ID);
        Label placeholder = new Label();
        placeholder.textProperty().bind(vm.indicatorsPlaceholderProperty());
        indicators.setPlaceholder(placeholder);
        indicators.getColumns().addAll(List.of(
                atLeast(column(UnitsMsg.UNITS_COLUMN_CODE, UnitIndicatorRow::code, 70), 50),
                atLeast(column(UnitsMsg.UNITS_COLUMN_INDICATOR, UnitIndicatorRow::name, 300), 180),
                atLeast(column(UnitsMsg.UNITS_COLUMN_ROLE, UnitIndicatorRow::roleText, 70), 60),
                atLeast(statusColumn(), 110)));
        style(indicators);
        VBox top = new VBox(6, heading(vm.indicatorsHeadingProperty()), indicators);
        VBox.setVgrow(indicators, Priority.ALWAYS);
        top.getStyleClass().add("tm-units-pane");

        TableView<LeagueItem> league = new TableView<>(vm.league());
        league.setId(LEAGUE_ID);
        Label empty = new Label();
        empty.textProperty().bind(vm.leagueEmptyProperty());
        league.setPlaceholder(empty);
        TableColumn<LeagueItem, String> rank = atLeast(column(UnitsMsg.UNITS_COLUMN_RANK, LeagueItem::rank, 60), 50);
        rank.getStyleClass().add(Tweaks.ALIGN_CENTER);
        TableColumn<LeagueItem, String> onTrack =
                atLeast(column(UnitsMsg.UNITS_COLUMN_ON_TRACK, LeagueItem::onTrack, 130), 90);
        onTrack.getStyleClass().add("tm-number");
        TableColumn<LeagueItem, String> share = atLeast(column(UnitsMsg.UNITS_COLUMN_SHARE, LeagueItem::share, 110), 80);
        share.getStyleClass().add("tm-number");
        league.getColumns().addAll(List.of(rank, atLeast(column(UnitsMsg.UNITS_COLUMN_UNIT, LeagueItem::unitName, 220), 160),
                onTrack, share, atLeast(changeColumn(), 80)));
        style(league);
        Label note = new Label(vm.leagueNote());
        note.setWrapText(true);
        note.getStyleClass().addAll(Styles.TEXT_SMALL, "tm-units-note");
        VBox bottom = new VBox(6, heading(vm.leagueHeadingProperty()), league, note);
        VBox.setVgrow(league, Priority.ALWAYS);
        bottom.getStyleClass().add("tm-units-pane");

        SplitPane right = new SplitPane(top, bottom);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.45);
        return right;
    }

    private void rebuildTree() {
        TreeItem<UnitNode> hidden = new TreeItem<>();
        for (UnitNode node : vm.unitTree()) {
            hidden.getChildren().add(item(node));
        }
        tree.setRoot(hidden);
        selectInTree(vm.selectedUnitProperty().get());
    }

    private static TreeItem<UnitNode> item(UnitNode node) {
        TreeItem<UnitNode> item = new TreeItem<>(node);
        item.setExpanded(true);
        node.children().forEach(c -> item.getChildren().add(item(c)));
        return item;
    }

    private void selectInTree(Unit unit) {
        TreeItem<UnitNode> found = unit == null ? null : find(tree.getRoot(), unit.id());
        if (found == null) {
            tree.getSelectionModel().clearSelection();
        } else if (tree.getSelectionModel().getSelectedItem() != found) {
            tree.getSelectionModel().select(found);
            tree.scrollTo(Math.max(0, tree.getRow(found) - 3));
        }
    }

    private static TreeItem<UnitNode> find(TreeItem<UnitNode> item, long unitId) {
        if (item == null) {
            return null;
        }
        if (item.getValue() != null && item.getValue().unit().id() == unitId) {
            return item;
        }
        for (TreeItem<UnitNode> child : item.getChildren()) {
            TreeItem<UnitNode> found = find(child, unitId);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static Label heading(ObservableStringValue text) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.getStyleClass().addAll(Styles.TITLE_4, "tm-units-heading");
        return label;
    }

    private static void style(TableView<?> table) {
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED, "tm-units-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    }

    private static <R> TableColumn<R, String> column(MessageKey header, Function<R, String> value, double width) {
        TableColumn<R, String> column = new TableColumn<>(I18n.get(header));
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }

    /** No column shrinks below what its values need; a narrow pane scrolls sideways instead. */
    private static <R, T> TableColumn<R, T> atLeast(TableColumn<R, T> column, double minWidth) {
        column.setMinWidth(minWidth);
        return column;
    }

    private static TableColumn<UnitIndicatorRow, UnitIndicatorRow> statusColumn() {
        TableColumn<UnitIndicatorRow, UnitIndicatorRow> column = new TableColumn<>(I18n.get(UnitsMsg.UNITS_COLUMN_STATUS));
        column.setPrefWidth(130);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(UnitIndicatorRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setGraphic(dot(row.light()));
                setText(row.statusText());
                setAccessibleText(row.statusText() + " " + StatusTexts.light(row.light()));
            }
        });
        return column;
    }

    /** The arrow, coloured by direction, with the change in words in the tooltip and for screen readers. */
    private static TableColumn<LeagueItem, LeagueItem> changeColumn() {
        TableColumn<LeagueItem, LeagueItem> column = new TableColumn<>(I18n.get(UnitsMsg.UNITS_COLUMN_CHANGE));
        column.setPrefWidth(110);
        column.getStyleClass().add(Tweaks.ALIGN_CENTER);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LeagueItem item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("tm-units-up", "tm-units-down");
                if (empty || item == null) {
                    setText(null);
                    setTooltip(null);
                    setAccessibleText(null);
                    return;
                }
                setText(item.change());
                setTooltip(new Tooltip(item.changeWords()));
                setAccessibleText(item.changeWords());
                Integer change = item.row().rankChange();
                if (change != null && change != 0) {
                    getStyleClass().add(change > 0 ? "tm-units-up" : "tm-units-down");
                }
            }
        });
        return column;
    }

    private static Region dot(Light light) {
        Region dot = new Region();
        dot.getStyleClass().addAll("tm-light", StatusTexts.lightStyleClass(light));
        return dot;
    }

    /** A unit's name, with the number of the plan's indicators it answers for; idle units are muted. */
    private static final class UnitCell extends TreeCell<UnitNode> {
        @Override
        protected void updateItem(UnitNode node, boolean empty) {
            super.updateItem(node, empty);
            getStyleClass().remove("tm-units-idle");
            if (empty || node == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(null);
            setAccessibleText(node.label());
            Label name = new Label(node.label());
            HBox box = new HBox(6, name);
            if (node.indicatorCount() > 0) {
                Label count = new Label(String.valueOf(node.indicatorCount()));
                count.getStyleClass().addAll(Styles.TEXT_SMALL, "tm-units-count");
                box.getChildren().add(count);
            } else {
                getStyleClass().add("tm-units-idle");
            }
            setGraphic(box);
        }
    }
}
