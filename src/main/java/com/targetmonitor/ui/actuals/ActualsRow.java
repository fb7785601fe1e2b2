package com.targetmonitor.ui.actuals;

import com.targetmonitor.model.Indicator;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One indicator of the grid with its period cells. Texts follow the stored indicator on refresh. */
public final class ActualsRow {

    private Indicator indicator;
    private final int depth;
    private final List<ActualsCell> cells;
    private final ReadOnlyStringWrapper code = new ReadOnlyStringWrapper(this, "code");
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name");
    private final ReadOnlyStringWrapper unit = new ReadOnlyStringWrapper(this, "unit");

    ActualsRow(Indicator indicator, int depth, List<ActualsCell> cells, String unitText) {
        this.depth = depth;
        this.cells = List.copyOf(cells);
        update(indicator, unitText);
    }

    public Indicator indicator() {
        return indicator;
    }

    /** 0 for a plan-level indicator, 1 for a decomposed part ("其中："), and so on. */
    public int depth() {
        return depth;
    }

    /** The period cells, one per column (1-2月, 3月 … 12月). */
    public List<ActualsCell> cells() {
        return cells;
    }

    public ActualsCell cell(int column) {
        return cells.get(column);
    }

    public ReadOnlyStringProperty codeProperty() {
        return code.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    /** The unit of measure; for a milestone, the word for its kind, so officers know it takes 完成. */
    public ReadOnlyStringProperty unitProperty() {
        return unit.getReadOnlyProperty();
    }

    public String getName() {
        return name.get();
    }

    void update(Indicator newIndicator, String unitText) {
        indicator = newIndicator;
        code.set(newIndicator.code());
        name.set(newIndicator.name());
        unit.set(unitText);
    }
}
