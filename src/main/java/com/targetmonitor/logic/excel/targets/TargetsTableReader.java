package com.targetmonitor.logic.excel.targets;

import com.targetmonitor.logic.excel.read.SpreadsheetException;
import com.targetmonitor.logic.excel.read.SpreadsheetReader;
import com.targetmonitor.logic.excel.stats.StatisticsReader;
import java.nio.file.Path;
import java.util.List;

/** Reads a targets table (目标任务分解表) from .xlsx, .xls or .csv; needs no workspace. */
public final class TargetsTableReader {

    private TargetsTableReader() {
    }

    /**
     * @param defaultYear the year for deadlines when the title names none (the plan's, or --year)
     * @throws SpreadsheetException when the file is bad or has no targets header
     */
    public static TargetsTable read(Path file, int defaultYear) {
        TargetsCollector collector = new TargetsCollector(defaultYear);
        SpreadsheetReader.read(file, collector);
        if (!collector.foundHeader()) {
            throw new SpreadsheetException(SpreadsheetException.Reason.NO_HEADER, file.getFileName().toString(),
                    "no header row found: no sheet has a row naming an indicator column (指标名称) and a target "
                            + "column (目标) in its first rows");
        }
        return new TargetsTable(file, StatisticsReader.sha256(file), collector.title(), collector.year(),
                List.copyOf(collector.lines()), List.copyOf(collector.skipped()));
    }
}
