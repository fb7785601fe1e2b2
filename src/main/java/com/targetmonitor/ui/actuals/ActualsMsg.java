package com.targetmonitor.ui.actuals;

import com.targetmonitor.ui.MessageKey;

/** UI texts of the actuals feature; see {@link com.targetmonitor.ui.MessageKey}. */
public enum ActualsMsg implements MessageKey {
    GRID_TAB("main.tab.actuals", 0),
    GRID_HEADING("grid.heading", 0),
    /** {0}: plan name. */
    GRID_TITLE("grid.title", 1),
    GRID_HINT("grid.hint", 0),
    GRID_EMPTY("grid.empty", 0),
    GRID_COLUMN_CODE("grid.column.code", 0),
    GRID_COLUMN_NAME("grid.column.name", 0),
    GRID_COLUMN_UNIT("grid.column.unit", 0),
    GRID_COLUMN_JAN_FEB("grid.column.janFeb", 0),
    /** {0}: indicator name; {1}: period. */
    GRID_PLACE("grid.place", 2),
    GRID_MILESTONE_DONE("grid.milestone.done", 0),
    GRID_MILESTONE_NOT_DONE("grid.milestone.notDone", 0),
    GRID_READ_ONLY_TIP("grid.readOnly.tip", 0),
    /** {0}: indicator and period; {1}: the value stored. */
    GRID_SAVED("grid.saved", 2),
    /** {0}: number of cells. */
    GRID_CLEARED("grid.cleared", 1),
    /** {0}: number of cells. */
    GRID_PASTED("grid.pasted", 1),
    /** {0}: indicator and period (undo menu). */
    GRID_EDIT_VALUE("grid.edit.value", 1),
    /** {0}: number of cells (undo menu). */
    GRID_EDIT_PASTE("grid.edit.paste", 1),
    /** {0}: number of cells (undo menu). */
    GRID_EDIT_CLEAR("grid.edit.clear", 1),
    /** {0}: indicator and period (undo menu). */
    GRID_EDIT_NOTE("grid.edit.note", 1),
    /** {0}: indicator and period; {1}: the text typed. */
    GRID_ERROR_NOT_A_NUMBER("grid.error.notANumber", 2),
    /** {0}: indicator and period; {1}: the text typed. */
    GRID_ERROR_APPROXIMATE("grid.error.approximate", 2),
    /** {0}: indicator and period; {1}: the text typed; {2}: the indicator's unit of measure. */
    GRID_ERROR_OTHER_UNIT("grid.error.otherUnit", 3),
    /** {0}: indicator and period; {1}: the text typed. */
    GRID_ERROR_PERCENT("grid.error.percent", 2),
    /** {0}: indicator and period. */
    GRID_ERROR_NEGATIVE("grid.error.negative", 1),
    /** {0}: indicator and period; {1}: the text typed. */
    GRID_ERROR_MILESTONE("grid.error.milestone", 2),
    /** {0}: indicator name; {1}: column header. */
    GRID_ERROR_READ_ONLY("grid.error.readOnly", 2),
    /** {0},{1}: rows and columns pasted; {2},{3}: rows and columns left from the cell. */
    GRID_ERROR_PASTE_TOO_BIG("grid.error.pasteTooBig", 4),
    /** {0}: the first problem; {1}: how many more. */
    GRID_ERROR_MORE("grid.error.more", 2),
    /** {0}: what was being stored. */
    GRID_ERROR_SAVE_FAILED("grid.error.saveFailed", 1),
    /** {0}: the reason. */
    GRID_ERROR_LOAD_FAILED("grid.error.loadFailed", 1),
    /** {0}: indicator name; {1}: period. */
    GRID_NOTE_HEADING("grid.note.heading", 2),
    GRID_NOTE_NONE("grid.note.none", 0),
    GRID_NOTE_PROGRESS("grid.note.progress", 0),
    GRID_NOTE_PROBLEMS("grid.note.problems", 0),
    GRID_NOTE_NEXT_STEPS("grid.note.nextSteps", 0),
    GRID_NOTE_SAVE("grid.note.save", 0),
    /** {0}: indicator and period. */
    GRID_NOTE_SAVED("grid.note.saved", 1),
    GRID_CONFLICT_TITLE("grid.conflict.title", 0),
    /** {0}: indicator and period; {1}: the value typed; {2}: the value stored by someone else since. */
    GRID_CONFLICT_VALUE("grid.conflict.value", 3),
    /** {0}: indicator and period; {1}: the note typed; {2}: the note stored by someone else since. */
    GRID_CONFLICT_NOTE("grid.conflict.note", 3),
    GRID_CONFLICT_KEEP_MINE("grid.conflict.keepMine", 0),
    GRID_CONFLICT_TAKE_THEIRS("grid.conflict.takeTheirs", 0),
    GRID_CONFLICT_EMPTY("grid.conflict.empty", 0),
    /** {0}: indicator and period. */
    GRID_CONFLICT_TOOK_THEIRS("grid.conflict.tookTheirs", 1),
    ;

    private final Spec spec;

    ActualsMsg(String key, int argumentCount) {
        this.spec = new Spec(key, argumentCount);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
