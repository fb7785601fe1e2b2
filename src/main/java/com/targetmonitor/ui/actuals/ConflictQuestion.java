package com.targetmonitor.ui.actuals;

import com.targetmonitor.logic.edit.EditConflictException;
import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.ProgressNote;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.dialog.DialogService;
import java.util.List;
import java.util.stream.Stream;

/**
 * Shows an officer both sides of an edit that crossed someone else's (their value and the one stored
 * since it was shown) and asks which to keep. Nothing has been written when it is asked.
 */
final class ConflictQuestion {

    private ConflictQuestion() {
    }

    /** True: write this officer's value again, knowingly; false (or closed): keep the other's. */
    static boolean keepMine(DialogService dialogs, EditConflictException conflict, String place, IndicatorKind kind) {
        String message = conflict.aboutNote()
                ? I18n.get(ActualsMsg.GRID_CONFLICT_NOTE, place, note(conflict.myNote()), note(conflict.theirNote()))
                : I18n.get(ActualsMsg.GRID_CONFLICT_VALUE, place, value(kind, conflict.myValue()),
                value(kind, conflict.theirValue()));
        return dialogs.choose(I18n.get(ActualsMsg.GRID_CONFLICT_TITLE), message,
                        List.of(I18n.get(ActualsMsg.GRID_CONFLICT_KEEP_MINE), I18n.get(ActualsMsg.GRID_CONFLICT_TAKE_THEIRS)))
                .filter(i -> i == 0).isPresent();
    }

    private static String value(IndicatorKind kind, Double value) {
        return value == null ? I18n.get(ActualsMsg.GRID_CONFLICT_EMPTY) : ActualsTexts.value(kind, value);
    }

    private static String note(ProgressNote note) {
        if (note.isEmpty()) {
            return I18n.get(ActualsMsg.GRID_CONFLICT_EMPTY);
        }
        return String.join(" / ", Stream.of(note.progress(), note.problems(), note.nextSteps())
                .filter(s -> !s.isBlank()).toList());
    }
}
