package com.targetmonitor.logic.edit;

import com.targetmonitor.persistence.Workspace;
import java.util.function.BiConsumer;

/**
 * Replaces a stored record by a changed one; undo stores the old one again.
 *
 * @param <T> the stored record (Plan, Unit, Indicator, Category), with its id
 */
final class UpdateEdit<T> implements Edit {

    private final String description;
    private final T before;
    private final T after;
    private final BiConsumer<Workspace, T> save;

    UpdateEdit(String description, T before, T after, BiConsumer<Workspace, T> save) {
        this.description = description;
        this.before = before;
        this.after = after;
        this.save = save;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void apply(Workspace workspace) {
        save.accept(workspace, after);
    }

    @Override
    public void revert(Workspace workspace) {
        save.accept(workspace, before);
    }
}
