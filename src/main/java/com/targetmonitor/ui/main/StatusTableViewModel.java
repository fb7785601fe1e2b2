package com.targetmonitor.ui.main;

import com.targetmonitor.logic.status.PlanStatus;
import com.targetmonitor.logic.status.StandingRow;
import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Light;
import com.targetmonitor.model.Status;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The status table's state: the rows of the current plan and month grouped by category with their
 * decomposed parts nested, the summary tiles, and the filters. A row stays visible when one of its
 * parts passes the filters, so a lagging county shows under its city-wide indicator.
 */
public final class StatusTableViewModel {

    /** The six tiles officers always expect; the others appear when they have indicators. */
    static final List<Status> ALWAYS_SHOWN = List.of(Status.COMPLETED, Status.AHEAD, Status.BEHIND, Status.MET,
            Status.MISSED, Status.NO_DATA);

    private final ObjectProperty<PlanStatus> status = new SimpleObjectProperty<>(this, "status");
    private final ObjectProperty<StatusFilter> filter = new SimpleObjectProperty<>(this, "filter", StatusFilter.NONE);
    private final ObservableList<CategoryGroup> groups = FXCollections.observableArrayList();
    private final ObservableList<StatusTile> tiles = FXCollections.observableArrayList();
    private final ObservableList<String> unitChoices = FXCollections.observableArrayList();
    private final ObservableList<String> categoryChoices = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper visibleCount = new ReadOnlyIntegerWrapper(this, "visibleCount");
    private final ReadOnlyIntegerWrapper totalCount = new ReadOnlyIntegerWrapper(this, "totalCount");
    private final IntegerProperty zoomPercent = new SimpleIntegerProperty(this, "zoomPercent", DEFAULT_ZOOM);
    private final BooleanProperty detailShown = new SimpleBooleanProperty(this, "detailShown", true);

    /** The table's text size in percent of the window's; Ctrl + / − / 0 step it. */
    public static final int DEFAULT_ZOOM = 100;
    public static final int MIN_ZOOM = 70;
    public static final int MAX_ZOOM = 200;
    static final int ZOOM_STEP = 10;

    public StatusTableViewModel() {
        status.addListener((obs, old, now) -> {
            refreshChoices();
            if (!samePlan(old, now) && !filter.get().equals(StatusFilter.NONE)) {
                // Another plan opens with every indicator shown: filters of the last plan would hide rows
                // (its units and categories may not even exist here). This refreshes through the filter.
                filter.set(StatusFilter.NONE);
            } else {
                refresh();
            }
        });
        filter.addListener((obs, old, now) -> refresh());
    }

    public ObjectProperty<PlanStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<StatusFilter> filterProperty() {
        return filter;
    }

    public ObservableList<CategoryGroup> groups() {
        return groups;
    }

    public ObservableList<StatusTile> tiles() {
        return tiles;
    }

    /** Responsible units of the plan's indicators, for the unit filter. */
    public ObservableList<String> unitChoices() {
        return unitChoices;
    }

    public ObservableList<String> categoryChoices() {
        return categoryChoices;
    }

