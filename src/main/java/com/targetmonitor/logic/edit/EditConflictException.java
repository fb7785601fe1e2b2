package com.targetmonitor.logic.edit;

import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.ProgressNote;
import java.util.Objects;

/**
 * An edit of a value or a note that someone else changed after it was shown to this officer (another
 * window, another desk on a shared server, an import): nothing was written. It carries both sides, so
 * the officer can see them and choose: write their own again knowingly, or take the other's.
 */
public final class EditConflictException extends RuntimeException {

    private final long indicatorId;
    private final Period period;
    private final boolean note;
    private final Observation mine;
    private final Observation theirs;

    /**
     * @param note   whether the note was edited (else the value)
     * @param mine   what this officer wanted stored (null: cleared)
     * @param theirs what is stored now (null: nothing)
     */
    public EditConflictException(long indicatorId, Period period, boolean note, Observation mine, Observation theirs) {
        super("indicator " + indicatorId + " " + period + ": changed by someone else since it was shown");
        this.indicatorId = indicatorId;
        this.period = Objects.requireNonNull(period, "period");
        this.note = note;
        this.mine = mine;
        this.theirs = theirs;
    }

    public long indicatorId() {
        return indicatorId;
    }

    public Period period() {
        return period;
    }

    /** Whether the conflict is about the period's note (进展 / 存在问题 / 下一步措施) rather than its value. */
    public boolean aboutNote() {
        return note;
    }

    /** The value this officer typed (null: cleared). */
    public Double myValue() {
        return mine == null ? null : mine.value();
    }

    /** The value someone else stored in the meantime (null: none). */
    public Double theirValue() {
        return theirs == null ? null : theirs.value();
    }

    public ProgressNote myNote() {
        return mine == null ? ProgressNote.EMPTY : mine.note();
    }

    public ProgressNote theirNote() {
        return theirs == null ? ProgressNote.EMPTY : theirs.note();
    }
}
