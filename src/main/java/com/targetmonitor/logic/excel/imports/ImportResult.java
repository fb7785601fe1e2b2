package com.targetmonitor.logic.excel.imports;

import com.targetmonitor.model.ImportBatch;
import java.util.List;

/**
 * What a confirmed import wrote.
 *
 * @param batches one per file that wrote at least one value, for the import history
 * @param written values written
 * @param aliases names remembered for next month's file
 */
public record ImportResult(List<ImportBatch> batches, int written, int aliases) {

    public ImportResult {
        batches = List.copyOf(batches);
    }
}