    public ReadOnlyIntegerProperty visibleCountProperty() {
        return visibleCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty totalCountProperty() {
        return totalCount.getReadOnlyProperty();
    }

    /** The table's text size in percent; kept between {@value #MIN_ZOOM} and {@value #MAX_ZOOM}. */
    public IntegerProperty zoomPercentProperty() {
        return zoomPercent;
    }

    public void zoomIn() {
        setZoom(zoomPercent.get() + ZOOM_STEP);
    }

    public void zoomOut() {
        setZoom(zoomPercent.get() - ZOOM_STEP);
    }

    public void zoomReset() {
        setZoom(DEFAULT_ZOOM);
    }

    /** Sets the text size, brought into range (a remembered value may come from a hand-edited file). */
    public void setZoom(int percent) {
        zoomPercent.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, percent)));
    }

    /** Whether the detail pane is shown beside the table; hidden, the table takes the whole width. */
    public BooleanProperty detailShownProperty() {
        return detailShown;
    }

    /** Clicking a tile shows only that status; clicking it again shows everything. */
    public void toggleTile(Status tileStatus) {
        StatusFilter f = filter.get();
        Set<Status> next = f.statuses().equals(Set.of(tileStatus)) ? Set.of() : Set.of(tileStatus);
        filter.set(new StatusFilter(next, f.lights(), f.units(), f.categories(), f.kinds(), f.search()));
    }

    public void setStatuses(Set<Status> statuses) {
        StatusFilter f = filter.get();
        filter.set(new StatusFilter(statuses, f.lights(), f.units(), f.categories(), f.kinds(), f.search()));
    }

    public void setLights(Set<Light> lights) {
        StatusFilter f = filter.get();
        filter.set(new StatusFilter(f.statuses(), lights, f.units(), f.categories(), f.kinds(), f.search()));
    }

    public void setUnits(Set<String> units) {
        StatusFilter f = filter.get();
        filter.set(new StatusFilter(f.statuses(), f.lights(), units, f.categories(), f.kinds(), f.search()));
    }

    public void setCategories(Set<String> categories) {
        StatusFilter f = filter.get();
        filter.set(new StatusFilter(f.statuses(), f.lights(), f.units(), categories, f.kinds(), f.search()));
    }

    public void setKinds(Set<IndicatorKind> kinds) {
        StatusFilter f = filter.get();
        filter.set(new StatusFilter(f.statuses(), f.lights(), f.units(), f.categories(), kinds, f.search()));
    }

    public void setSearch(String search) {
        StatusFilter f = filter.get();
        filter.set(new StatusFilter(f.statuses(), f.lights(), f.units(), f.categories(), f.kinds(), search));
    }

    public void clearFilters() {
        filter.set(StatusFilter.NONE);
    }

    private static boolean samePlan(PlanStatus a, PlanStatus b) {
        return a != null && b != null && java.util.Objects.equals(a.plan().id(), b.plan().id());
    }

    /** Every row that passes the filters, in table order (parents before their parts). */
    public List<StandingRow> visibleRows() {
        List<StandingRow> out = new ArrayList<>();
        groups.forEach(g -> g.rows().forEach(n -> flatten(n, out)));
        return out;
    }

    private static void flatten(RowNode node, List<StandingRow> out) {
        out.add(node.row());
        node.children().forEach(c -> flatten(c, out));
    }

    private void refreshChoices() {
        PlanStatus s = status.get();
        Set<String> units = new TreeSet<>();
        Set<String> categories = new LinkedHashSet<>();
        if (s != null) {
            for (StandingRow r : s.rows()) {
                if (!r.leadUnitName().isEmpty()) {
                    units.add(r.leadUnitName());
                }
                for (String support : r.supportUnitNames().split("、")) {
                    if (!support.isBlank()) {
                        units.add(support);
                    }
                }
                categories.add(r.categoryName());
            }
        }
        // Set only when they differ: the filter boxes keep their checks across months and edits.
        if (!unitChoices.equals(new ArrayList<>(units))) {
            unitChoices.setAll(units);
        }
        if (!categoryChoices.equals(new ArrayList<>(categories))) {
            categoryChoices.setAll(categories);
        }
    }

    private void refresh() {
        PlanStatus s = status.get();
        StatusFilter f = filter.get();
        List<CategoryGroup> result = new ArrayList<>();
        int visible = 0;
        if (s != null) {
            Map<String, List<RowNode>> byCategory = new LinkedHashMap<>();
            List<StandingRow> rows = s.rows();
            int i = 0;
            while (i < rows.size()) {
                int end = subtreeEnd(rows, i);
                RowNode node = filtered(rows, i, end, f);
                if (node != null) {
                    byCategory.computeIfAbsent(rows.get(i).categoryName(), k -> new ArrayList<>()).add(node);
                }
                i = end;
            }
            for (Map.Entry<String, List<RowNode>> e : byCategory.entrySet()) {
                result.add(new CategoryGroup(e.getKey(), e.getValue()));
            }
        }
        groups.setAll(result);
        visible = visibleRows().size();
        visibleCount.set(visible);
        totalCount.set(s == null ? 0 : s.rows().size());
        refreshTiles(s, f);
    }

    /** Rows come parent first with deeper rows after it; the subtree of row i ends at the next row as shallow. */
    private static int subtreeEnd(List<StandingRow> rows, int start) {
        int depth = rows.get(start).depth();
        int end = start + 1;
        while (end < rows.size() && rows.get(end).depth() > depth) {
            end++;
        }
        return end;
    }

    private static RowNode filtered(List<StandingRow> rows, int start, int end, StatusFilter f) {
        List<RowNode> children = new ArrayList<>();
        int i = start + 1;
        while (i < end) {
            int childEnd = subtreeEnd(rows, i);
            RowNode child = filtered(rows, i, childEnd, f);
            if (child != null) {
                children.add(child);
            }
            i = childEnd;
        }
        StandingRow row = rows.get(start);
        return f.accepts(row) || !children.isEmpty() ? new RowNode(row, children) : null;
    }

    private void refreshTiles(PlanStatus s, StatusFilter f) {
        Map<Status, Integer> counts = s == null ? Map.of() : s.countsByStatus();
        List<StatusTile> next = new ArrayList<>();
        for (Status st : EnumSet.allOf(Status.class)) {
            int count = counts.getOrDefault(st, 0);
            if (ALWAYS_SHOWN.contains(st) || count > 0) {
                next.add(new StatusTile(st, count, f.statuses().equals(Set.of(st))));
            }
        }
        // Equal tiles (an edit that moved no indicator to another status) leave the buttons alone.
        if (!tiles.equals(next)) {
            tiles.setAll(next);
        }
    }
}
