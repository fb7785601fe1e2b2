package com.targetmonitor.cli;

import com.targetmonitor.logic.backup.BackupStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "restore", mixinStandardHelpOptions = true, description = {
    "Put a backup in place of the workspace (see: backups --db FILE).",
    "The current state is backed up first, so a restore can itself be undone by restoring that backup."})
final class RestoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--backup", required = true, paramLabel = "ID", description = "the backup's id, as listed by backups")
    String id;

    @Override
    public Integer call() {
        if (workspace.isServer()) {
            throw new ParameterException(spec.commandLine(), "--db: a workspace on a server is restored from the "
                    + "server's own backups (pg_restore, the server's base backups), not by Target Monitor");
        }
        // By path, not through an open workspace: a workspace that no longer opens can be restored too.
        BackupStore.standard().restore(workspace.file(), id);
        spec.commandLine().getOut().println("restored " + workspace.db + " from backup " + id);
        return 0;
    }
}
