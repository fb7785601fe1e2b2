package com.targetmonitor.cli;

import com.targetmonitor.logic.status.PlanStatus;
import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.logic.status.StatusColumns;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.persistence.Workspace;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "status", mixinStandardHelpOptions = true, description = "Print one row per indicator: where it stands at the as-of month.")
final class StatusCommand implements Callable<Integer> {

    enum Format { csv, table }

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--plan", required = true, paramLabel = "NAME", description = "the plan, or any part of its name that picks one")
    String plan;

    @Option(names = "--as-of", required = true, paramLabel = "YYYY-MM", description = "the as-of month, e.g. 2022-06")
    AsOf asOf;

    @Option(names = "--format", defaultValue = "csv", paramLabel = "csv|table",
            description = "csv (UTF-8, header row; the default) or table")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace ws = workspace.open()) {
            PlanStatusService service = new PlanStatusService(ws);
            PlanStatus status = service.status(service.findPlan(plan), asOf);
            if (format == Format.table) {
                TextTable.table(out, StatusColumns.HEADER, StatusColumns.rows(status));
            } else {
                // Row by row: the whole table as strings is never held (50,000 rows × 13 columns).
                TextTable.csvRow(out, StatusColumns.HEADER);
                status.rows().forEach(row -> TextTable.csvRow(out, StatusColumns.row(row)));
            }
        }
        return 0;
    }
}
