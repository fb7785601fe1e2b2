package com.targetmonitor.ui.edit;

import java.util.Objects;
import javafx.scene.Parent;

/** The plan form: name, region, year, document and the plan's rules for judging its indicators. */
public final class PlanFormView {

    public static final String NAME_ID = "planName";
    public static final String YEAR_ID = "planYear";

    private final FormGrid form = new FormGrid();

    public PlanFormView(PlanFormViewModel vm) {
        Objects.requireNonNull(vm, "vm");
        form.add(EditMsg.EDIT_PLAN_NAME, FormGrid.text(vm.nameProperty()), NAME_ID, vm.nameMessageProperty());
        form.add(EditMsg.EDIT_PLAN_REGION, FormGrid.text(vm.regionProperty()), "planRegion");
        form.add(EditMsg.EDIT_PLAN_YEAR, FormGrid.text(vm.yearProperty()), YEAR_ID, vm.yearMessageProperty());
        form.add(EditMsg.EDIT_PLAN_DOCUMENT, FormGrid.text(vm.documentProperty()), "planDocument");
        form.add(EditMsg.EDIT_PLAN_AMOUNT_BAND, FormGrid.text(vm.amountBandProperty()), "planAmountBand",
                vm.amountBandMessageProperty());
        form.add(EditMsg.EDIT_PLAN_RATE_BAND, FormGrid.text(vm.rateBandProperty()), "planRateBand",
                vm.rateBandMessageProperty());
        form.add(EditMsg.EDIT_PLAN_TOLERANCE, FormGrid.text(vm.toleranceProperty()), "planTolerance",
                vm.toleranceMessageProperty());
        form.add(EditMsg.EDIT_PLAN_SCALE, FormGrid.text(vm.scaleProperty()), "planScale", vm.scaleMessageProperty());
    }

    public Parent root() {
        return form.grid();
    }
}
