package com.targetmonitor.cli;

import com.targetmonitor.logic.status.PlanStatus;
import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.model.DecompositionBreak;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.persistence.Workspace;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true, description = "List every decomposition that does not add up (exit 3 when there is one).")
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--plan", required = true, paramLabel = "NAME", description = "the plan, or any part of its name")
    String plan;

    @Option(names = "--as-of", paramLabel = "YYYY-MM", description = "also check actuals at this month")
    AsOf asOf;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace ws = workspace.open()) {
            PlanStatusService service = new PlanStatusService(ws);
            var found = service.findPlan(plan);
            PlanStatus status = service.status(found, asOf != null ? asOf : AsOf.of(found.year(), 12));
            int breaks = print(out, "target", status.targetBreaks());
            if (asOf != null) {
                breaks += print(out, "actual", status.actualBreaks());
            }
            if (breaks == 0) {
                out.println("ok: every decomposition adds up");
            }
            return breaks == 0 ? 0 : 3;
        }
    }

    private static int print(PrintWriter out, String what, List<DecompositionBreak> breaks) {
        for (DecompositionBreak b : breaks) {
            String parent = b.parent().code() + " " + b.parent().name();
            if (!b.missing().isEmpty()) {
                out.println(what + ": " + parent + ": no " + what + " for "
                        + b.missing().stream().map(Indicator::name).collect(Collectors.joining("、")));
            } else {
                out.println(what + ": " + parent + ": parts add up to " + b.childrenSum().toPlainString()
                        + ", whole is " + b.parentValue().toPlainString());
            }
        }
        return breaks.size();
    }
}
