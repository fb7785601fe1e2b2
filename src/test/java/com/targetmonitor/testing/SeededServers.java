package com.targetmonitor.testing;

import com.targetmonitor.logic.seed.SeedInstaller;
import com.targetmonitor.persistence.Workspace;

/** Shared workspaces for tests of several clients: a fresh database on the test server holding the seed plans. */
public final class SeededServers {

    private SeededServers() {
    }

    /** The address (with password) of a new database holding the three seed plans. */
    public static String seededDatabase() {
        String address = TestPostgres.freshDatabase().address();
        try (Workspace setup = Workspace.openAddress(address)) {
            new SeedInstaller(setup).installBundled();
        }
        return address;
    }
}
