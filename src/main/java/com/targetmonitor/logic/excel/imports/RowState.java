package com.targetmonitor.logic.excel.imports;

/** What the import will do with a preview row. */
public enum RowState {
    /** Written when the import is confirmed. */
    APPLY,
    /** The workspace already holds this value; nothing to write. */
    UNCHANGED,
    /** A weak match: written only once the officer confirms it (never from the command line). */
    QUESTION,
    /** No indicator matches the row name; the officer may pick one. */
    UNMATCHED,
    /** Matched, but the cell holds no value ("—", "/", empty). */
    NO_VALUE,
    /** Matched, but something is wrong (see the row's problems); not written. */
    ERROR,
    /** The row reports for another region (a county's sheet) and the plan has no indicator for it. */
    NOT_APPLYING,
    /** The row's indicator is another unit's: this account (a reporter) may not write it. */
    NOT_PERMITTED,
    /** The officer chose not to import the row. */
    IGNORED;

    public boolean writes() {
        return this == APPLY;
    }
}
