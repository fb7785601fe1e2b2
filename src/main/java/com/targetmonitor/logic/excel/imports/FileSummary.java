package com.targetmonitor.logic.excel.imports;

import com.targetmonitor.model.ImportBatch;
import java.util.List;

/**
 * One imported file in the preview.
 *
 * @param periodLabel    the period the file's title or header names (2024年1-6月), or empty
 * @param dataRows       rows read as data
 * @param notes          sheets without a header, hidden sheets, a period given on the command line …
 * @param earlierImports imports of the very same file (same SHA-256) still in force: importing it
 *                       again changes nothing, and the officer may have picked the wrong file
 */
public record FileSummary(String fileName, String sha256, String periodLabel, int dataRows, List<String> notes,
                          List<ImportBatch> earlierImports) {

    public FileSummary {
        notes = List.copyOf(notes);
        earlierImports = List.copyOf(earlierImports);
    }
}
