package com.targetmonitor.cli;

import picocli.CommandLine.Option;

/** The --db option of the commands that write a new workspace: a file (refused when it exists) or an empty server database. */
final class NewFileOption {

    @Option(names = "--db", required = true, paramLabel = "FILE|URL", description = "the workspace to create: a new "
            + "file, or an empty database postgresql://user[:password]@host:port/database")
    String db;
}
