package com.targetmonitor.logic.edit;

import com.targetmonitor.model.Indicator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A change or deletion of an indicator that someone else changed (or deleted) after it was shown to this
 * officer: nothing was written. It carries what this officer wanted and what is stored now, so the form
 * can show, field by field, where they differ and let the officer choose.
 */
public final class IndicatorConflictException extends RuntimeException {

    private final Indicator shown;
    private final Indicator mine;
    private final Indicator stored;

    /**
     * @param shown  the indicator as it was shown
     * @param mine   what this officer wanted stored (null: the indicator deleted)
     * @param stored what is stored now (null: someone else deleted it)
     */
    public IndicatorConflictException(Indicator shown, Indicator mine, Indicator stored) {
        super("indicator " + Objects.requireNonNull(shown, "shown").name() + " (" + shown.id()
                + "): changed by someone else since it was shown");
        this.shown = shown;
        this.mine = mine;
        this.stored = stored;
    }

    public Indicator shown() {
        return shown;
    }

    /** What this officer wanted stored; empty when they were deleting it. */
    public Optional<Indicator> mine() {
        return Optional.ofNullable(mine);
    }

    /** What is stored now; empty when someone else deleted the indicator. */
    public Optional<Indicator> stored() {
        return Optional.ofNullable(stored);
    }

    /**
     * The fields to show: for a change, where this officer's indicator and the stored one differ (writing
     * theirs again would put back exactly these); for a deletion, what the other changed since it was shown.
     */
    public List<IndicatorField> differing() {
        if (stored == null) {
            return List.of();
        }
        return IndicatorField.differing(mine != null ? mine : shown, stored);
    }
}
