package com.targetmonitor.logic.excel.imports;

import com.targetmonitor.logic.excel.read.SpreadsheetException;
import com.targetmonitor.logic.excel.stats.StatFile;
import com.targetmonitor.logic.excel.stats.StatSheet;
import com.targetmonitor.logic.excel.stats.StatisticsReader;
import com.targetmonitor.logic.task.Cancellation;
import com.targetmonitor.logic.task.ProgressListener;
import com.targetmonitor.model.Plan;
import com.targetmonitor.persistence.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports statistics files (统计月报, department sheets, filled templates) into a plan in two steps:
 * {@link #read} the files — which needs no workspace, so a bad file is refused before the workspace is
 * even opened — then {@link #preview} them against the plan, which gives an {@link ImportSession} to
 * correct and apply.
 */
public final class StatisticsImporter {

    private StatisticsImporter() {
    }

    /**
     * Reads and checks the files. Every file must be readable, have a header row and name its period
     * (or the options must give one).
     *
     * @throws SpreadsheetException for the first file that cannot be imported, saying why
     */
    public static List<StatFile> read(List<Path> paths, ImportOptions options, ProgressListener progress,
                                      Cancellation cancellation) {
        List<StatFile> files = new ArrayList<>();
        for (Path path : paths) {
            cancellation.check();
            StatFile file = StatisticsReader.read(path, progress, cancellation);
            requirePeriod(file, options);
            files.add(file);
        }
        return files;
    }

    public static List<StatFile> read(List<Path> paths, ImportOptions options) {
        return read(paths, options, ProgressListener.NONE, Cancellation.NEVER);
    }

    /** Matches the files against the plan. Nothing is written until the session is applied. */
    public static ImportSession preview(Workspace workspace, Plan plan, List<StatFile> files, ImportOptions options) {
        return preview(workspace, plan, files, options, Cancellation.NEVER);
    }

    public static ImportSession preview(Workspace workspace, Plan plan, List<StatFile> files, ImportOptions options,
                                        Cancellation cancellation) {
        return new ImportSession(workspace, plan, files, options, cancellation);
    }

    /**
     * A sheet that lays out one column per figure needs the period from its title, header, sheet or
     * file name, or from the options. Sheets with a period column carry it on every row.
     */
    static void requirePeriod(StatFile file, ImportOptions options) {
        if (options.period() != null) {
            return;
        }
        boolean keyed = file.sheets().stream().allMatch(s -> s.rows().stream()
                .allMatch(r -> r.key().startsWith("TM:") && r.key().split(":").length == 4));
        if (keyed) {
            return;
        }
        for (StatSheet sheet : file.sheets()) {
            if (!sheet.header().isLong() && !sheet.period().hasMonth() && !file.period().hasMonth()) {
                throw new SpreadsheetException(SpreadsheetException.Reason.PERIOD_UNKNOWN, file.fileName(),
                        "period unknown: neither the title, the header, the sheet name nor the file name says which "
                                + "months the figures are for (e.g. 2024年1-6月); give --period YYYY-MM");
            }
        }
    }
}
