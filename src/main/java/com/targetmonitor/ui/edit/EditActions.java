package com.targetmonitor.ui.edit;

import com.targetmonitor.logic.edit.CreateEdit;
import com.targetmonitor.logic.edit.DeletionImpact;
import com.targetmonitor.logic.edit.Edit;
import com.targetmonitor.logic.edit.EditService;
import com.targetmonitor.logic.edit.UnitInUseException;
import com.targetmonitor.logic.edit.UnitUsage;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.Unit;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.dialog.DialogService;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What the main window's menus and toolbar call to create, change and delete plans, units and
 * indicators. Each shows its form (or asks before deleting, saying what goes with it) and runs the
 * change as one undoable step of the session's history. Nothing is written when the officer cancels.
 */
public final class EditActions {

    private final Session session;
    private final DialogService dialogs;
    private final FormPresenter forms;

    public EditActions(Session session, DialogService dialogs, FormPresenter forms) {
        this.session = Objects.requireNonNull(session, "session");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.forms = Objects.requireNonNull(forms, "forms");
    }

    // ---- plans ------------------------------------------------------------------------------

    /** Asks for a new plan and stores it; empty when cancelled or refused. */
    public Optional<Plan> newPlan() {
        PlanFormViewModel form = new PlanFormViewModel(null, planNames());
        if (!forms.show(form) || !form.isValid()) {
            return Optional.empty();
        }
        Plan plan = form.toPlan();
        return created(service().createPlan(I18n.get(EditMsg.EDIT_DESC_NEW_PLAN, plan.name()), plan));
    }

    /** Shows the plan's form and stores what changed; the plan as stored afterwards. */
    public Optional<Plan> editPlan(Plan plan) {
        Plan current = session.queries().plan(plan.id()).orElse(plan);
        PlanFormViewModel form = new PlanFormViewModel(current, planNames());
        if (!forms.show(form) || !form.isValid()) {
            return Optional.empty();
        }
        if (!form.isChanged()) {
            return Optional.of(current);
        }
        Plan changed = form.toPlan();
        return run(() -> service().updatePlan(I18n.get(EditMsg.EDIT_DESC_EDIT_PLAN, changed.name()), changed))
                ? Optional.of(changed) : Optional.empty();
    }

    /** Asks (saying how many categories, indicators and values go with it), then deletes the plan. */
    public boolean deletePlan(Plan plan) {
        Optional<DeletionImpact> read = attempt(() -> service().planImpact(plan.id()));
        if (read.isEmpty()) {
            return false;
        }
        DeletionImpact impact = read.get();
        String question = I18n.get(EditMsg.EDIT_DELETE_PLAN_QUESTION, plan.name(), impact.categories(),
                impact.indicators(), impact.observations());
        if (!dialogs.confirm(I18n.get(EditMsg.EDIT_DELETE_PLAN_TITLE), question)) {
            return false;
        }
        return run(() -> service().deletePlan(I18n.get(EditMsg.EDIT_DESC_DELETE_PLAN, plan.name()), plan.id()));
    }

    // ---- units ------------------------------------------------------------------------------

    public Optional<Unit> newUnit() {
        UnitFormViewModel form = new UnitFormViewModel(null, session.queries().units(), Set.of());
        if (!forms.show(form) || !form.isValid()) {
            return Optional.empty();
        }
        Unit unit = form.toUnit();
        return created(service().createUnit(I18n.get(EditMsg.EDIT_DESC_NEW_UNIT, unit.name()), unit));
    }

    public Optional<Unit> editUnit(Unit unit) {
        Unit current = units().stream().filter(u -> u.id().equals(unit.id())).findFirst().orElse(unit);
        UnitFormViewModel form = new UnitFormViewModel(current, units(),
                service().unitAndUnitsBelow(current.id()));
        if (!forms.show(form) || !form.isValid()) {
            return Optional.empty();
        }
        if (!form.isChanged()) {
            return Optional.of(current);
        }
        Unit changed = form.toUnit();
        return run(() -> service().updateUnit(I18n.get(EditMsg.EDIT_DESC_EDIT_UNIT, changed.name()), changed))
                ? Optional.of(changed) : Optional.empty();
    }

    /** Refuses, saying why, while indicators or units refer to the unit; otherwise asks, then deletes it. */
    public boolean deleteUnit(Unit unit) {
        Optional<UnitUsage> read = attempt(() -> service().unitUsage(unit.id()));
        if (read.isEmpty()) {
            return false;
        }
        UnitUsage usage = read.get();
        if (usage.inUse()) {
            showInUse(unit.name(), usage);
            return false;
        }
        if (!dialogs.confirm(I18n.get(EditMsg.EDIT_DELETE_UNIT_TITLE), I18n.get(EditMsg.EDIT_DELETE_UNIT_QUESTION, unit.name()))) {
            return false;
        }
        return run(() -> service().deleteUnit(I18n.get(EditMsg.EDIT_DESC_DELETE_UNIT, unit.name()), unit.id()));
    }

