package com.targetmonitor.logic.edit;

import com.targetmonitor.logic.change.Change;
import com.targetmonitor.logic.change.ChangeListener;
import com.targetmonitor.logic.change.ChangeNotice;
import com.targetmonitor.persistence.ChangeOrigin;
import com.targetmonitor.persistence.Workspace;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Runs edits against a workspace and keeps them for undo (Ctrl+Z) and redo (Ctrl+Y). Each step is
 * one transaction; a failed step changes nothing and leaves the history as it was.
 */
public final class EditHistory {

    public static final int DEFAULT_LIMIT = 200;

    private final Workspace workspace;
    private final int limit;
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final List<ChangeListener> changeListeners = new CopyOnWriteArrayList<>();

    public EditHistory(Workspace workspace) {
        this(workspace, DEFAULT_LIMIT);
    }

    public EditHistory(Workspace workspace, int limit) {
        this.workspace = workspace;
        this.limit = limit;
    }

    /** Applies the edit and makes it the next to undo. */
    public void execute(Edit edit) {
        workspace.inTransaction(() -> {
            edit.apply(workspace);
            announce(edit);
        });
        undo.push(edit);
        while (undo.size() > limit) {
            undo.removeLast();
        }
        redo.clear();
        changed(edit);
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(Edit::description);
    }

    public Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(Edit::description);
    }

    /** Undoes the last edit; does nothing when there is none. */
    public void undo() {
        Edit edit = undo.peek();
        if (edit == null) {
            return;
        }
        workspace.changes().as(ChangeOrigin.UNDO, () -> {
            edit.revert(workspace);
            announce(edit);
            return null;
        });
        undo.pop();
        redo.push(edit);
        changed(edit);
    }

    /** Re-applies the last undone edit; does nothing when there is none. */
    public void redo() {
        Edit edit = redo.peek();
        if (edit == null) {
            return;
        }
        workspace.changes().as(ChangeOrigin.REDO, () -> {
            edit.apply(workspace);
            announce(edit);
            return null;
        });
        redo.pop();
        undo.push(edit);
        changed(edit);
    }

    /** Forgets every step, e.g. when another workspace is opened. */
    public void clear() {
        undo.clear();
        redo.clear();
        changed();
    }

    /**
     * Called after every execute, undo, redo and clear: what can be undone changed (the menu
     * labels follow it). Data views listen to {@link #addChangeListener} instead.
     */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** Called after every execute, undo and redo with what the step touched. */
    public void addChangeListener(ChangeListener listener) {
        changeListeners.add(listener);
    }

    public void removeChangeListener(ChangeListener listener) {
        changeListeners.remove(listener);
    }

    /** Inside the step's transaction: other clients of a shared workspace learn what it touched at commit. */
    private void announce(Edit edit) {
        workspace.announce(ChangeNotice.encode(edit.change()));
    }

    private void changed(Edit edit) {
        Change change = edit.change();
        changeListeners.forEach(l -> l.changed(change));
        changed();
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
