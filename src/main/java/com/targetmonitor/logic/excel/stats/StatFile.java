package com.targetmonitor.logic.excel.stats;

import com.targetmonitor.logic.excel.text.PeriodHint;
import java.nio.file.Path;
import java.util.List;

/**
 * A statistics file read and understood, before it is matched against any plan: safe to build
 * without a workspace, so a bad file fails before the workspace is even opened.
 *
 * @param sha256        hex SHA-256 of the file's bytes, recorded with the import
 * @param sheetsWithout sheets that had no recognisable header (listed, not an error while one sheet has one)
 */
public record StatFile(Path path, String sha256, List<StatSheet> sheets, List<String> sheetsWithout) {

    public String fileName() {
        return path.getFileName().toString();
    }

    public int rowCount() {
        return sheets.stream().mapToInt(s -> s.rows().size()).sum();
    }

    /** The period of the first sheet that names one, or NONE. */
    public PeriodHint period() {
        for (StatSheet sheet : sheets) {
            if (sheet.period().hasMonth()) {
                return sheet.period();
            }
        }
        return PeriodHint.NONE;
    }
}
