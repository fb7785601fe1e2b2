package com.targetmonitor.logic.edit;

import com.targetmonitor.persistence.Workspace;

/**
 * Takes something out of a workspace together with everything the database removes with it, and
 * puts all of it back under the same ids. Deleting is {@code remove}; undoing a create is too.
 */
interface Removal {

    /** Removes the thing, first noting everything that goes with it. */
    void remove(Workspace workspace);

    /** Puts back exactly what the last {@link #remove} took out. */
    void putBack(Workspace workspace);
}
