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
        boolean isNew = !Files.exists(file);
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

    /** Creates a workspace holding the seed plans; refuses an existing, non-empty file. */
    public static Workspace createDemo(Path file) {
        Workspace workspace = Workspace.create(file);
        try {
            new SeedInstaller(workspace).installBundled();
            return workspace;
        } catch (RuntimeException e) {
            workspace.close();
            throw e;
        }
    }
}
