package com.targetmonitor.cli;

import com.targetmonitor.logic.backup.BackupStore;
import com.targetmonitor.persistence.Workspace;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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
        Workspace ws = workspace.open();
        try (Workspace restored = BackupStore.standard().restore(ws, id)) {
            spec.commandLine().getOut().println("restored " + workspace.db + " from backup " + id);
        } catch (RuntimeException e) {
            ws.close();
            throw e;
        }
        return 0;
    }
}