    // ---- indicators -------------------------------------------------------------------------

    /** Asks for a new indicator of the plan, preset to the category and parent (either may be null). */
    public Optional<Indicator> newIndicator(Plan plan, Long categoryId, Long parentId) {
        IndicatorFormViewModel form = IndicatorFormViewModel.forNew(
                IndicatorChoiceReader.read(session, plan.id(), null), categoryId, parentId, 0);
        if (!forms.show(form) || !form.isValid()) {
            return Optional.empty();
        }
        Indicator entered = form.toIndicator();
        Indicator placed = IndicatorChoiceReader.atPosition(entered,
                service().nextPosition(plan.id(), entered.categoryId(), entered.parentId()));
        return created(service().createIndicator(I18n.get(EditMsg.EDIT_DESC_NEW_INDICATOR, placed.name()), placed));
    }

    /**
     * Shows the indicator's form and stores what changed, if the indicator is still as the form showed it;
     * otherwise the officer sees where theirs and the stored one differ and keeps theirs, takes the stored
     * one, or goes back to the form. The indicator as stored afterwards; empty when cancelled or failed.
     */
    public Optional<Indicator> editIndicator(Indicator indicator) {
        Optional<Indicator> stored = attempt(() -> session.queries().indicator(indicator.id())
                .orElseThrow(() -> new IllegalStateException("indicator " + indicator.id() + " no longer exists")));
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        Indicator shown = stored.get();
        Indicator typed = shown;
        while (true) {
            IndicatorFormViewModel form = IndicatorFormViewModel.forEdit(
                    IndicatorChoiceReader.read(session, shown.planId(), shown), shown, typed);
            if (!forms.show(form) || !form.isValid()) {
                return Optional.empty();
            }
            if (!form.isChanged()) {
                return Optional.of(shown);
            }
            typed = form.toIndicator();
            IndicatorWrites.Saved saved = writes().save(shown, typed);
            if (!saved.backToForm()) {
                return Optional.ofNullable(saved.indicator());
            }
            shown = saved.indicator();
        }
    }

    /** Asks (saying how many decomposed indicators and values go with it), then deletes the indicator. */
    public boolean deleteIndicator(Indicator indicator) {
        Optional<DeletionImpact> read = attempt(() -> service().indicatorImpact(indicator.id()));
        if (read.isEmpty()) {
            return false;
        }
        DeletionImpact impact = read.get();
        String question = I18n.get(EditMsg.EDIT_DELETE_INDICATOR_QUESTION, indicator.name());
        if (!impact.isEmpty()) {
            question = question + "\n\n" + I18n.get(EditMsg.EDIT_DELETE_INDICATOR_IMPACT, impact.indicators(),
                    impact.observations());
        }
        if (!dialogs.confirm(I18n.get(EditMsg.EDIT_DELETE_INDICATOR_TITLE), question)) {
            return false;
        }
        return writes().delete(indicator);
    }

    // -----------------------------------------------------------------------------------------

    private List<Unit> units() {
        return session.queries().units();
    }

    private EditService service() {
        return session.edits();
    }

    private IndicatorWrites writes() {
        return new IndicatorWrites(session, dialogs);
    }

    private List<String> planNames() {
        return session.queries().plans().stream().map(Plan::name).toList();
    }

    private <T> Optional<T> created(CreateEdit<T> edit) {
        return run(() -> edit) ? Optional.of(edit.stored()) : Optional.empty();
    }

    /** Builds and runs the edit as one step; a refusal or failure is told in words and nothing changes. */
    private boolean run(Supplier<Edit> edit) {
        return attempt(() -> {
            session.history().execute(edit.get());
            return true;
        }).isPresent();
    }

    /** The result, or empty after telling the officer why it failed (e.g. the row was deleted meanwhile). */
    private <T> Optional<T> attempt(Supplier<T> work) {
        try {
            return Optional.of(work.get());
        } catch (UnitInUseException e) {
            showInUse(e.unitName(), e.usage());
        } catch (RuntimeException e) {
            showSaveError(e);
        }
        return Optional.empty();
    }

    private void showSaveError(RuntimeException e) {
        IndicatorWrites.showSaveError(dialogs, e);
    }

    private void showInUse(String unitName, UnitUsage usage) {
        StringBuilder text = new StringBuilder();
        if (usage.indicators() > 0) {
            text.append(I18n.get(EditMsg.EDIT_UNIT_IN_USE_INDICATORS, unitName, usage.indicators()));
        }
        if (usage.childUnits() > 0) {
            text.append(text.length() > 0 ? "\n\n" : "")
                    .append(I18n.get(EditMsg.EDIT_UNIT_IN_USE_CHILDREN, unitName, usage.childUnits()));
        }
        dialogs.showError(I18n.get(EditMsg.EDIT_UNIT_IN_USE_TITLE), text.toString());
    }
}
