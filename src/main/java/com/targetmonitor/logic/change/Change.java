package com.targetmonitor.logic.change;

import com.targetmonitor.model.Period;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * What a change to the workspace touched, published after every edit, undo, redo, import and
 * restore, so each view refreshes only what it shows of it: a typed value needs one cell of the
 * grid and the standing, a new indicator needs the rows rebuilt, another workspace needs all.
 */
public sealed interface Change {

    /** One value (or its note) of one indicator for one period. */
    record Cell(long indicatorId, Period period) {
        public Cell {
            Objects.requireNonNull(period, "period");
        }
    }

    /** Values (actuals, notes) of these cells changed; indicators, plans and units did not. */
    record Values(Set<Cell> cells) implements Change {
        public Values {
            cells = Set.copyOf(cells);
        }

        public static Values of(long indicatorId, Period period) {
            return new Values(Set.of(new Cell(indicatorId, period)));
        }

        /** The indicators whose values changed. */
        public Set<Long> indicatorIds() {
            Set<Long> ids = new LinkedHashSet<>();
            cells.forEach(c -> ids.add(c.indicatorId()));
            return ids;
        }
    }

    /**
     * The structure changed: plans, indicators, targets, categories or units were created, edited
     * or deleted (or imported). Whatever reads them reads them again.
     */
    record Structure() implements Change {
    }

    /** The status rules (bands, tolerances) of a plan changed: standings change, rows do not. */
    record Rules(long planId) implements Change {
    }

    /** Another workspace file is open (opened, or restored from a backup): everything is new. */
    record WorkspaceReplaced() implements Change {
    }

    /** Whether indicators, plans or units may have changed (rows must be rebuilt). */
    default boolean structural() {
        return this instanceof Structure || this instanceof WorkspaceReplaced;
    }

    /**
     * The one change that covers all of them, for a step made of several edits: the values of all
     * cells when only values changed, else a structure change (which covers rules and values), and
     * a replaced workspace covers everything.
     */
    static Change merge(Collection<Change> changes) {
        if (changes.isEmpty()) {
            return new Values(Set.of());
        }
        if (changes.stream().anyMatch(c -> c instanceof WorkspaceReplaced)) {
            return new WorkspaceReplaced();
        }
        if (changes.size() == 1) {
            return changes.iterator().next();
        }
        if (changes.stream().allMatch(c -> c instanceof Values)) {
            Set<Cell> cells = new LinkedHashSet<>();
            changes.forEach(c -> cells.addAll(((Values) c).cells()));
            return new Values(cells);
        }
        return new Structure();
    }
}
