package com.targetmonitor.cli;

import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.model.Plan;
import com.targetmonitor.persistence.Workspace;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "plans", mixinStandardHelpOptions = true, description = "List the plans of a workspace: name, region, year.")
final class PlansCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace ws = workspace.open()) {
            for (Plan plan : new PlanStatusService(ws).plans()) {
                out.println(plan.name() + "\t" + plan.region() + "\t" + plan.year());
            }
        }
        return 0;
    }
}
