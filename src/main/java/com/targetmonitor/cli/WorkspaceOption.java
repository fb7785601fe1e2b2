package com.targetmonitor.cli;

import com.targetmonitor.logic.backup.Backup;
import com.targetmonitor.logic.backup.BackupReason;
import com.targetmonitor.logic.backup.BackupStore;
import com.targetmonitor.persistence.ServerAddress;
import com.targetmonitor.persistence.Workspace;
import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --db option shared by the commands that read an existing workspace: a file or a server database. */
final class WorkspaceOption {

    static final String DESCRIPTION = "the workspace: a file, or postgresql://user[:password]@host:port/database "
            + "(password also from PGPASSWORD or asked for)";

    @Option(names = "--db", required = true, paramLabel = "FILE|URL", description = DESCRIPTION)
    String db;

    Workspace open() {
        return open(db);
    }

    boolean isServer() {
        return ServerAddress.isServer(db);
    }

    /** The workspace file; a server address has none. */
    Path file() {
        return Path.of(db);
    }

    /**
     * Opens a file or a server database. A server address without a password, with no PGPASSWORD,
     * asks for it on the console (the password is never echoed, stored or printed).
     */
    static Workspace open(String address) {
        if (ServerAddress.isServer(address)) {
            ServerAddress server = ServerAddress.parse(address);
            Console console = System.console();
            if (!server.hasPassword() && System.getenv("PGPASSWORD") == null && console != null) {
                char[] typed = console.readPassword("password for %s: ", server);
                if (typed != null) {
                    return Workspace.open(server.withPassword(new String(typed)));
                }
            }
        }
        return Workspace.openAddress(address);
    }

    /**
     * Before an import: a backup of a file workspace. A workspace on a server is kept by the server's own
     * backups (pg_dump, the server's base backups); Target Monitor keeps none of it.
     */
    static void backupBeforeImport(Workspace ws, PrintWriter out) {
        if (ws.isServer()) {
            out.println("no backup made: a workspace on a server is kept by the server's own backups");
            return;
        }
        Backup backup = BackupStore.standard().create(ws, BackupReason.BEFORE_IMPORT);
        out.println("backup " + backup.id() + " made before the import (restore --backup " + backup.id() + ")");
    }
}
