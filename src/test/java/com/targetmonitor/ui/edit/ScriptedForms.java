package com.targetmonitor.ui.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A FormPresenter for tests: fills the form the way the test says and answers OK or Cancel. */
final class ScriptedForms implements FormPresenter {

    private Consumer<PlanFormViewModel> plan = f -> { };
    private Consumer<UnitFormViewModel> unit = f -> { };
    private Consumer<IndicatorFormViewModel> indicator = f -> { };
    private boolean ok = true;
    private final List<FormState> shown = new ArrayList<>();

    ScriptedForms plan(Consumer<PlanFormViewModel> fill) {
        this.plan = fill;
        return this;
    }

    ScriptedForms unit(Consumer<UnitFormViewModel> fill) {
        this.unit = fill;
        return this;
    }

    ScriptedForms indicator(Consumer<IndicatorFormViewModel> fill) {
        this.indicator = fill;
        return this;
    }

    ScriptedForms cancel() {
        this.ok = false;
        return this;
    }

    List<FormState> shown() {
        return shown;
    }

    @Override
    public boolean show(PlanFormViewModel form) {
        shown.add(form);
        plan.accept(form);
        return ok;
    }

    @Override
    public boolean show(UnitFormViewModel form) {
        shown.add(form);
        unit.accept(form);
        return ok;
    }

    @Override
    public boolean show(IndicatorFormViewModel form) {
        shown.add(form);
        indicator.accept(form);
        return ok;
    }
}
