package com.targetmonitor.logic.edit;

import com.targetmonitor.logic.change.Change;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.ProgressNote;
import com.targetmonitor.persistence.Workspace;
import java.util.Objects;
import java.util.Optional;

/**
 * Sets (or clears) an indicator's value for one period, keeping what was there to put it back.
 * The period's row is found by indicator and period, so undo works even after the row's id changed.
 * An edit made from what an officer was shown ({@link #replaceShownValue}, {@link #replaceShownNote})
 * writes only if that is still what is stored, else it throws {@link EditConflictException} having
 * written nothing; undo puts back what was there without asking.
 */
public final class ObservationEdit implements Edit {

    private final String description;
    private final long indicatorId;
    private final Period period;
    private final Observation before;
    private final Observation after;
    /** What the officer was shown: the value or the note; null: not guarded. */
    private final Shown shown;

    /** What an officer saw of a period before changing it: its value, or (note set) its note. */
    private record Shown(Double value, ProgressNote note) {
    }

    private ObservationEdit(String description, long indicatorId, Period period, Observation before,
                            Observation after, Shown shown) {
        this.description = description;
        this.indicatorId = indicatorId;
        this.period = period;
        this.before = before;
        this.after = after;
        this.shown = shown;
    }

    /**
     * An edit that stores {@code after} (null: removes the period's observation) if the period's value
     * is still {@code shownValue} when it is applied (null: the officer saw no value).
     */
    public static ObservationEdit replaceShownValue(Workspace workspace, String description, long indicatorId,
                                                    Period period, Double shownValue, Observation after) {
        return guarded(replace(workspace, description, indicatorId, period, after), new Shown(shownValue, null));
    }

    /** An edit that stores {@code after} if the period's note is still {@code shownNote} when it is applied. */
    public static ObservationEdit replaceShownNote(Workspace workspace, String description, long indicatorId,
                                                   Period period, ProgressNote shownNote, Observation after) {
        return guarded(replace(workspace, description, indicatorId, period, after),
                new Shown(null, Objects.requireNonNull(shownNote, "shownNote")));
    }

    private static ObservationEdit guarded(ObservationEdit e, Shown shown) {
        return new ObservationEdit(e.description, e.indicatorId, e.period, e.before, e.after, shown);
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
                after == null ? null : after.withId(null), null);
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
        if (shown == null) {
            put(workspace, after);
            return;
        }
        var observations = workspace.observations();
        boolean stored = shown.note() != null
                ? observations.replaceIfNote(indicatorId, period, shown.note(), after)
                : observations.replaceIfValue(indicatorId, period, shown.value(), after);
        if (!stored) {
            throw new EditConflictException(indicatorId, period, shown.note() != null, after,
                    observations.find(indicatorId, period).orElse(null));
        }
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
