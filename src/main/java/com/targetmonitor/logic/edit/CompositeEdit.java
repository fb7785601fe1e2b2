package com.targetmonitor.logic.edit;

import com.targetmonitor.logic.change.Change;
import com.targetmonitor.persistence.Workspace;
import java.util.List;
import java.util.Objects;

/**
 * Several edits that are done and undone as one step, e.g. a column pasted from Excel: one Ctrl+Z
 * takes back every cell. Parts are applied in order and reverted in reverse order, so a part may
 * build on the one before it. {@link EditHistory} runs the whole in one transaction.
 */
public final class CompositeEdit implements Edit {

    private final String description;
    private final List<Edit> parts;

    public CompositeEdit(String description, List<? extends Edit> parts) {
        this.description = Objects.requireNonNull(description, "description");
        this.parts = List.copyOf(parts);
        if (this.parts.isEmpty()) {
            throw new IllegalArgumentException("a composite edit needs at least one part");
        }
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void apply(Workspace workspace) {
        for (Edit part : parts) {
            part.apply(workspace);
        }
    }

    @Override
    public void revert(Workspace workspace) {
        for (int i = parts.size() - 1; i >= 0; i--) {
            parts.get(i).revert(workspace);
        }
    }

    @Override
    public Change change() {
        return Change.merge(parts.stream().map(Edit::change).toList());
    }

    public List<Edit> parts() {
        return parts;
    }
}
