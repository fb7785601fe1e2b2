package com.targetmonitor.cli;

import com.targetmonitor.logic.excel.export.TemplateResult;
import com.targetmonitor.logic.excel.export.TemplateWriter;
import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Plan;
import com.targetmonitor.persistence.Workspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "template", mixinStandardHelpOptions = true, description = {"Write one fill-in workbook per responsible unit of a plan.",
        "Filled templates map back to their indicators when imported (import --plan NAME FILE...)."})
final class TemplateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--plan", required = true, paramLabel = "NAME", description = "the plan, or any part of its name")
    String plan;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the folder to write the workbooks to")
    Path out;

    @Option(names = "--period", paramLabel = "YYYY-MM", description = "the months to fill in (default: the last "
            + "month that has ended, within the plan's year)")
    String period;

    @Override
    public Integer call() {
        PrintWriter print = spec.commandLine().getOut();
        try (Workspace ws = workspace.open()) {
            Plan found = new PlanStatusService(ws).findPlan(plan);
            TemplateResult result = TemplateWriter.write(ws, found, period(found), out);
            result.files().forEach(print::println);
            if (!result.unassigned().isEmpty()) {
                print.println("note: no template holds " + String.join("、", result.unassigned())
                        + " (no lead unit)");
            }
        }
        return 0;
    }

    private Period period(Plan p) {
        if (period != null) {
            try {
                return Period.parse(period);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--period: " + e.getMessage());
            }
        }
        YearMonth last = YearMonth.now().minusMonths(1);
        if (last.getYear() > p.year()) {
            return Period.month(p.year(), 12);
        }
        return last.getYear() < p.year() ? Period.month(p.year(), 1) : Period.month(p.year(), last.getMonthValue());
    }
}
