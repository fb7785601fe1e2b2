package com.targetmonitor.logic.edit;

import com.targetmonitor.logic.change.Change;
import com.targetmonitor.persistence.Workspace;

/**
 * One change an officer makes, that can be undone. {@link EditHistory} runs apply and revert each in
 * one transaction, so an edit is stored whole or not at all.
 */
public interface Edit {

    /** What the edit does, for the Undo/Redo menu items; already in the user's language. */
    String description();

    void apply(Workspace workspace);

    void revert(Workspace workspace);

    /**
     * What applying or reverting it touches, published to the views. The default says "the
     * structure", which makes every view read again: right for any edit, if not the cheapest.
     */
    default Change change() {
        return new Change.Structure();
    }
}
