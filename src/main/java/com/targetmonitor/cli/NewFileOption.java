package com.targetmonitor.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --db option of the commands that write a new workspace file (refused when it exists). */
final class NewFileOption {

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "the workspace file to create")
    Path db;
}
