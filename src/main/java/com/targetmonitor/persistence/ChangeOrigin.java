package com.targetmonitor.persistence;

/**
 * Where the changes of the next transactions come from, recorded with each of them. An import's
 * own writes are marked by the database itself once its batch row exists.
 *
 * @param kind    TYPED, UNDO, REDO, UNDO_IMPORT or RESTORE
 * @param batchId the import batch an UNDO_IMPORT undoes, else null
 */
public record ChangeOrigin(String kind, Long batchId) {

    public static final ChangeOrigin TYPED = new ChangeOrigin("TYPED", null);
    public static final ChangeOrigin UNDO = new ChangeOrigin("UNDO", null);
    public static final ChangeOrigin REDO = new ChangeOrigin("REDO", null);
    public static final ChangeOrigin RESTORE = new ChangeOrigin("RESTORE", null);
    /** Copying a whole workspace with its history: the copy's rows are not new changes, not recorded. */
    public static final ChangeOrigin COPY = new ChangeOrigin("COPY", null);
    /** Installing the sample plans: not recorded. */
    public static final ChangeOrigin SEED = new ChangeOrigin("SEED", null);

    public static ChangeOrigin undoImport(long batchId) {
        return new ChangeOrigin("UNDO_IMPORT", batchId);
    }
}
