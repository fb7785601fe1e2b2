package com.targetmonitor.ui.edit;

import com.targetmonitor.logic.edit.IndicatorConflictException;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.dialog.DialogService;

/**
 * Stores an officer's change or deletion of an indicator as one undoable step, over the indicator as it
 * was shown to them. When someone else changed it in between, nothing is written and the officer is asked
 * ({@link IndicatorConflictQuestion}); what they choose is written over what is stored then, so a further
 * crossing change asks again (ADR 0010).
 */
final class IndicatorWrites {

    private final Session session;
    private final DialogService dialogs;

    IndicatorWrites(Session session, DialogService dialogs) {
        this.session = session;
        this.dialogs = dialogs;
    }

    /**
     * The outcome of a save.
     *
     * @param indicator  as stored afterwards (null: failed, nothing written), or with {@code backToForm}
     *                   the stored one the form is to be measured against now
     * @param backToForm the officer chose to go back to the form with what they typed
     */
    record Saved(Indicator indicator, boolean backToForm) {
    }

    /** Stores {@code typed} if the indicator is still {@code shown}; otherwise asks, as often as saves cross. */
    Saved save(Indicator shown, Indicator typed) {
        Indicator expected = shown;
        while (true) {
            try {
                session.history().execute(session.edits().updateIndicator(
                        I18n.get(EditMsg.EDIT_DESC_EDIT_INDICATOR, typed.name()), expected, typed));
                return new Saved(typed, false);
            } catch (IndicatorConflictException conflict) {
                if (conflict.stored().isEmpty()) {
                    dialogs.showError(I18n.get(EditMsg.EDIT_CONFLICT_TITLE),
                            I18n.get(EditMsg.EDIT_CONFLICT_DELETED, shown.name()));
                    return new Saved(null, false);
                }
                Indicator now = conflict.stored().get();
                switch (IndicatorConflictQuestion.onSave(dialogs, texts(now), conflict)) {
                    case KEEP_MINE -> expected = now;
                    case TAKE_STORED -> {
                        return new Saved(now, false);
                    }
                    default -> {
                        return new Saved(now, true);
                    }
                }
            } catch (RuntimeException e) {
                showSaveError(dialogs, e);
                return new Saved(null, false);
            }
        }
    }

    /** Deletes the indicator if it is still {@code shown}; if someone else changed it, only when the officer says so. */
    boolean delete(Indicator shown) {
        Indicator expected = shown;
        while (true) {
            try {
                session.history().execute(session.edits().deleteIndicator(
                        I18n.get(EditMsg.EDIT_DESC_DELETE_INDICATOR, expected.name()), expected));
                return true;
            } catch (IndicatorConflictException conflict) {
                if (!IndicatorConflictQuestion.deleteAnyway(dialogs, texts(expected), conflict)) {
                    return false;
                }
                expected = conflict.stored().orElseThrow();
            } catch (RuntimeException e) {
                showSaveError(dialogs, e);
                return false;
            }
        }
    }

    static void showSaveError(DialogService dialogs, RuntimeException e) {
        dialogs.showError(I18n.get(EditMsg.EDIT_ERROR_TITLE), I18n.get(EditMsg.EDIT_ERROR_SAVE, e.getMessage()));
    }

    private IndicatorFieldTexts texts(Indicator indicator) {
        return new IndicatorFieldTexts(session.queries(), indicator.planId());
    }
}
