package com.targetmonitor.ui.actuals;

import com.targetmonitor.model.Period;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One period cell of a row: the value shown, whether it can be typed into, and whether the last
 * attempt to store something in it failed. Cells live as long as their row, so the table keeps
 * its selection while values change underneath.
 */
public final class ActualsCell {

    private final int column;
    private final int endMonth;
    private final Period period;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyBooleanWrapper invalid = new ReadOnlyBooleanWrapper(this, "invalid");
    private Double value;

    ActualsCell(int column, int endMonth, Period period) {
        this.column = column;
        this.endMonth = endMonth;
        this.period = period;
    }

    /** Index of the period column (0 is 1-2月). */
    public int column() {
        return column;
    }

    /** The month the column ends in, 2 to 12. */
    public int endMonth() {
        return endMonth;
    }

    /** The period stored in this cell; null for a cell that takes no value (months of a quarterly indicator). */
    public Period period() {
        return period;
    }

    public boolean isEditable() {
        return period != null;
    }

    /** The stored value, or null. */
    public Double value() {
        return value;
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public String getText() {
        return text.get();
    }

    /** True while the cell holds text that was refused (not stored). */
    public ReadOnlyBooleanProperty invalidProperty() {
        return invalid.getReadOnlyProperty();
    }

    public boolean isInvalid() {
        return invalid.get();
    }

    void show(Double newValue, String newText) {
        value = newValue;
        text.set(newText);
    }

    void setInvalid(boolean refused) {
        invalid.set(refused);
    }
}
