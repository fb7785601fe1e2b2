package com.targetmonitor.cli;

import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.Plan;
import com.targetmonitor.persistence.Workspace;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", mixinStandardHelpOptions = true, description = "Write a new workspace holding the seed plans.")
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    NewFileOption file;

    @Override
    public Integer call() {
        try (Workspace workspace = WorkspaceOpener.createDemo(file.db)) {
            for (Plan plan : workspace.plans().findAll()) {
                spec.commandLine().getOut().println(plan.name());
            }
        }
        return 0;
    }
}
