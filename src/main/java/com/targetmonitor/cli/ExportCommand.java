package com.targetmonitor.cli;

import com.targetmonitor.logic.excel.export.ProgressWorkbookWriter;
import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.model.Plan;
import com.targetmonitor.persistence.Workspace;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true, description = "Write the progress workbook (.xlsx) of a plan at an as-of month.")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--plan", required = true, paramLabel = "NAME", description = "the plan, or any part of its name")
    String plan;

    @Option(names = "--as-of", required = true, paramLabel = "YYYY-MM", description = "the as-of month, e.g. 2022-06")
    AsOf asOf;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "the workbook to write")
    Path out;

    @Override
    public Integer call() {
        try (Workspace ws = workspace.open()) {
            Plan found = new PlanStatusService(ws).findPlan(plan);
            ProgressWorkbookWriter.write(ws, found, asOf, out);
            spec.commandLine().getOut().println(out);
        }
        return 0;
    }
}
