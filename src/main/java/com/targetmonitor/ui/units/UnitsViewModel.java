package com.targetmonitor.ui.units;

import com.targetmonitor.logic.league.LeagueRow;
import com.targetmonitor.logic.league.UnitLeague;
import com.targetmonitor.logic.status.PlanStatus;
import com.targetmonitor.logic.status.StandingRow;
import com.targetmonitor.logic.workspace.WorkspaceQueries;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.Responsibility;
import com.targetmonitor.model.Standing;
import com.targetmonitor.model.Unit;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.StatusTexts;
import com.targetmonitor.ui.state.StandingUpdate;
import com.targetmonitor.ui.state.ViewId;
import com.targetmonitor.ui.state.WindowState;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of the units view: the workspace's responsible units as a tree, the indicators of the
 * selected unit in the plan with its part in each (牵头/配合), and the league table of lead units at
 * the as-of month ({@link UnitLeague}), all from the window's one standing. Follows its updates
 * while the units tab is shown; a hidden tab only notes that it is behind and catches up when
 * shown. Changed on the JavaFX application thread (or a test's thread).
 */
public final class UnitsViewModel {

    /** The units' tab (责任单位): it rebuilds only while it is on screen. */
    public static final ViewId VIEW = new ViewId("units");

    private static final Logger LOG = LoggerFactory.getLogger(UnitsViewModel.class);

    private final WindowState state;
    private final Consumer<StandingUpdate> onUpdate = u -> refreshIfShown();
    private final InvalidationListener onShown = o -> catchUp();
    /** Behind the standing while hidden. */
    private boolean stale = true;

    private List<Unit> units = List.of();
    private List<StandingRow> rows = List.of();

    private final ObservableList<UnitNode> tree = FXCollections.observableArrayList();
    private final ObservableList<UnitIndicatorRow> unitIndicators = FXCollections.observableArrayList();
    private final ObservableList<LeagueItem> league = FXCollections.observableArrayList();
    private final ObjectProperty<Unit> selectedUnit = new SimpleObjectProperty<>(this, "selectedUnit");
    private final ReadOnlyStringWrapper indicatorsHeading = new ReadOnlyStringWrapper(this, "indicatorsHeading", "");
    private final ReadOnlyStringWrapper indicatorsPlaceholder =
            new ReadOnlyStringWrapper(this, "indicatorsPlaceholder", "");
    private final ReadOnlyStringWrapper leagueHeading = new ReadOnlyStringWrapper(this, "leagueHeading", "");
    private final ReadOnlyStringWrapper leagueEmpty = new ReadOnlyStringWrapper(this, "leagueEmpty", "");

    /** Follows the window state's standing while the units tab is shown; hidden, it does nothing until shown. */
    public UnitsViewModel(WindowState state) {
        this.state = Objects.requireNonNull(state, "state");
        state.addListener(onUpdate);
        state.shownViewProperty().addListener(onShown);
        selectedUnit.addListener((o, was, unit) -> showUnitIndicators());
        // Built with the window, whose start shows the status tab: the units are read when this tab is shown.
        refreshIfShown();
    }

    /** Shows the plan at the as-of month (selects them in the window state) and reads the units now. */
    public void setPlan(Plan plan, AsOf asOf) {
        state.select(plan, asOf);
        refresh();
    }

    private boolean isShown() {
        return state.isShown(VIEW);
    }

    private void catchUp() {
        if (stale && isShown()) {
            refresh();
        }
    }

    private void refreshIfShown() {
        if (isShown()) {
            refresh();
        } else {
            stale = true;
        }
    }

    /** Reads units and the league again for the window's standing; keeps the selected unit if it is still there. */
    public void refresh() {
        stale = false;
        WorkspaceQueries queries = state.session().queries();
        PlanStatus standing = state.standing();
        AsOf asOf = standing == null ? null : standing.asOf();
        List<LeagueRow> table = List.of();
        try {
            units = queries.units();
            rows = standing == null ? List.of() : standing.rows();
            if (standing != null) {
                table = queries.league(standing);
            }
        } catch (RuntimeException e) {
            LOG.warn("cannot read the units of {}", queries.file(), e);
            units = List.of();
            rows = List.of();
        }
        tree.setAll(UnitTree.build(units, rows));
        league.setAll(table.stream().map(LeagueTexts::item).toList());
        String month = asOf == null ? ""
                : I18n.get(UnitsMsg.UNITS_MONTH, asOf.month().getYear(), asOf.month().getMonthValue());
        leagueHeading.set(I18n.get(UnitsMsg.UNITS_LEAGUE_HEADING, month));
        leagueEmpty.set(I18n.get(UnitsMsg.UNITS_LEAGUE_EMPTY, month));
        Unit selected = selectedUnit.get();
        selectedUnit.set(selected == null ? null
                : units.stream().filter(u -> u.id().equals(selected.id())).findFirst().orElse(null));
        showUnitIndicators();
    }

    /** Stops following the window state; call when the view is thrown away. */
    public void dispose() {
        state.removeListener(onUpdate);
        state.shownViewProperty().removeListener(onShown);
    }

    private void showUnitIndicators() {
        Unit unit = selectedUnit.get();
        List<UnitIndicatorRow> list = new ArrayList<>();
        if (unit != null) {
            for (StandingRow row : rows) {
                Standing s = row.standing();
                Indicator i = s.indicator();
                i.responsibilities().stream().filter(r -> r.unitId() == unit.id()).map(Responsibility::role)
                        .findFirst().ifPresent(role -> list.add(new UnitIndicatorRow(i.id(), i.code(), i.name(), role,
                                LeagueTexts.role(role), s.status(), StatusTexts.word(s.status()), s.light())));
            }
        }
        unitIndicators.setAll(list);
        indicatorsHeading.set(unit == null ? I18n.get(UnitsMsg.UNITS_INDICATORS_NONE_SELECTED)
                : I18n.get(UnitsMsg.UNITS_INDICATORS_HEADING, unit.name()));
        indicatorsPlaceholder.set(I18n.get(unit == null
                ? UnitsMsg.UNITS_INDICATORS_NONE_SELECTED : UnitsMsg.UNITS_INDICATORS_EMPTY));
    }

    /** The units without a parent (cities, and bodies outside any city), each with its subtree. */
    public ObservableList<UnitNode> unitTree() {
        return tree;
    }

    /** The unit whose indicators are listed; the tree's selection. */
    public ObjectProperty<Unit> selectedUnitProperty() {
        return selectedUnit;
    }

    /** Selects the unit of that name, if there is one; returns whether it was found. */
    public boolean selectUnit(String name) {
        Optional<Unit> unit = units.stream().filter(u -> u.name().equals(name)).findFirst();
        unit.ifPresent(selectedUnit::set);
        return unit.isPresent();
    }

    /** The selected unit's indicators in the plan, in plan order. */
    public ObservableList<UnitIndicatorRow> unitIndicators() {
        return unitIndicators;
    }

    /** "金昌市人社局在本计划中的指标", or what to do when no unit is selected. */
    public ReadOnlyStringProperty indicatorsHeadingProperty() {
        return indicatorsHeading.getReadOnlyProperty();
    }

    /** What the list says when it is empty. */
    public ReadOnlyStringProperty indicatorsPlaceholderProperty() {
        return indicatorsPlaceholder.getReadOnlyProperty();
    }

    /** The league table of lead units, best first. */
    public ObservableList<LeagueItem> league() {
        return league;
    }

    /** The line of the league table for a unit, if it is ranked. */
    public Optional<LeagueItem> leagueItem(String unitName) {
        return league.stream().filter(i -> i.unitName().equals(unitName)).findFirst();
    }

    public ReadOnlyStringProperty leagueHeadingProperty() {
        return leagueHeading.getReadOnlyProperty();
    }

    /** What the league table says when no unit can be ranked. */
    public ReadOnlyStringProperty leagueEmptyProperty() {
        return leagueEmpty.getReadOnlyProperty();
    }

    /** How the league is counted, printed under it. */
    public String leagueNote() {
        return I18n.get(UnitsMsg.UNITS_LEAGUE_NOTE);
    }
}
