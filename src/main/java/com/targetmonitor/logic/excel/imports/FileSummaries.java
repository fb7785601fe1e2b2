package com.targetmonitor.logic.excel.imports;

import com.targetmonitor.logic.excel.stats.StatFile;
import com.targetmonitor.logic.excel.text.PeriodHint;
import com.targetmonitor.model.Plan;
import com.targetmonitor.persistence.Workspace;
import java.util.ArrayList;
import java.util.List;

/** The per-file lines of the preview: period, rows, sheets left out, earlier imports of the same file. */
final class FileSummaries {

    private FileSummaries() {
    }

    static List<FileSummary> of(Workspace workspace, Plan plan, List<StatFile> files, ImportOptions options) {
        List<FileSummary> out = new ArrayList<>();
        for (StatFile f : files) {
            List<String> notes = new ArrayList<>();
            for (String sheet : f.sheetsWithout()) {
                notes.add("sheet " + sheet + " has no header row and was not read");
            }
            PeriodHint read = f.period();
            PeriodHint used = read;
            if (options.period() != null) {
                used = options.periodHint();
                if (read.hasMonth() && !read.endMonth().equals(used.endMonth())) {
                    notes.add("the file says " + read.label() + "; using " + options.period().key() + " as given");
                }
            }
            if (used.hasMonth() && used.year() == null) {
                used = used.withYear(options.year() != null ? options.year() : plan.year());
            }
            out.add(new FileSummary(f.fileName(), f.sha256(), used.label(), f.rowCount(), notes,
                    workspace.imports().findActiveBySha(plan.id(), f.sha256())));
        }
        return out;
    }
}
