package com.targetmonitor.cli;

import com.targetmonitor.persistence.Workspace;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "new", mixinStandardHelpOptions = true, description = {
        "Write a new, empty workspace (no plans): import a targets table into it to create the first plan.",
        "Refuses a file that exists and is not empty."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the empty workspace was written",
                "1:the file exists and is not empty, or cannot be written: nothing changed",
                "2:wrong arguments (no --db FILE)"})
final class NewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    NewFileOption file;

    @Override
    public Integer call() {
        try (Workspace workspace = Workspace.createAddress(file.db)) {
            spec.commandLine().getOut().println("created empty workspace " + workspace.displayName() + " (schema version "
                    + workspace.schemaVersion() + ")");
        }
        return 0;
    }
}
