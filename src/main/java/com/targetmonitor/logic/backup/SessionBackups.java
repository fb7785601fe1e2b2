package com.targetmonitor.logic.backup;

import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.persistence.Workspace;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The backups of the window's workspace, for 文件 → 备份与恢复: list them, and restore one in two
 * steps so that the slow part runs off the FX thread and the workspace is swapped on it.
 */
public final class SessionBackups {

    /** A restore done on disk, waiting to replace the session's workspace ({@link #install}). */
    public static final class Restored {
        private final Session session;
        private final Workspace workspace;

        private Restored(Session session, Workspace workspace) {
            this.session = session;
            this.workspace = workspace;
        }

        /** Puts the restored workspace in the session; every view reloads (Session listeners). */
        public void install() {
            session.replace(workspace);
        }
    }

    private final Session session;
    private final BackupStore store;

    public SessionBackups(Session session, BackupStore store) {
        this.session = Objects.requireNonNull(session, "session");
        this.store = Objects.requireNonNull(store, "store");
    }

    /** The open workspace's backups, newest first. */
    public List<Backup> list() {
        // A server keeps its own backups (pg_dump, base backups; ADR 0007): none here.
        return session.workspace().localFile().map(store::list).orElse(List.of());
    }

    /**
     * The daily backup of the open workspace when none was made today. A backup that cannot be made
     * (no room in the data folder) is logged and does not stop the window from opening.
     */
    public Optional<Backup> dailyIfDue() {
        if (session.workspace().isServer()) {
            return Optional.empty();
        }
        try {
            return store.dailyIfDue(session.workspace());
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(SessionBackups.class).warn("daily backup of {} failed",
                    session.workspace().file(), e);
            return Optional.empty();
        }
    }

    /**
     * Backs up the current state, puts the backup in place and opens it (call off the FX thread);
     * then {@link Restored#install} on the FX thread.
     */
    public Restored restore(String id) {
        return new Restored(session, store.restore(session.workspace(), id));
    }
}
