package com.targetmonitor.cli;

import com.targetmonitor.logic.history.HistoryLine;
import com.targetmonitor.logic.history.HistoryService;
import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.model.Plan;
import com.targetmonitor.persistence.Workspace;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "history", mixinStandardHelpOptions = true, description = {
    "Print the history (留痕) of a plan or one indicator, oldest first: time, account, origin",
    "(typed / import #n / undo / restore), what, period, field, old → new."})
final class HistoryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--plan", required = true, paramLabel = "NAME", description = "the plan, or any part of its name")
    String plan;

    @Option(names = "--indicator", paramLabel = "CODE", description = "only this indicator, by its code")
    String indicator;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "only changes from this day on")
    String since;

    @Override
    public Integer call() {
        LocalDate from = since();
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace ws = workspace.open()) {
            Plan found = new PlanStatusService(ws).findPlan(plan);
            HistoryService history = new HistoryService(ws);
            Long indicatorId = indicator == null ? null : history.indicator(found, indicator).id();
            List<HistoryLine> lines = history.history(found, indicatorId, from);
            for (HistoryLine l : lines) {
                out.println(BackupsCommand.TIME.format(l.at()) + "\t" + l.account() + "\t" + l.originText() + "\t"
                        + l.what() + "\t" + l.period() + "\t" + l.field() + "\t" + l.change());
            }
            if (lines.isEmpty()) {
                spec.commandLine().getErr().println("no changes recorded" + (from == null ? "" : " since " + from));
            }
        }
        return 0;
    }

    private LocalDate since() {
        if (since == null) {
            return null;
        }
        try {
            return LocalDate.parse(since);
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "--since: give a day as YYYY-MM-DD, not " + since);
        }
    }
}
