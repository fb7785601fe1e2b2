package com.targetmonitor.logic.excel.targets;

import com.targetmonitor.logic.excel.stats.SkippedRow;
import java.nio.file.Path;
import java.util.List;

/**
 * A targets table as read, before any plan is touched.
 *
 * @param year the year its title names ("2024年目标任务分解表"), or null
 */
public record TargetsTable(Path path, String sha256, String title, Integer year, List<TargetLine> lines,
                           List<SkippedRow> skipped) {

    public String fileName() {
        return path.getFileName().toString();
    }
}
