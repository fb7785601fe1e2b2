package com.targetmonitor.logic.workspace;

import java.nio.file.Path;

/** A second process for the lock test: opens the workspace for a window, says so, and keeps it until killed. */
public final class LockHolderMain {

    private LockHolderMain() {
    }

    public static void main(String[] args) throws Exception {
        try (var ws = WorkspaceOpener.openForWindow(Path.of(args[0]), false)) {
            System.out.println("holding " + ws.file());
            System.out.flush();
            Thread.sleep(120_000);
        }
    }
}
