package com.targetmonitor.logic.edit;

import com.targetmonitor.model.Indicator;
import com.targetmonitor.persistence.Workspace;

/**
 * Replaces an indicator by a changed one only if it is still as the officer was shown it (checked and
 * written in one transaction, on a file and on a server); otherwise it writes nothing and throws
 * {@link IndicatorConflictException}. Undo puts back what was shown, which is what the change replaced,
 * without asking (as for values, ADR 0010); redo asks the same question as the first save.
 */
final class GuardedIndicatorUpdate implements Edit {

    private final String description;
    private final Indicator shown;
    private final Indicator after;

    GuardedIndicatorUpdate(String description, Indicator shown, Indicator after) {
        this.description = description;
        this.shown = shown;
        this.after = after;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void apply(Workspace workspace) {
        if (!workspace.indicators().replaceIfAsShown(shown, after)) {
            throw new IndicatorConflictException(shown, after, workspace.indicators().find(shown.id()).orElse(null));
        }
    }

    @Override
    public void revert(Workspace workspace) {
        workspace.indicators().save(shown);
    }
}
