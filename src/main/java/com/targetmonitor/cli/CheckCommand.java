package com.targetmonitor.cli;

import com.targetmonitor.logic.status.PlanStatus;
import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.model.DecompositionBreak;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.persistence.Workspace;
import com.targetmonitor.persistence.WorkspaceFileException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true, description = {"List every decomposition that does not add up (exit 3 when there is one).",
        "With --integrity, first read every page of the workspace file and check it (exit 4 when it is damaged)."})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--plan", paramLabel = "NAME", description = "the plan, or any part of its name")
    String plan;

    @Option(names = "--integrity", description = "check the workspace file itself (opening does not read every page)")
    boolean integrity;

    @Option(names = "--as-of", paramLabel = "YYYY-MM", description = "also check actuals at this month")
    AsOf asOf;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (plan == null && !integrity) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--plan=NAME' (or --integrity)");
        }
        try (Workspace ws = workspace.open()) {
            if (integrity) {
                try {
                    ws.checkIntegrity();
                    out.println("ok: the workspace file is intact");
                } catch (WorkspaceFileException e) {
                    spec.commandLine().getErr().println("error: " + e.getMessage().replaceAll("\\s*\\R\\s*", " "));
                    return 4;
                }
                if (plan == null) {
                    return 0;
                }
            }
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
