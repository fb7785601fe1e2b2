package com.targetmonitor.logic.workspace;

import com.targetmonitor.logic.change.Change;
import com.targetmonitor.logic.change.ChangeListener;
import com.targetmonitor.logic.change.ChangeNotice;
import com.targetmonitor.logic.edit.EditHistory;
import com.targetmonitor.logic.edit.EditService;
import com.targetmonitor.logic.entry.ActualsEdits;
import com.targetmonitor.persistence.ChangeFeed;
import com.targetmonitor.persistence.Workspace;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.LoggerFactory;

/**
 * The workspace the window works on, with its undo history, and the one place changes to it are
 * published: every edit, undo and redo of the history, every import ({@link #publish}) and every
 * switch to another workspace (opened or restored) reach the {@link ChangeListener}s as a typed
 * {@link Change}. Opening another workspace replaces workspace and history and publishes
 * {@link Change.WorkspaceReplaced}; the old file is closed.
 */
public final class Session implements AutoCloseable {

    private final List<Consumer<Workspace>> listeners = new CopyOnWriteArrayList<>();
    private final List<ChangeListener> changeListeners = new CopyOnWriteArrayList<>();
    private final ChangeListener forward = this::publish;
    private Workspace workspace;
    private EditHistory history;
    /** Where other clients' changes are handed over (the FX thread); null: not listening. */
    private Executor othersOn;
    private ChangeFeed feed = ChangeFeed.NONE;

    public Session(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.history = new EditHistory(workspace);
        history.addChangeListener(forward);
    }

    public synchronized Workspace workspace() {
        return workspace;
    }

    /** Reads of the current workspace in model types (what the window uses; see {@link WorkspaceQueries}). */
    public synchronized WorkspaceQueries queries() {
        return new WorkspaceQueries(workspace);
    }

    /** Builds the undoable edits of plans, units, indicators, categories and rules on the current workspace. */
    public synchronized EditService edits() {
        return new EditService(workspace);
    }

    /** Builds the undoable edits of actuals and notes on the current workspace. */
    public synchronized ActualsEdits actualsEdits() {
        return new ActualsEdits(workspace);
    }

    public synchronized EditHistory history() {
        return history;
    }

    /**
     * Follows the changes other clients commit to a shared (server) workspace, this one and every one
     * opened after it: each arrives as a typed {@link Change}, published on {@code deliverOn} (the FX
     * thread) like the window's own. This client's own changes are not delivered again. A file has no
     * other clients.
     */
    public void followOthers(Executor deliverOn) {
        Objects.requireNonNull(deliverOn, "deliverOn");
        synchronized (this) {
            othersOn = deliverOn;
        }
        restartFeed();
    }

    private void restartFeed() {
        ChangeFeed old;
        ChangeFeed next = ChangeFeed.NONE;
        synchronized (this) {
            old = feed;
            feed = ChangeFeed.NONE;
        }
        old.close();
        synchronized (this) {
            Executor on = othersOn;
            if (on != null) {
                Workspace listened = workspace;
                try {
                    next = listened.listen(notice -> ChangeNotice.decode(notice)
                            .ifPresent(change -> on.execute(() -> publishIfStill(listened, change))));
                } catch (RuntimeException e) {
                    // The window works on; it only misses other clients' changes until opened again.
                    LoggerFactory.getLogger(Session.class).warn("cannot follow other clients of {}",
                            listened.displayName(), e);
                }
            }
            feed = next;
        }
    }

    private void publishIfStill(Workspace from, Change change) {
        if (workspace() == from) {
            publish(change);
        }
    }

    /** Switches to another open workspace: closes the current one, starts a fresh history, tells listeners. */
    public void replace(Workspace next) {
        Objects.requireNonNull(next, "next");
        Workspace old;
        synchronized (this) {
            old = workspace;
            workspace = next;
            history.removeChangeListener(forward);
            history = new EditHistory(next);
            history.addChangeListener(forward);
        }
        if (old != next) {
            restartFeed();
            closeQuietly(old);
        }
        listeners.forEach(l -> l.accept(next));
        publish(new Change.WorkspaceReplaced());
    }

    /**
     * Tells every change listener what changed. Edits made through the history are published by
     * themselves; work that writes outside it (an import) publishes here when it is done.
     */
    public void publish(Change change) {
        Objects.requireNonNull(change, "change");
        changeListeners.forEach(l -> l.changed(change));
    }

    /** Called with every change: edits, undo, redo, imports, another workspace. */
    public void addChangeListener(ChangeListener listener) {
        changeListeners.add(listener);
    }

    public void removeChangeListener(ChangeListener listener) {
        changeListeners.remove(listener);
    }

    /** Called with the new workspace after every {@link #replace}. */
    public void addListener(Consumer<Workspace> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Workspace> listener) {
        listeners.remove(listener);
    }

    @Override
    public synchronized void close() {
        feed.close();
        feed = ChangeFeed.NONE;
        closeQuietly(workspace);
    }

    private static void closeQuietly(Workspace w) {
        try {
            w.close();
            // The window lets go of the workspace it no longer shows (a no-op for one it did not lock).
            w.localFile().ifPresent(WorkspaceLock::release);
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(Session.class).warn("cannot close workspace {}", w.displayName(), e);
        }
    }
}
