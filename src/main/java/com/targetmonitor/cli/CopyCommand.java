package com.targetmonitor.cli;

import com.targetmonitor.logic.workspace.WorkspaceTransfer;
import com.targetmonitor.persistence.ServerAddress;
import com.targetmonitor.persistence.Workspace;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "copy", mixinStandardHelpOptions = true, description = {
    "Copy a whole workspace, every plan with its values, imports and history, to a new file or an empty",
    "server database: file → server (publish), server → file (a local copy), file → file.",
    "All or nothing: a failure leaves the destination as it was."})
final class CopyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "FILE|URL", description = "the workspace to copy: "
            + WorkspaceOption.DESCRIPTION)
    String from;

    @Option(names = "--to", required = true, paramLabel = "FILE|URL", description = "a new file, or an empty "
            + "database postgresql://user[:password]@host:port/database (password also from PGPASSWORD)")
    String to;

    @Override
    public Integer call() {
        if (from.strip().equals(to.strip())) {
            throw new ParameterException(spec.commandLine(), "--to: give another place than --from");
        }
        try (Workspace source = WorkspaceOption.open(from)) {
            Map<String, Integer> rows = WorkspaceTransfer.copy(source, to);
            String shown = ServerAddress.isServer(to) ? ServerAddress.parse(to).toString() : to;
            spec.commandLine().getOut().println("copied " + source.displayName() + " to " + shown + ": "
                    + rows.get("plan") + " plans, " + rows.get("unit") + " units, " + rows.get("indicator")
                    + " indicators, " + rows.get("observation") + " values, " + rows.get("change_log")
                    + " history entries");
        }
        return 0;
    }
}
