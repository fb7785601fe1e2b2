package com.targetmonitor.cli;

import com.targetmonitor.logic.output.OutputFiles;
import com.targetmonitor.logic.report.PageOrientation;
import com.targetmonitor.logic.report.PdfReportWriter;
import com.targetmonitor.logic.report.ReportModel;
import com.targetmonitor.logic.status.PlanStatus;
import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.persistence.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Writes the progress report (进展情况报告) as a PDF. The command line never starts JavaFX, so the
 * PDF holds the title, summary, 通报 text and indicator table but not the charts: those are
 * snapshots of the window's JavaFX charts and are added when the report is printed from the
 * desktop window.
 */
@Command(name = "report", mixinStandardHelpOptions = true, description = {
    "Write the progress report (进展情况报告) as an A4 PDF with an embedded Chinese font:",
    "title, summary counts, the 通报 text by standing and the indicator table.",
    "Charts are added when printing from the desktop window (they need JavaFX).",
    "The font is found automatically; -Dtargetmonitor.font=FILE.ttf|.ttc picks one."})
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--plan", required = true, paramLabel = "NAME", description = "the plan, or any part of its name that picks one")
    String plan;

    @Option(names = "--as-of", required = true, paramLabel = "YYYY-MM", description = "the as-of month, e.g. 2022-06")
    AsOf asOf;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "the PDF file to write (replaced if it exists)")
    Path out;

    @Option(names = "--landscape", description = "A4 landscape instead of portrait (wider table)")
    boolean landscape;

    @Override
    public Integer call() {
        Path dir = out.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new ParameterException(spec.commandLine(), "--out: no such folder: " + dir);
        }
        if (Files.isDirectory(out)) {
            throw new ParameterException(spec.commandLine(), "--out: " + out + " is a folder, give a file name");
        }
        Path protectedFile = workspace.isServer() ? null : workspace.file();
        OutputFiles.refuseProtected(out, protectedFile);
        // Find the font first: without one there is nothing to write, and the message says what to install.
        PdfReportWriter writer = PdfReportWriter.withSystemFont();
        ReportModel report;
        try (Workspace ws = workspace.open()) {
            PlanStatusService service = new PlanStatusService(ws);
            PlanStatus status = service.status(service.findPlan(plan), asOf);
            report = ReportModel.of(status, LocalDate.now());
        }
        try {
            int pages = writer.write(report, landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT, out,
                    protectedFile);
            spec.commandLine().getOut().println(out + ": " + report.title() + ", " + pages + " page(s)");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
        return 0;
    }
}
