package com.targetmonitor.ui.edit;

import com.targetmonitor.model.Plan;
import com.targetmonitor.model.RuleSet;
import com.targetmonitor.ui.I18n;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The fields of the plan form (name, region, year, document and the plan's rules) and their checks. */
public final class PlanFormViewModel extends FormState {

    private final Plan original;
    private final List<String> takenNames;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty region = new SimpleStringProperty("");
    private final StringProperty year = new SimpleStringProperty("");
    private final StringProperty document = new SimpleStringProperty("");
    private final StringProperty amountBand = new SimpleStringProperty("");
    private final StringProperty rateBand = new SimpleStringProperty("");
    private final StringProperty tolerance = new SimpleStringProperty("");
    private final StringProperty scale = new SimpleStringProperty("");

    private final ReadOnlyStringWrapper nameMessage = newMessage();
    private final ReadOnlyStringWrapper yearMessage = newMessage();
    private final ReadOnlyStringWrapper amountBandMessage = newMessage();
    private final ReadOnlyStringWrapper rateBandMessage = newMessage();
    private final ReadOnlyStringWrapper toleranceMessage = newMessage();
    private final ReadOnlyStringWrapper scaleMessage = newMessage();

    /**
     * @param plan       the plan to edit, or null for a new one
     * @param takenNames the names of the workspace's plans (the plan's own name may be among them)
     */
    public PlanFormViewModel(Plan plan, Collection<String> takenNames) {
        this.original = plan;
        this.takenNames = takenNames.stream().filter(n -> plan == null || !n.equals(plan.name())).toList();
        RuleSet rules = plan == null ? RuleSet.DEFAULT : plan.rules();
        if (plan != null) {
            name.set(plan.name());
            region.set(plan.region());
            document.set(plan.document());
        }
        year.set(String.valueOf(plan == null ? Year.now().getValue() : plan.year()));
        amountBand.set(rules.amountYellowBand().toPlainString());
        rateBand.set(rules.rateYellowBand().toPlainString());
        tolerance.set(rules.aboutTolerance().toPlainString());
        scale.set(String.valueOf(rules.scale()));
        revalidateOn(name, year, amountBand, rateBand, tolerance, scale);
        revalidate();
    }

    @Override
    protected void check() {
        nameMessage.set(firstOf(FieldChecks.required(name.get()),
                FieldChecks.unique(name.get(), takenNames, EditMsg.EDIT_VALIDATION_NAME_USED)));
        yearMessage.set(FieldChecks.year(year.get()));
        amountBandMessage.set(FieldChecks.nonNegative(amountBand.get()));
        rateBandMessage.set(FieldChecks.nonNegative(rateBand.get()));
        toleranceMessage.set(FieldChecks.nonNegative(tolerance.get()));
        Integer s = FieldChecks.integer(scale.get());
        scaleMessage.set(s == null || s < 0 || s > 6 ? I18n.get(EditMsg.EDIT_VALIDATION_SCALE) : "");
    }

    @Override
    public String title() {
        return original == null ? I18n.get(EditMsg.EDIT_PLAN_NEW_TITLE) : I18n.get(EditMsg.EDIT_PLAN_EDIT_TITLE, original.name());
    }

    /** The plan as entered, with the original's id; only when {@link #isValid()}. */
    public Plan toPlan() {
        if (!isValid()) {
            throw new IllegalStateException("the plan form has errors");
        }
        RuleSet rules = new RuleSet(decimal(amountBand), decimal(rateBand), decimal(tolerance),
                FieldChecks.integer(scale.get()));
        return new Plan(original == null ? null : original.id(), name.get().strip(), region.get().strip(),
                FieldChecks.integer(year.get()), document.get().strip(), rules);
    }

    /** True for a new plan, or when something differs from the stored plan. */
    public boolean isChanged() {
        return original == null || !Objects.equals(original, toPlan());
    }

    private static BigDecimal decimal(StringProperty text) {
        return FieldChecks.decimal(text.get(), false);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty regionProperty() {
        return region;
    }

    public StringProperty yearProperty() {
        return year;
    }

    public StringProperty documentProperty() {
        return document;
    }

    public StringProperty amountBandProperty() {
        return amountBand;
    }

    public StringProperty rateBandProperty() {
        return rateBand;
    }

    public StringProperty toleranceProperty() {
        return tolerance;
    }

    public StringProperty scaleProperty() {
        return scale;
    }

    public ReadOnlyStringProperty nameMessageProperty() {
        return nameMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty yearMessageProperty() {
        return yearMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty amountBandMessageProperty() {
        return amountBandMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rateBandMessageProperty() {
        return rateBandMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty toleranceMessageProperty() {
        return toleranceMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty scaleMessageProperty() {
        return scaleMessage.getReadOnlyProperty();
    }
}
