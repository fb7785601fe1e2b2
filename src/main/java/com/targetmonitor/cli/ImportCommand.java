package com.targetmonitor.cli;

import com.targetmonitor.logic.excel.imports.ImportFiles;
import com.targetmonitor.logic.excel.imports.ImportOptions;
import com.targetmonitor.logic.excel.imports.ImportPreview;
import com.targetmonitor.logic.excel.imports.ImportProblem;
import com.targetmonitor.logic.excel.imports.ImportResult;
import com.targetmonitor.logic.excel.imports.ImportSession;
import com.targetmonitor.logic.excel.imports.PreviewRow;
import com.targetmonitor.logic.excel.imports.StatisticsImporter;
import com.targetmonitor.logic.excel.targets.PlanChoice;
import com.targetmonitor.logic.excel.targets.TargetsImporter;
import com.targetmonitor.logic.excel.targets.TargetsPreview;
import com.targetmonitor.logic.excel.targets.TargetsResult;
import com.targetmonitor.logic.excel.targets.TargetsTable;
import com.targetmonitor.logic.status.PlanNotFoundException;
import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.ImportBatch;
import com.targetmonitor.persistence.Workspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true, description = {
        "Import targets tables (目标任务分解表) and statistics (统计月报, department sheets, filled templates;",
        ".xlsx, .xls, .csv) into a plan. A targets table goes into the plan its title or file name names",
        "(region and year, e.g. 明湖市2024年), created when the workspace has none; --plan may name it, but",
        "a table for another region or year than an existing --plan is refused, never written over it.",
        "Prints the preview; without --dry-run then writes every sure match in one transaction.",
        "Weak matches are listed as questions and not written (unless --accept-questions); confirm them",
        "in the import window."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done (or dry run): everything sure written, questions listed",
                "1:a file could not be read or the import failed: the workspace is unchanged",
                "2:wrong arguments (unknown plan, a targets table for another plan, missing --year)"})
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--plan", paramLabel = "NAME", description = "the plan, or any part of its name; for targets "
            + "tables optional (the table names its plan), for statistics required")
    String plan;

    @Option(names = "--accept-questions", description = "also write weak matches (questions above the question "
            + "threshold) and list each one written; they are remembered as confirmed names")
    boolean acceptQuestions;

    @Option(names = "--year", paramLabel = "YYYY", description = "the year of files that name only months (1-2月); "
            + "the year of a plan a targets table creates")
    Integer year;

    @Option(names = "--period", paramLabel = "YYYY-MM", description = "the period of the figures (overrides the file)")
    String period;

    @Option(names = "--dry-run", description = "print the preview only; write nothing")
    boolean dryRun;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "the files to import")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ImportOptions options = new ImportOptions(period(), year);
        // Every file is read and checked before the workspace is opened: a bad file leaves it untouched.
        ImportFiles read = ImportFiles.read(files, options);
        try (Workspace ws = workspace.open()) {
            if (!dryRun) {
                WorkspaceOption.backupBeforeImport(ws, out);
            }
            ws.inTransaction(() -> run(ws, read, options, out));
        }
        return 0;
    }

    /** Targets first (they may create the plan), then statistics; all of it in the caller's one transaction. */
    private void run(Workspace ws, ImportFiles read, ImportOptions options, PrintWriter out) {
        Plan target = plan == null ? null : plan(ws, read);
        for (TargetsTable table : read.targets()) {
            Plan into = planFor(ws, target, table);
            TargetsPreview preview = TargetsImporter.preview(ws, into, table);
            TargetsPreviewPrinter.print(out, preview);
            out.println((dryRun ? "dry run: " : "") + TargetsPreviewPrinter.summary(preview));
            if (!dryRun) {
                TargetsResult result = TargetsImporter.apply(ws, preview);
                into = result.plan();
                out.println("import #" + result.batch().id() + ": " + table.fileName() + ", " + result.created()
                        + " indicators created, " + result.updated() + " targets updated, " + result.unitsCreated()
                        + " units created");
            }
            target = target == null ? into : target;
        }
        if (read.statistics().isEmpty()) {
            return;
        }
        if (target == null) {
            throw new ParameterException(spec.commandLine(), "statistics need --plan NAME: which plan they are for");
        }
        if (target.id() == null) {
            out.println("dry run: statistics are matched once the plan exists");
            return;
        }
        ImportSession session = StatisticsImporter.preview(ws, target, read.statistics(), options);
        ImportPreview preview = session.preview();
        if (acceptQuestions) {
            preview = acceptQuestions(session, out);
        }
        ImportPreviewPrinter.print(out, preview);
        out.println((dryRun ? "dry run: " : "") + ImportPreviewPrinter.summary(preview));
        if (!dryRun) {
            ImportResult result = session.apply();
            for (ImportBatch b : result.batches()) {
                out.println("import #" + b.id() + ": " + b.fileName() + ", " + b.rowCount() + " values written");
            }
            if (result.batches().isEmpty()) {
                out.println("nothing written");
            }
        }
    }

    /** Confirms every question as proposed, and says which. */
    private static ImportPreview acceptQuestions(ImportSession session, PrintWriter out) {
        ImportPreview preview = session.preview();
        for (PreviewRow row : preview.rows()) {
            boolean doubtful = row.problems().stream().anyMatch(p -> p.code() == ImportProblem.Code.IMPLAUSIBLE);
            if (row.isQuestion() && row.indicatorId() != null && !doubtful) {
                preview = session.accept(row.id());
                out.printf("accepted question: %s '%s' -> %s (similarity %d%%)%n", row.nameCell(), row.rawName(),
                        row.indicatorName(), Math.round(row.score() * 100));
            }
        }
        return preview;
    }

    /**
     * The plan a targets table goes into: --plan when it names an existing plan whose region and year
     * the table does not contradict (or one the table then creates under that name); without --plan,
     * the plan the table names (created when missing).
     */
    private Plan planFor(Workspace ws, Plan named, TargetsTable table) {
        PlanChoice choice = TargetsImporter.proposePlan(ws, named, table);
        if (named == null) {
            if (!choice.decided()) {
                throw new ParameterException(spec.commandLine(), table.fileName() + ": the table "
                        + (choice.fileRegion() == null && choice.fileYear() == null ? "names no region and year"
                        : "is for " + Objects.toString(choice.fileRegion(), "") + Objects.toString(choice.fileYear(), "")
                        + ", which more than one plan (or none it could name) fits") + ": give --plan NAME");
            }
            out().println(table.fileName() + ": " + switch (choice.kind()) {
                case NEW -> "no plan for " + choice.fileRegion() + choice.fileYear() + ", creating plan "
                        + choice.plan().name();
                default -> "goes into plan " + choice.plan().name() + " (region and year agree)";
            });
            return choice.plan();
        }
        if (named.id() != null && !choice.agrees(named)) {
            throw new ParameterException(spec.commandLine(), table.fileName() + ": the table is for "
                    + Objects.toString(choice.fileRegion(), "") + (choice.fileYear() == null ? "" : choice.fileYear() + "年")
                    + ", not for plan " + named.name() + ": nothing written. Leave --plan out to import it into "
                    + "its own plan" + (choice.plan() == null ? "" : " (" + choice.plan().name() + ")"));
        }
        return named;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** The plan NAME picks; a targets table may name one that does not exist yet, which it then creates. */
    private Plan plan(Workspace ws, ImportFiles read) {
        PlanStatusService plans = new PlanStatusService(ws);
        if (read.targets().isEmpty()) {
            return plans.findPlan(plan);
        }
        try {
            return plans.findPlan(plan);
        } catch (PlanNotFoundException e) {
            if (plans.plans().stream().anyMatch(p -> p.name().contains(plan.strip()))) {
                throw e;
            }
            TargetsTable first = read.targets().get(0);
            Integer y = year != null ? year : first.year();
            if (y == null) {
                throw new ParameterException(spec.commandLine(), "no plan is named '" + plan
                        + "' and the targets table names no year: give --year to create the plan");
            }
            return TargetsImporter.newPlan(plan.strip(), y, first);
        }
    }

    private Period period() {
        if (period == null) {
            return null;
        }
        try {
            return Period.parse(period);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--period: " + e.getMessage());
        }
    }
}
