package com.targetmonitor.ui.rules;

import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.RuleSet;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.dialog.DialogService;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules a plan's indicators are judged by, as the user edits them: each number with what is
 * wrong with it, OK only while all are valid, and saving as one step of the undo history.
 */
public final class RuleSetViewModel {

    /** Points behind time progress: 100 already means "never red". */
    public static final BigDecimal MAX_AMOUNT_BAND = new BigDecimal("100");
    /** Points short of a rate target; more than 50 is a typing mistake. */
    public static final BigDecimal MAX_RATE_BAND = new BigDecimal("50");
    /** Points around a 左右 target; more than 10 is a typing mistake (0.5 typed as 5 still passes). */
    public static final BigDecimal MAX_TOLERANCE = new BigDecimal("10");
    /** RuleSet allows 0 to 6 decimals. */
    public static final BigDecimal MAX_SCALE = new BigDecimal("6");

    private static final Logger LOG = LoggerFactory.getLogger(RuleSetViewModel.class);

    private final Session session;
    private final DialogService dialogs;
    private final Plan plan;
    private final NumberField amountYellowBand = new NumberField(MAX_AMOUNT_BAND, false);
    private final NumberField rateYellowBand = new NumberField(MAX_RATE_BAND, false);
    private final NumberField aboutTolerance = new NumberField(MAX_TOLERANCE, false);
    private final NumberField scale = new NumberField(MAX_SCALE, true);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(this, "changed");

    /** @param plan the stored plan whose rules are edited */
    public RuleSetViewModel(Session session, DialogService dialogs, Plan plan) {
        this.session = Objects.requireNonNull(session, "session");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.plan = Objects.requireNonNull(plan, "plan");
        if (plan.id() == null) {
            throw new IllegalArgumentException("the plan must be stored");
        }
        show(plan.rules());
        List<NumberField> fields = List.of(amountYellowBand, rateYellowBand, aboutTolerance, scale);
        BooleanBinding allValid = Bindings.createBooleanBinding(
                () -> fields.stream().allMatch(f -> f.value().isPresent()),
                fields.stream().map(NumberField::errorProperty).toArray(javafx.beans.Observable[]::new));
        valid.bind(allValid);
        fields.forEach(f -> f.textProperty().addListener((obs, old, now) -> changed.set(differs())));
    }

    /** "判定规则 — 金昌市2022年". */
    public String title() {
        return I18n.get(RulesMsg.RULES_TITLE, plan.name());
    }

    public Plan plan() {
        return plan;
    }

    /** Points behind time progress an amount may be and still show yellow. */
    public StringProperty amountYellowBandProperty() {
        return amountYellowBand.textProperty();
    }

    public ReadOnlyStringProperty amountYellowBandErrorProperty() {
        return amountYellowBand.errorProperty();
    }

    /** Points short of its target a rate may be and still show yellow. */
    public StringProperty rateYellowBandProperty() {
        return rateYellowBand.textProperty();
    }

    public ReadOnlyStringProperty rateYellowBandErrorProperty() {
        return rateYellowBand.errorProperty();
    }

    /** Points on the bad side within which a 左右 target is met. */
    public StringProperty aboutToleranceProperty() {
        return aboutTolerance.textProperty();
    }

    public ReadOnlyStringProperty aboutToleranceErrorProperty() {
        return aboutTolerance.errorProperty();
    }

    /** Decimals percentages are rounded to before they are judged. */
    public StringProperty scaleProperty() {
        return scale.textProperty();
    }

    public ReadOnlyStringProperty scaleErrorProperty() {
        return scale.errorProperty();
    }

    /** True while every field holds a valid number: OK is enabled only then. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public boolean isValid() {
        return valid.get();
    }

    /** True when the numbers differ from the plan's rules. */
    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    /** The rules as typed, when they are valid. */
    public Optional<RuleSet> ruleSet() {
        if (!isValid()) {
            return Optional.empty();
        }
        return Optional.of(new RuleSet(amountYellowBand.value().orElseThrow(), rateYellowBand.value().orElseThrow(),
                aboutTolerance.value().orElseThrow(), scale.value().orElseThrow().intValueExact()));
    }

    /** Fills in the application's defaults (10 points, 1 point, 0.5 points, 2 decimals); saved only by OK. */
    public void resetToDefaults() {
        show(RuleSet.DEFAULT);
    }

    /**
     * Stores the rules as one step of the undo history. Unchanged rules store nothing (no empty undo
     * step).
     *
     * @return true when the dialog may close: saved, or nothing to save; false when invalid or failed
     */
    public boolean save() {
        Optional<RuleSet> rules = ruleSet();
        if (rules.isEmpty()) {
            return false;
        }
        if (!differs()) {
            return true;
        }
        try {
            session.history().execute(session.edits().changeRules(I18n.get(RulesMsg.RULES_EDIT, plan.name()),
                    plan.id(), rules.get()));
            return true;
        } catch (RuntimeException e) {
            LOG.error("cannot save the rules of plan {}", plan.name(), e);
            dialogs.showException(I18n.get(RulesMsg.RULES_SAVE_FAILED_TITLE), e);
            return false;
        }
    }

    private void show(RuleSet rules) {
        amountYellowBand.set(rules.amountYellowBand());
        rateYellowBand.set(rules.rateYellowBand());
        aboutTolerance.set(rules.aboutTolerance());
        scale.set(BigDecimal.valueOf(rules.scale()));
    }

    /** Compares numbers by value: 10.0 typed for 10 is no change. */
    private boolean differs() {
        RuleSet old = plan.rules();
        return differs(amountYellowBand, old.amountYellowBand()) || differs(rateYellowBand, old.rateYellowBand())
                || differs(aboutTolerance, old.aboutTolerance()) || differs(scale, BigDecimal.valueOf(old.scale()));
    }

    private static boolean differs(NumberField field, BigDecimal old) {
        return field.value().map(v -> v.compareTo(old) != 0).orElse(true);
    }
}
