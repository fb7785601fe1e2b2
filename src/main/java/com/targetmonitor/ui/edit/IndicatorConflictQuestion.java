package com.targetmonitor.ui.edit;

import com.targetmonitor.logic.edit.IndicatorConflictException;
import com.targetmonitor.logic.edit.IndicatorField;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.dialog.DialogService;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Shows an officer, field by field, where the indicator they saved or deleted differs from the one someone
 * else stored since it was shown, and asks what to do. Nothing has been written when it is asked.
 */
final class IndicatorConflictQuestion {

    /** In the order the buttons are offered. */
    enum Answer { KEEP_MINE, TAKE_STORED, BACK_TO_FORM }

    private IndicatorConflictQuestion() {
    }

    /** A save that crossed another's: keep mine, take the stored one, or (also when closed) back to the form. */
    static Answer onSave(DialogService dialogs, IndicatorFieldTexts texts, IndicatorConflictException conflict) {
        Indicator mine = conflict.mine().orElseThrow();
        Indicator stored = conflict.stored().orElseThrow();
        String message = I18n.get(EditMsg.EDIT_CONFLICT_SAVE, conflict.shown().name(),
                lines(EditMsg.EDIT_CONFLICT_SAVE_LINE, conflict.differing(), texts, mine, stored));
        return dialogs.choose(I18n.get(EditMsg.EDIT_CONFLICT_TITLE), message,
                        List.of(I18n.get(EditMsg.EDIT_CONFLICT_KEEP_MINE), I18n.get(EditMsg.EDIT_CONFLICT_TAKE_STORED),
                                I18n.get(EditMsg.EDIT_CONFLICT_BACK_TO_FORM)))
                .map(i -> Answer.values()[i]).orElse(Answer.BACK_TO_FORM);
    }

    /** A delete of an indicator another changed: true only when the officer still wants the stored one deleted. */
    static boolean deleteAnyway(DialogService dialogs, IndicatorFieldTexts texts, IndicatorConflictException conflict) {
        Indicator shown = conflict.shown();
        String message = I18n.get(EditMsg.EDIT_CONFLICT_DELETE, shown.name(),
                lines(EditMsg.EDIT_CONFLICT_DELETE_LINE, conflict.differing(), texts, shown,
                        conflict.stored().orElseThrow()));
        return dialogs.choose(I18n.get(EditMsg.EDIT_CONFLICT_TITLE), message,
                        List.of(I18n.get(EditMsg.EDIT_CONFLICT_DELETE_ANYWAY), I18n.get(EditMsg.EDIT_CONFLICT_KEEP_IT)))
                .filter(i -> i == 0).isPresent();
    }

    /** "· 目标值（确保）：我填写的 70；现存 65", one line per differing field. */
    private static String lines(EditMsg line, List<IndicatorField> fields, IndicatorFieldTexts texts, Indicator ours,
                                Indicator stored) {
        return fields.stream().map(f -> I18n.get(line, IndicatorFieldTexts.label(f), texts.value(f, ours),
                texts.value(f, stored))).collect(Collectors.joining("\n"));
    }
}
