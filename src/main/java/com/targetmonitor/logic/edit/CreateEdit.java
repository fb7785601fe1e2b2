package com.targetmonitor.logic.edit;

import com.targetmonitor.persistence.Workspace;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Stores something new. Undo removes it with whatever was added to it meanwhile; redo puts it back
 * under the id it got the first time, because later steps of the history refer to that id.
 *
 * @param <T> the stored record (Plan, Unit, Indicator, Category)
 */
public final class CreateEdit<T> implements Edit {

    private final String description;
    private final T value;
    private final BiFunction<Workspace, T, T> insert;
    private final Function<T, Removal> removalOf;
    private T stored;
    private Removal removal;

    CreateEdit(String description, T value, BiFunction<Workspace, T, T> insert, Function<T, Removal> removalOf) {
        this.description = description;
        this.value = value;
        this.insert = insert;
        this.removalOf = removalOf;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void apply(Workspace workspace) {
        if (removal == null) {
            T saved = insert.apply(workspace, value);
            removal = removalOf.apply(saved);
            stored = saved;
        } else {
            removal.putBack(workspace);
        }
    }

    @Override
    public void revert(Workspace workspace) {
        removal.remove(workspace);
    }

    /** What was stored, with its id; null before the edit was applied. */
    public T stored() {
        return stored;
    }
}
