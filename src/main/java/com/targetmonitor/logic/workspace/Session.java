package com.targetmonitor.logic.workspace;

import com.targetmonitor.logic.edit.EditHistory;
import com.targetmonitor.persistence.Workspace;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.LoggerFactory;

/**
 * The workspace the window works on, with its undo history. Opening another workspace replaces
 * both and tells every listener, so each ViewModel reloads from the new file; the old one is closed.
 */
public final class Session implements AutoCloseable {

    private final List<Consumer<Workspace>> listeners = new CopyOnWriteArrayList<>();
    private Workspace workspace;
    private EditHistory history;

    public Session(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.history = new EditHistory(workspace);
    }

    public synchronized Workspace workspace() {
        return workspace;
    }

    public synchronized EditHistory history() {
        return history;
    }

    /** Switches to another open workspace: closes the current one, starts a fresh history, tells listeners. */
    public void replace(Workspace next) {
        Objects.requireNonNull(next, "next");
        Workspace old;
        synchronized (this) {
            old = workspace;
            workspace = next;
            history = new EditHistory(next);
        }
        if (old != next) {
            closeQuietly(old);
        }
        listeners.forEach(l -> l.accept(next));
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
        closeQuietly(workspace);
    }

    private static void closeQuietly(Workspace w) {
        try {
            w.close();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(Session.class).warn("cannot close workspace {}", w.file(), e);
        }
    }
}
