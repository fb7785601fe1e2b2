package com.targetmonitor.logic.excel.imports;

import com.targetmonitor.logic.excel.read.SpreadsheetException;
import com.targetmonitor.logic.excel.stats.ColumnRole;
import com.targetmonitor.logic.excel.stats.StatFile;
import com.targetmonitor.logic.excel.stats.StatSheet;
import com.targetmonitor.logic.excel.stats.StatisticsReader;
import com.targetmonitor.logic.excel.targets.TargetsTable;
import com.targetmonitor.logic.excel.targets.TargetsTableReader;
import com.targetmonitor.logic.task.Cancellation;
import com.targetmonitor.logic.task.ProgressListener;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Files picked for import, read and sorted into statistics (actuals) and targets tables, before any
 * workspace is touched. A sheet is a targets table when its header has a 目标 column but no value
 * column, or when its title calls it one (目标任务分解表) and it has no cumulative or growth column.
 */
public record ImportFiles(List<StatFile> statistics, List<TargetsTable> targets) {

    private static final Pattern TARGETS_TITLE = Pattern.compile("目标任务|任务分解|分解表|目标分解|任务分工|责任分工|目标责任");

    public ImportFiles {
        statistics = List.copyOf(statistics);
        targets = List.copyOf(targets);
    }

    /**
     * @throws SpreadsheetException for the first file that cannot be imported, saying why
     */
    public static ImportFiles read(List<Path> paths, ImportOptions options, ProgressListener progress,
                                   Cancellation cancellation) {
        List<StatFile> statistics = new ArrayList<>();
        List<TargetsTable> targets = new ArrayList<>();
        int year = options.year() != null ? options.year() : options.period() != null ? options.period().year()
                : Year.now().getValue();
        for (Path path : paths) {
            cancellation.check();
            StatFile stat;
            try {
                stat = StatisticsReader.read(path, progress, cancellation);
            } catch (SpreadsheetException e) {
                if (e.reason() != SpreadsheetException.Reason.NO_HEADER) {
                    throw e;
                }
                targets.add(targetsOrExplain(path, year));
                continue;
            }
            if (looksLikeTargets(stat)) {
                targets.add(TargetsTableReader.read(path, year));
            } else {
                StatisticsImporter.requirePeriod(stat, options);
                statistics.add(stat);
            }
        }
        return new ImportFiles(statistics, targets);
    }

    public static ImportFiles read(List<Path> paths, ImportOptions options) {
        return read(paths, options, ProgressListener.NONE, Cancellation.NEVER);
    }

    private static TargetsTable targetsOrExplain(Path path, int year) {
        try {
            return TargetsTableReader.read(path, year);
        } catch (SpreadsheetException e) {
            if (e.reason() != SpreadsheetException.Reason.NO_HEADER) {
                throw e;
            }
            throw new SpreadsheetException(SpreadsheetException.Reason.NO_HEADER, path.getFileName().toString(),
                    "no header row found: no sheet has a row naming an indicator column (指标名称) and value columns "
                            + "(本月, 累计, 1-N月, 增长) or a target column (目标)");
        }
    }

    private static boolean looksLikeTargets(StatFile stat) {
        for (StatSheet sheet : stat.sheets()) {
            boolean target = sheet.header().has(ColumnRole.TARGET) && !sheet.header().has(ColumnRole.KEY);
            boolean figures = sheet.header().has(ColumnRole.CUMULATIVE) || sheet.header().has(ColumnRole.MONTH)
                    || sheet.header().has(ColumnRole.CUMULATIVE_GROWTH) || sheet.header().has(ColumnRole.MONTH_GROWTH);
            String names = sheet.title() + " " + sheet.name() + " " + stat.fileName();
            if (target && !figures && TARGETS_TITLE.matcher(names).find()) {
                return true;
            }
        }
        return false;
    }
}
