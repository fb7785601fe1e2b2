package com.targetmonitor.cli;

import com.targetmonitor.logic.excel.imports.FileSummary;
import com.targetmonitor.logic.excel.imports.ImportPreview;
import com.targetmonitor.logic.excel.imports.ImportProblem;
import com.targetmonitor.logic.excel.imports.PreviewRow;
import com.targetmonitor.logic.excel.imports.RowState;
import com.targetmonitor.logic.excel.imports.SkippedLine;
import com.targetmonitor.logic.status.StatusColumns;
import com.targetmonitor.model.ImportBatch;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Prints an import preview as text: one line per row, then the questions, unmatched and skipped rows. */
final class ImportPreviewPrinter {

    private static final List<String> HEADER = List.of("cell", "name", "indicator", "match", "period", "old", "new",
            "state", "note");

    /** Unmatched rows listed one by one; the rest are summed up in one line. */
    static final int UNMATCHED_LISTED = 50;

    private ImportPreviewPrinter() {
    }

    static void print(PrintWriter out, ImportPreview preview) {
        for (FileSummary f : preview.files()) {
            out.println("file " + f.fileName() + "  period " + (f.periodLabel().isEmpty() ? "?" : f.periodLabel())
                    + "  rows " + f.dataRows() + "  sha256 " + f.sha256().substring(0, 12));
            for (String note : f.notes()) {
                out.println("  note: " + note);
            }
            for (ImportBatch b : f.earlierImports()) {
                out.println("  note: the same file was imported before (import #" + b.id() + ", " + b.importedAt() + ")");
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (PreviewRow r : preview.rows()) {
            if (r.state() == RowState.UNMATCHED) {
                continue;
            }
            rows.add(List.of(r.cell(), shorten(r.rawName()), r.indicatorName(),
                    r.matchKind().name().toLowerCase(Locale.ROOT) + (r.score() < 1 ? " " + Math.round(r.score() * 100)
                            + "%" : ""),
                    r.period() == null ? "?" : r.period().key(), StatusColumns.number(r.oldValue()),
                    StatusColumns.number(r.newValue()), r.state().name().toLowerCase(Locale.ROOT), notes(r)));
        }
        if (!rows.isEmpty()) {
            TextTable.table(out, HEADER, rows);
        }
        for (PreviewRow r : preview.rows(RowState.QUESTION)) {
            out.println("question: " + r.nameCell() + " '" + r.rawName() + "' → " + r.indicatorName() + "? ("
                    + Math.round(r.score() * 100) + "% alike; not applied from the command line)");
        }
        List<PreviewRow> unmatched = preview.rows(RowState.UNMATCHED);
        for (PreviewRow r : unmatched.subList(0, Math.min(unmatched.size(), UNMATCHED_LISTED))) {
            out.println("unmatched: " + r.nameCell() + " '" + r.rawName() + "'" + (r.rawValue().isEmpty() ? ""
                    : " = " + r.rawValue()) + (r.suggestions().isEmpty() ? ""
                    : " (closest: " + String.join("、", r.suggestions()) + ")"));
        }
        long unmatchedCount = preview.count(RowState.UNMATCHED);
        if (unmatchedCount > UNMATCHED_LISTED) {
            // A county's full 统计月报 has tens of thousands of rows the plan does not watch: a summary, not a flood.
            int notListed = preview.notListed(RowState.UNMATCHED);
            out.println("unmatched: " + (unmatchedCount - UNMATCHED_LISTED) + " more rows the plan does not watch, "
                    + unmatched.get(UNMATCHED_LISTED).nameCell() + (notListed == 0
                    ? " to " + unmatched.get(unmatched.size() - 1).nameCell() + " (the desktop preview lists them all)"
                    : " on (the desktop preview lists the first " + unmatched.size() + ")"));
        }
        if (preview.notListed(RowState.NOT_APPLYING) > 0) {
            out.println("not for this plan: " + preview.count(RowState.NOT_APPLYING) + " rows, the first "
                    + preview.rows(RowState.NOT_APPLYING).size() + " listed in the desktop preview");
        }
        for (SkippedLine s : preview.skipped()) {
            out.println("skipped: " + s.message());
        }
    }

    static String summary(ImportPreview p) {
        return p.writes() + " to write, " + p.count(RowState.UNCHANGED) + " unchanged, " + p.count(RowState.QUESTION)
                + " questions, " + p.count(RowState.UNMATCHED) + " unmatched, " + p.count(RowState.ERROR) + " errors, "
                + p.count(RowState.NO_VALUE) + " without value, " + p.count(RowState.NOT_APPLYING) + " not for this plan"
                + (p.count(RowState.NOT_PERMITTED) == 0 ? ""
                : ", " + p.count(RowState.NOT_PERMITTED) + " not permitted for this account");
    }

    private static String notes(PreviewRow r) {
        return r.problems().stream()
                .filter(p -> p.code() != ImportProblem.Code.WEAK_MATCH && p.code() != ImportProblem.Code.NO_VALUE)
                .map(p -> p.message().substring(p.cell().isEmpty() ? 0 : p.cell().length() + 2))
                .collect(Collectors.joining("; "));
    }

    private static String shorten(String s) {
        return s.length() > 24 ? s.substring(0, 23) + "…" : s;
    }
}
