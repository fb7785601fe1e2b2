package com.targetmonitor.logic.edit;

import com.targetmonitor.persistence.Workspace;

/** Deletes a plan, unit, indicator or category; undo puts it back whole, under the same ids. */
final class DeleteEdit implements Edit {

    private final String description;
    private final Removal removal;

    DeleteEdit(String description, Removal removal) {
        this.description = description;
        this.removal = removal;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void apply(Workspace workspace) {
        removal.remove(workspace);
    }

    @Override
    public void revert(Workspace workspace) {
        removal.putBack(workspace);
    }
}
