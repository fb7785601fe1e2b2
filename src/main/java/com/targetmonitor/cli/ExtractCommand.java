package com.targetmonitor.cli;

import com.targetmonitor.logic.extract.DocumentImporter;
import com.targetmonitor.logic.extract.DocumentPreview;
import com.targetmonitor.logic.extract.DocumentResult;
import com.targetmonitor.logic.extract.Extraction;
import com.targetmonitor.logic.extract.SourceDocument;
import com.targetmonitor.logic.extract.TargetExtractor;
import com.targetmonitor.logic.extract.read.DocumentReader;
import com.targetmonitor.logic.status.PlanNotFoundException;
import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.model.Plan;
import com.targetmonitor.persistence.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true, description = {
        "Read the targets (and progress figures) out of a 政府工作报告, a speech or a plan report",
        "(.txt in UTF-8 or GBK, .docx, .pdf; '-' reads standard input).",
        "Without --db prints one row per proposed target and writes nothing:",
        "  name,kind,target,unit,qualifier,direction,stretch,deadline,sentence",
        "With --db and --plan adds them to the plan (creating it) as one import that can be undone."})
final class ExtractCommand implements Callable<Integer> {

    enum Format { csv, table }

    enum What { targets, progress, statements }

    @Spec
    CommandSpec spec;

    @Option(names = "--year", paramLabel = "YYYY", description = "the plan year (default: the year the documents name most)")
    Integer year;

    @Option(names = "--format", paramLabel = "csv|table", description = "csv (default, UTF-8 with a header) or an aligned table")
    Format format = Format.csv;

    @Option(names = "--show", paramLabel = "targets|progress|statements",
            description = "what to print without --db: targets (default), progress figures, or targets without a figure")
    What show = What.targets;

    @Option(names = "--db", paramLabel = "FILE|URL", description = "the workspace to add the targets to: "
            + WorkspaceOption.DESCRIPTION)
    String db;

    @Option(names = "--plan", paramLabel = "NAME", description = "with --db: the plan (created when no plan has this name)")
    String plan;

    @Option(names = "--dry-run", description = "with --db: print what would change; write nothing")
    boolean dryRun;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "the documents; '-' for standard input")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (db == null && plan != null || db != null && plan == null) {
            throw new ParameterException(spec.commandLine(), "--db and --plan go together");
        }
        // Every document is read before the workspace is opened: a bad file leaves it untouched.
        List<SourceDocument> documents = read();
        Extraction extraction = TargetExtractor.extract(documents, year);
        if (db == null) {
            print(out, extraction);
            return 0;
        }
        String name = String.join(" + ", documents.stream().map(SourceDocument::name).toList());
        String text = String.join("\n", documents.stream().map(SourceDocument::text).toList());
        try (Workspace ws = WorkspaceOption.open(db)) {
            Plan into = plan(ws, extraction.year(), name);
            DocumentPreview preview = DocumentImporter.preview(ws, into, name, extraction);
            ExtractPrinter.preview(out, preview);
            out.println((dryRun ? "dry run: " : "") + ExtractPrinter.summary(preview));
            if (dryRun) {
                return 0;
            }
            WorkspaceOption.backupBeforeImport(ws, out);
            DocumentResult result = DocumentImporter.apply(ws, preview, text);
            out.println("import #" + result.batch().id() + " into " + result.plan().name() + ": " + result.created()
                    + " indicators created, " + result.updated() + " targets updated, " + result.observations()
                    + " values written (to undo: 数据 → 导入记录 in the window)");
        }
        return 0;
    }

    private List<SourceDocument> read() {
        List<SourceDocument> documents = new ArrayList<>();
        for (Path file : files) {
            if (file.toString().equals("-")) {
                try {
                    documents.add(DocumentReader.read("-", System.in));
                } catch (IOException e) {
                    throw new UncheckedIOException("standard input cannot be read", e);
                }
            } else {
                documents.add(DocumentReader.read(file));
            }
        }
        return documents;
    }

    private void print(PrintWriter out, Extraction extraction) {
        switch (show) {
            case targets -> emit(out, ExtractPrinter.TARGET_COLUMNS, ExtractPrinter.targetRows(extraction));
            case progress -> emit(out, ExtractPrinter.PROGRESS_COLUMNS, ExtractPrinter.progressRows(extraction));
            default -> emit(out, ExtractPrinter.STATEMENT_COLUMNS, ExtractPrinter.statementRows(extraction));
        }
    }

    private void emit(PrintWriter out, List<String> header, List<List<String>> rows) {
        if (format == Format.csv) {
            TextTable.csv(out, header, rows);
        } else {
            TextTable.table(out, header, rows);
        }
    }

    /** The plan of that name; a new one (for the documents' year) when no plan has it. */
    private Plan plan(Workspace ws, int extractedYear, String documentName) {
        PlanStatusService plans = new PlanStatusService(ws);
        try {
            return plans.findPlan(plan);
        } catch (PlanNotFoundException e) {
            if (plans.plans().stream().anyMatch(p -> p.name().contains(plan.strip()))) {
                throw e;
            }
            return DocumentImporter.newPlan(plan.strip(), year != null ? year : extractedYear, documentName);
        }
    }
}
