package com.targetmonitor.cli;

import com.targetmonitor.persistence.Workspace;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --db option shared by the commands that read an existing workspace. */
final class WorkspaceOption {

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "the workspace file")
    Path db;

    Workspace open() {
        return Workspace.open(db);
    }
}
