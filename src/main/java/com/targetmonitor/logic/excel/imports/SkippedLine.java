package com.targetmonitor.logic.excel.imports;

import com.targetmonitor.logic.excel.stats.SkippedRow;

/** A row not read as data (hidden, a footnote, a heading without values), listed so nothing goes silently. */
public record SkippedLine(String fileName, String cell, String text, SkippedRow.Reason reason) {

    public String message() {
        return cell + ": " + new SkippedRow(cell, text, reason).message() + " (" + text + ")";
    }
}
