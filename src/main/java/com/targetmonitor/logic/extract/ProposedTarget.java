package com.targetmonitor.logic.extract;

import com.targetmonitor.model.Direction;
import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Qualifier;
import com.targetmonitor.model.Target;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A target read from a sentence, proposed to the officer as an indicator of the plan.
 *
 * @param value    the 确保 level; negative for 下降 targets; null for milestones
 * @param stretch  the 力争 level, or the upper end of a range ("5~8条"), or null
 * @param deadline for milestones, the date by which it is due
 * @param lead     the lead unit when the sentence names one ("工信局要…"), else empty
 */
public record ProposedTarget(String name, IndicatorKind kind, Double value, String unit, Qualifier qualifier,
                             Direction direction, Double stretch, LocalDate deadline, String lead, Sentence sentence) {

    public ProposedTarget {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        unit = Objects.requireNonNullElse(unit, "");
        qualifier = Objects.requireNonNullElse(qualifier, Qualifier.NONE);
        direction = Objects.requireNonNullElse(direction, Direction.HIGHER_BETTER);
        lead = Objects.requireNonNullElse(lead, "");
    }

    public Target target() {
        return new Target(value, qualifier, direction, stretch, deadline);
    }

    public ProposedTarget withName(String newName) {
        return new ProposedTarget(newName, kind, value, unit, qualifier, direction, stretch, deadline, lead, sentence);
    }

    public ProposedTarget withStretch(Double newStretch) {
        return new ProposedTarget(name, kind, value, unit, qualifier, direction, newStretch, deadline, lead, sentence);
    }

    public ProposedTarget withQualifier(Qualifier newQualifier) {
        return new ProposedTarget(name, kind, value, unit, newQualifier, direction, stretch, deadline, lead, sentence);
    }

    public ProposedTarget withDirection(Direction newDirection) {
        return new ProposedTarget(name, kind, value, unit, qualifier, newDirection, stretch, deadline, lead, sentence);
    }
}
