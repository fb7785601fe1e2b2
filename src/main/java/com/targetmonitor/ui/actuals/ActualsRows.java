package com.targetmonitor.ui.actuals;

import com.targetmonitor.logic.status.StandingRow;
import com.targetmonitor.logic.workspace.WorkspaceQueries;
import com.targetmonitor.model.Frequency;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Plan;
import com.targetmonitor.ui.StatusTexts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The grid's rows, read from the workspace. A reload that finds the same indicators (same ids,
 * kinds, frequencies, tree and year) only updates texts and values in place, so the table keeps
 * its selection and scroll position while an officer types row after row.
 */
final class ActualsRows {

    private final ObservableList<ActualsRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ActualsRow> readOnly = FXCollections.unmodifiableObservableList(rows);
    private int year;

    ObservableList<ActualsRow> readOnly() {
        return readOnly;
    }

    int size() {
        return rows.size();
    }

    ActualsRow get(int index) {
        return rows.get(index);
    }

    /** The cell at a position, or null outside the grid. */
    ActualsCell cell(int row, int column) {
        if (row < 0 || row >= rows.size() || column < 0 || column >= ActualsGridViewModel.COLUMN_COUNT) {
            return null;
        }
        return rows.get(row).cell(column);
    }

    /** The texts of the cells as a block spanning them, cells in between left empty. */
    List<List<String>> texts(Collection<CellPosition> cells) {
        List<List<String>> block = new ArrayList<>();
        if (cells.isEmpty()) {
            return block;
        }
        int top = cells.stream().mapToInt(CellPosition::row).min().orElseThrow();
        int bottom = cells.stream().mapToInt(CellPosition::row).max().orElseThrow();
        int left = cells.stream().mapToInt(CellPosition::column).min().orElseThrow();
        int right = cells.stream().mapToInt(CellPosition::column).max().orElseThrow();
        for (int r = top; r <= bottom; r++) {
            List<String> line = new ArrayList<>();
            for (int c = left; c <= right; c++) {
                ActualsCell cell = cells.contains(new CellPosition(r, c)) ? cell(r, c) : null;
                line.add(cell == null ? "" : cell.getText());
            }
            block.add(line);
        }
        return block;
    }

    void clearAll() {
        rows.clear();
    }

    void forEachCell(Consumer<ActualsCell> action) {
        rows.forEach(r -> r.cells().forEach(action));
    }

    /**
     * Reads the plan's indicators (in display order) and values.
     *
     * @return true when the rows were built anew (the old row objects are gone)
     */
    boolean load(WorkspaceQueries queries, Plan plan, List<StandingRow> ordered, boolean rebuild) {
        if (plan == null) {
            rows.clear();
            return true;
        }
        // The status rows give the display order (parents, then their parts) and the depth.
        Map<Long, List<Observation>> observations = queries.observations(plan.id());
        boolean build = rebuild || plan.year() != year || !sameShape(ordered);
        if (build) {
            year = plan.year();
            List<ActualsRow> built = new ArrayList<>();
            for (StandingRow s : ordered) {
                built.add(newRow(s.standing().indicator(), s.depth()));
            }
            rows.setAll(built);
        }
        for (int i = 0; i < rows.size(); i++) {
            ActualsRow row = rows.get(i);
            Indicator indicator = ordered.get(i).standing().indicator();
            row.update(indicator, unitText(indicator));
            fill(row, observations.getOrDefault(indicator.id(), List.of()));
        }
        return build;
    }

    /** Shows the indicator's values again (after a typed value, an undo): its row only. */
    void refill(long indicatorId, List<Observation> observations) {
        for (ActualsRow row : rows) {
            if (row.indicator().id() == indicatorId) {
                fill(row, observations);
            }
        }
    }

    private boolean sameShape(List<StandingRow> ordered) {
        if (ordered.size() != rows.size()) {
            return false;
        }
        for (int i = 0; i < ordered.size(); i++) {
            Indicator now = ordered.get(i).standing().indicator();
            ActualsRow row = rows.get(i);
            Indicator before = row.indicator();
            if (!now.id().equals(before.id()) || now.kind() != before.kind() || now.frequency() != before.frequency()
                    || ordered.get(i).depth() != row.depth()) {
                return false;
            }
        }
        return true;
    }

    private ActualsRow newRow(Indicator indicator, int depth) {
        List<ActualsCell> cells = new ArrayList<>();
        for (int c = 0; c < ActualsGridViewModel.COLUMN_COUNT; c++) {
            int endMonth = ActualsGridViewModel.FIRST_END_MONTH + c;
            cells.add(new ActualsCell(c, endMonth, period(indicator.frequency(), endMonth)));
        }
        return new ActualsRow(indicator, depth, cells, unitText(indicator));
    }

    /**
     * The period a column stores for the indicator. GDP and other quarterly figures exist only for
     * 一季度 / 上半年 / 前三季度 / 全年, shown in the columns of March, June, September, December.
     */
    private Period period(Frequency frequency, int endMonth) {
        if (frequency == Frequency.QUARTERLY) {
            return endMonth % 3 == 0 ? Period.quarter(year, endMonth / 3) : null;
        }
        return Period.month(year, endMonth);
    }

    private static void fill(ActualsRow row, List<Observation> observations) {
        Map<Period, Double> values = new HashMap<>();
        observations.forEach(o -> values.put(o.period(), o.value()));
        IndicatorKind kind = row.indicator().kind();
        for (ActualsCell cell : row.cells()) {
            Double value = cell.period() == null ? null : values.get(cell.period());
            cell.show(value, ActualsTexts.value(kind, value));
        }
    }

    private static String unitText(Indicator indicator) {
        if (indicator.kind() == IndicatorKind.MILESTONE && indicator.unitOfMeasure().isBlank()) {
            return StatusTexts.kind(IndicatorKind.MILESTONE);
        }
        return indicator.unitOfMeasure();
    }
}
