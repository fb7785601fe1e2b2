package com.targetmonitor.logic.entry;

import com.targetmonitor.logic.edit.ObservationEdit;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Origin;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.ProgressNote;
import com.targetmonitor.persistence.Workspace;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds the undoable edits of the actuals grid: a period's value or its progress note, keeping
 * whatever else the period's observation holds (同比增长, the note, or the value).
 * Nothing is returned when nothing would change, so an unchanged cell adds no undo step.
 */
public final class ActualsEdits {

    private final Workspace workspace;

    public ActualsEdits(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
    }

    /**
     * Sets (value null: clears) the period's value. A changed value is the officer's own, so it is
     * marked typed and loses the source sentence that backed the old value; growth and note stay.
     * An observation left with nothing in it is removed. The edit stores only if the value is still
     * {@code shown}, the one the officer saw (else {@link com.targetmonitor.logic.edit.EditConflictException}).
     */
    public Optional<ObservationEdit> setValue(String description, long indicatorId, Period period, Double shown,
                                              Double value) {
        Optional<Observation> current = workspace.observations().find(indicatorId, period);
        // Nothing the officer changed (a cell left as shown), or already what is stored: no step.
        if (Objects.equals(shown, value) || Objects.equals(current.map(Observation::value).orElse(null), value)) {
            return Optional.empty();
        }
        Observation after = null;
        if (current.isPresent()) {
            Observation c = current.get();
            if (value != null || c.yoyGrowth() != null || !c.note().isEmpty()) {
                after = new Observation(null, indicatorId, period, value, c.yoyGrowth(), c.note(), Origin.TYPED, "");
            }
        } else {
            after = Observation.of(indicatorId, period, value);
        }
        return Optional.of(ObservationEdit.replaceShownValue(workspace, description, indicatorId, period, shown, after));
    }

    /**
     * Sets the period's note (进展 / 存在问题 / 下一步措施), keeping its value, growth, origin and source.
     * A note for a period without a value is kept as an observation without a value. Stored only if the
     * note is still {@code shown}, the one the officer started from.
     */
    public Optional<ObservationEdit> setNote(String description, long indicatorId, Period period, ProgressNote shown,
                                             ProgressNote note) {
        ProgressNote wanted = note == null ? ProgressNote.EMPTY : note;
        Optional<Observation> current = workspace.observations().find(indicatorId, period);
        ProgressNote before = current.map(Observation::note).orElse(ProgressNote.EMPTY);
        if (wanted.equals(shown) || before.equals(wanted) || (current.isEmpty() && wanted.isEmpty())) {
            return Optional.empty();
        }
        Observation after;
        if (current.isPresent()) {
            Observation c = current.get();
            after = c.value() == null && c.yoyGrowth() == null && wanted.isEmpty() ? null
                    : new Observation(null, indicatorId, period, c.value(), c.yoyGrowth(), wanted, c.origin(),
                    c.sourceSentence());
        } else {
            after = new Observation(null, indicatorId, period, null, null, wanted, Origin.TYPED, "");
        }
        return Optional.of(ObservationEdit.replaceShownNote(workspace, description, indicatorId, period,
                shown == null ? ProgressNote.EMPTY : shown, after));
    }

    /** The note stored for the period, empty when there is none. */
    public ProgressNote note(long indicatorId, Period period) {
        return workspace.observations().find(indicatorId, period).map(Observation::note).orElse(ProgressNote.EMPTY);
    }
}
