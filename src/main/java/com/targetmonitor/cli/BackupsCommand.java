package com.targetmonitor.cli;

import com.targetmonitor.logic.backup.Backup;
import com.targetmonitor.logic.backup.BackupStore;
import com.targetmonitor.persistence.ServerAddress;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "backups", mixinStandardHelpOptions = true, description = {
    "List the backups of a workspace, newest first: id, time, reason, size, plans.",
    "Backups are made by themselves before every import, before every restore and on the first open of a day;",
    "put one back with: restore --db FILE --backup ID"})
final class BackupsCommand implements Callable<Integer> {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE|URL", description = WorkspaceOption.DESCRIPTION)
    String address;

    @Override
    public Integer call() {
        if (ServerAddress.isServer(address)) {
            spec.commandLine().getOut().println("a workspace on a server is kept by the server's own backups "
                    + "(pg_dump, the server's base backups); Target Monitor keeps no backups of it");
            return 0;
        }
        java.nio.file.Path db = java.nio.file.Path.of(address);
        if (!Files.exists(db)) {
            throw new ParameterException(spec.commandLine(), "--db: no such workspace file: " + db);
        }
        PrintWriter out = spec.commandLine().getOut();
        BackupStore store = BackupStore.standard();
        List<Backup> backups = store.list(db);
        for (Backup b : backups) {
            out.println(b.id() + "\t" + TIME.format(b.at()) + "\t" + b.reason().name().toLowerCase(java.util.Locale.ROOT)
                    + "\t" + kilobytes(b.size()) + "\t" + String.join("、", b.plans()));
        }
        if (backups.isEmpty()) {
            spec.commandLine().getErr().println("no backups of " + db.getFileName() + " yet (kept in "
                    + store.folder(db) + ")");
        }
        return 0;
    }

    static String kilobytes(long bytes) {
        return (bytes + 1023) / 1024 + " KB";
    }
}
