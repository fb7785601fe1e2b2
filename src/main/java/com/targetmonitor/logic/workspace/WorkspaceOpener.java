package com.targetmonitor.logic.workspace;

import com.targetmonitor.logic.seed.SeedInstaller;
import com.targetmonitor.persistence.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens workspaces the way the app and the command line both need: a new one starts from the seeds. */
public final class WorkspaceOpener {

    private WorkspaceOpener() {
    }

    /**
     * Opens the file, or creates it holding the seed plans so a first-time user sees real content.
     * An existing workspace is opened as it is, even when the user has deleted the seed plans.
     */
    public static Workspace openOrCreateWithSeeds(Path file) {
        // An empty file is a creation that was cut short (killed): it is created again.
        boolean isNew = !Files.exists(file) || isEmpty(file);
        Workspace workspace = isNew ? Workspace.create(file) : Workspace.open(file);
        if (isNew) {
            try {
                new SeedInstaller(workspace).installBundled();
            } catch (RuntimeException e) {
                workspace.close();
                throw e;
            }
        }
        return workspace;
    }

    /**
     * Opens a workspace for a window: the window takes the workspace's lock first, so a second window
     * (or another user on a shared drive) is told who holds it ({@link WorkspaceLock}); with
     * {@code readOnly} the workspace is opened only to read, without the lock.
     */
    public static Workspace openForWindow(Path file, boolean readOnly) {
        if (readOnly) {
            return Workspace.openReadOnly(file);
        }
        WorkspaceLock lock = WorkspaceLock.acquire(file);
        try {
            return Workspace.open(file);
        } catch (RuntimeException e) {
            if (lock != null) {
                lock.close();
            }
            throw e;
        }
    }

    /** As {@link #openOrCreateWithSeeds}, holding the workspace's lock for the window. */
    public static Workspace openOrCreateForWindow(Path file) {
        WorkspaceLock lock = WorkspaceLock.acquire(file);
        try {
            return openOrCreateWithSeeds(file);
        } catch (RuntimeException e) {
            if (lock != null) {
                lock.close();
            }
            throw e;
        }
    }

    private static boolean isEmpty(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) == 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** Creates a workspace holding the seed plans; refuses an existing, non-empty file. */
    public static Workspace createDemo(Path file) {
        return createDemo(file.toString());
    }

    /**
     * Creates a workspace holding the seed plans in a new file or an empty server database
     * ({@code postgresql://…}); refuses an existing, non-empty file or a database that holds plans.
     */
    public static Workspace createDemo(String address) {
        Workspace workspace = Workspace.createAddress(address);
        try {
            new SeedInstaller(workspace).installBundled();
            return workspace;
        } catch (RuntimeException e) {
            workspace.close();
            throw e;
        }
    }
}
