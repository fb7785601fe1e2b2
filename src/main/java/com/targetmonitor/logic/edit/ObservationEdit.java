package com.targetmonitor.logic.edit;

import com.targetmonitor.logic.change.Change;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Period;
import com.targetmonitor.persistence.Workspace;
import java.util.Objects;
import java.util.Optional;

/**
 * Sets (or clears) an indicator's value for one period, keeping what was there to put it back.
 * The period's row is found by indicator and period, so undo works even after the row's id changed.
 */
public final class ObservationEdit implements Edit {

    private final String description;
    private final long indicatorId;
    private final Period period;
    private final Observation before;
    private final Observation after;

    private ObservationEdit(String description, long indicatorId, Period period, Observation before,
                            Observation after) {
        this.description = description;
        this.indicatorId = indicatorId;
        this.period = period;
        this.before = before;
        this.after = after;
    }

    /**
     * An edit that stores {@code after} (null: removes the period's observation) in place of what the
     * workspace holds now.
     */
    public static ObservationEdit replace(Workspace workspace, String description, long indicatorId, Period period,
                                          Observation after) {
        if (after != null && (after.indicatorId() != indicatorId || !after.period().equals(period))) {
            throw new IllegalArgumentException("observation is for another indicator or period");
        }
        Optional<Observation> current = workspace.observations().find(indicatorId, period);
        return new ObservationEdit(description, indicatorId, period, current.map(o -> o.withId(null)).orElse(null),
                after == null ? null : after.withId(null));
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Change change() {
        return Change.Values.of(indicatorId, period);
    }

    @Override
    public void apply(Workspace workspace) {
        put(workspace, after);
    }

    @Override
    public void revert(Workspace workspace) {
        put(workspace, before);
    }

    private void put(Workspace workspace, Observation value) {
        if (value == null) {
            workspace.observations().find(indicatorId, period).ifPresent(o -> workspace.observations().delete(o.id()));
        } else {
            workspace.observations().save(value);
        }
    }

    public Observation before() {
        return before;
    }

    public Observation after() {
        return after;
    }

    @Override
    public String toString() {
        return "ObservationEdit[" + indicatorId + " " + period + ": " + value(before) + " -> " + value(after) + "]";
    }

    private static String value(Observation o) {
        return o == null ? "none" : Objects.toString(o.value());
    }
}
