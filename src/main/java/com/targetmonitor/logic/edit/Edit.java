package com.targetmonitor.logic.edit;

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
}
