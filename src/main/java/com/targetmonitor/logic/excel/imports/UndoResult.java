package com.targetmonitor.logic.excel.imports;

import java.util.List;

/**
 * What undoing an import did.
 *
 * @param restored cells put back to what they held before the import
 * @param kept     cells changed by hand since the import, left as they are (their cells listed)
 */
public record UndoResult(long batchId, int restored, List<String> kept) {

    public UndoResult {
        kept = List.copyOf(kept);
    }
}
