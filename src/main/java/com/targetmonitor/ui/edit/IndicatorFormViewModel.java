package com.targetmonitor.ui.edit;

import com.targetmonitor.model.Category;
import com.targetmonitor.model.Direction;
import com.targetmonitor.model.Frequency;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Qualifier;
import com.targetmonitor.model.Responsibility;
import com.targetmonitor.model.ResponsibilityRole;
import com.targetmonitor.model.Source;
import com.targetmonitor.model.Target;
import com.targetmonitor.model.Unit;
import com.targetmonitor.model.number.NumberReader;
import com.targetmonitor.ui.I18n;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The fields of the indicator form and their checks. The text fields live in {@link IndicatorFields};
 * this class adds the choices, the checks and the conversion to an {@link Indicator}.
 */
public final class IndicatorFormViewModel extends FormState {

    private final Indicator original;
    private final IndicatorChoices choices;
    private final IndicatorFields text = new IndicatorFields();

    private final ObjectProperty<Category> category = new SimpleObjectProperty<>();
    private final ObjectProperty<Indicator> parent = new SimpleObjectProperty<>();
    private final ObjectProperty<IndicatorKind> kind = new SimpleObjectProperty<>(IndicatorKind.AMOUNT);
    private final ObjectProperty<Frequency> frequency = new SimpleObjectProperty<>(Frequency.MONTHLY);
    private final ObjectProperty<Qualifier> qualifier = new SimpleObjectProperty<>(Qualifier.AT_LEAST);
    private final ObjectProperty<Direction> direction = new SimpleObjectProperty<>(Direction.HIGHER_BETTER);
    private final ObjectProperty<Unit> lead = new SimpleObjectProperty<>();
    private final ObservableList<Unit> supportUnits = FXCollections.observableArrayList();

    private final ReadOnlyStringWrapper codeMessage = newMessage();
    private final ReadOnlyStringWrapper nameMessage = newMessage();
    private final ReadOnlyStringWrapper targetMessage = newMessage();
    private final ReadOnlyStringWrapper stretchMessage = newMessage();
    private final ReadOnlyStringWrapper deadlineMessage = newMessage();
    private final ReadOnlyStringWrapper supportMessage = newMessage();

    private final int position;

    private IndicatorFormViewModel(Indicator original, IndicatorChoices choices, int position) {
        this.original = original;
        this.choices = choices;
        this.position = position;
        qualifier.addListener((obs, old, now) -> {
            // 以内 is a ceiling: lower is better, unless the officer has chosen the direction himself.
            if (old != null && now != null && direction.get() == Target.defaultDirection(old)) {
                direction.set(Target.defaultDirection(now));
            }
        });
        revalidateOn(text.code, text.name, text.unitOfMeasure, text.target, text.stretch, text.deadline, kind,
                direction, lead, supportUnits);
    }

    /** A form for a new indicator of the plan, in the given category and under the given parent (both may be null). */
    public static IndicatorFormViewModel forNew(IndicatorChoices choices, Long categoryId, Long parentId, int position) {
        IndicatorFormViewModel vm = new IndicatorFormViewModel(null, choices, position);
        Indicator parent = find(choices.parents(), Indicator::id, parentId);
        vm.parent.set(parent);
        vm.category.set(find(choices.categories(), Category::id, parent != null ? parent.categoryId() : categoryId));
        if (parent != null) {
            // A decomposed part is usually measured like its whole ("其中：").
            vm.kind.set(parent.kind());
            vm.frequency.set(parent.frequency());
            vm.text.unitOfMeasure.set(parent.unitOfMeasure());
            vm.qualifier.set(parent.target().qualifier());
            vm.direction.set(parent.target().direction());
        }
        vm.revalidate();
        return vm;
    }

    /** A form showing a stored indicator. */
    public static IndicatorFormViewModel forEdit(IndicatorChoices choices, Indicator indicator) {
        return forEdit(choices, indicator, indicator);
    }

    /**
     * A form for the stored indicator showing what the officer typed before (back to the form after a
     * conflict): what it saves, and whether it changed anything, is measured against the stored one.
     */
    public static IndicatorFormViewModel forEdit(IndicatorChoices choices, Indicator stored, Indicator typed) {
        IndicatorFormViewModel vm = new IndicatorFormViewModel(stored, choices, stored.position());
        Indicator indicator = typed;
        vm.text.fill(indicator);
        vm.category.set(find(choices.categories(), Category::id, indicator.categoryId()));
        vm.parent.set(find(choices.parents(), Indicator::id, indicator.parentId()));
        vm.kind.set(indicator.kind());
        vm.frequency.set(indicator.frequency());
        vm.qualifier.set(indicator.target().qualifier());
        vm.direction.set(indicator.target().direction());
        vm.lead.set(find(choices.units(), Unit::id, indicator.leadUnitId().orElse(null)));
        for (Responsibility r : indicator.responsibilities()) {
            if (r.role() == ResponsibilityRole.SUPPORT) {
                Unit unit = find(choices.units(), Unit::id, r.unitId());
                if (unit != null) {
                    vm.supportUnits.add(unit);
                }
            }
        }
        vm.revalidate();
        return vm;
    }

    @Override
    protected void check() {
        IndicatorKind k = kind.get() == null ? IndicatorKind.AMOUNT : kind.get();
        codeMessage.set(FieldChecks.unique(text.code.get(), choices.takenCodes(), EditMsg.EDIT_VALIDATION_CODE_USED));
        nameMessage.set(FieldChecks.required(text.name.get()));
        targetMessage.set(firstOf(FieldChecks.number(text.target.get(), unit(), k.isRate()),
                negative(k, text.target.get())));
        stretchMessage.set(firstOf(FieldChecks.number(text.stretch.get(), unit(), k.isRate()),
                negative(k, text.stretch.get()),
                stretchBeyondTarget(k)));
        deadlineMessage.set(firstOf(FieldChecks.date(text.deadline.get()),
                k == IndicatorKind.MILESTONE && FieldChecks.compact(text.deadline.get()).isEmpty()
                        ? I18n.get(EditMsg.EDIT_VALIDATION_DEADLINE_REQUIRED) : ""));
        supportMessage.set(lead.get() != null && supportUnits.contains(lead.get())
                ? I18n.get(EditMsg.EDIT_VALIDATION_LEAD_ALSO_SUPPORT) : "");
    }

    /** Amounts and counts cannot be negative (a growth rate can: "下降3%" is -3). */
    private String negative(IndicatorKind k, String value) {
        BigDecimal v = value(value, k);
        return k.isProgressive() && v != null && v.signum() < 0 ? I18n.get(EditMsg.EDIT_VALIDATION_NEGATIVE_TARGET) : "";
    }

    /** 力争 is the higher level: above 确保 when higher is better, below it when lower is better. */
    private String stretchBeyondTarget(IndicatorKind k) {
        BigDecimal target = value(text.target.get(), k);
        BigDecimal stretch = value(text.stretch.get(), k);
        if (target == null || stretch == null) {
            return "";
        }
        int c = stretch.compareTo(target);
        boolean worse = direction.get() == Direction.LOWER_BETTER ? c > 0 : c < 0;
        return worse ? I18n.get(EditMsg.EDIT_VALIDATION_STRETCH) : "";
    }

    @Override
    public String title() {
        return original == null ? I18n.get(EditMsg.EDIT_INDICATOR_NEW_TITLE)
                : I18n.get(EditMsg.EDIT_INDICATOR_EDIT_TITLE, original.name());
    }

    /** The indicator as entered, keeping the original's id, position and phasing; only when valid. */
    public Indicator toIndicator() {
        if (!isValid()) {
            throw new IllegalStateException("the indicator form has errors");
        }
        IndicatorKind k = kind.get();
        Target target = new Target(number(text.target.get(), k), qualifier.get(), direction.get(),
                number(text.stretch.get(), k), FieldChecks.parseDate(text.deadline.get()));
        Source source = new Source(text.sourceSentence.get().strip(), text.sourceDocument.get().strip(),
                text.sourceNote.get().strip());
        List<Responsibility> units = new ArrayList<>();
        if (lead.get() != null) {
            units.add(new Responsibility(lead.get().id(), ResponsibilityRole.LEAD));
        }
        supportUnits.forEach(u -> units.add(new Responsibility(u.id(), ResponsibilityRole.SUPPORT)));
        Category c = category.get();
        Indicator p = parent.get();
        return new Indicator(original == null ? null : original.id(), choices.planId(), c == null ? null : c.id(),
                p == null ? null : p.id(), text.code.get().strip(), text.name.get().strip(),
                text.unitOfMeasure.get().strip(), k, frequency.get(), target, source, units,
                original == null ? null : original.phasing(), position);
    }

    public boolean isChanged() {
        return original == null || !original.equals(toIndicator());
    }

    private Double number(String value, IndicatorKind k) {
        BigDecimal v = value(value, k);
        return v == null ? null : v.doubleValue();
    }

    /** The number typed into the target or stretch field, in the indicator's unit; null when blank or wrong. */
    private BigDecimal value(String value, IndicatorKind k) {
        return NumberReader.forField(value, unit(), k.isRate()).decimal();
    }

    private String unit() {
        return text.unitOfMeasure.get();
    }

    private static <T> T find(List<T> items, Function<T, Long> id, Long wanted) {
        return wanted == null ? null
                : items.stream().filter(i -> Objects.equals(id.apply(i), wanted)).findFirst().orElse(null);
    }

    /** The free-text fields (code, name, unit of measure, target, stretch, deadline, source). */
    public IndicatorFields text() {
        return text;
    }

    public IndicatorChoices choices() {
        return choices;
    }

    public ObjectProperty<Category> categoryProperty() {
        return category;
    }

    public ObjectProperty<Indicator> parentProperty() {
        return parent;
    }

    public ObjectProperty<IndicatorKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Frequency> frequencyProperty() {
        return frequency;
    }

    public ObjectProperty<Qualifier> qualifierProperty() {
        return qualifier;
    }

    public ObjectProperty<Direction> directionProperty() {
        return direction;
    }

    public ObjectProperty<Unit> leadProperty() {
        return lead;
    }

    /** The supporting units (配合单位), in the order the plan lists them. */
    public ObservableList<Unit> supportUnits() {
        return supportUnits;
    }

    public ReadOnlyStringProperty codeMessageProperty() {
        return codeMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nameMessageProperty() {
        return nameMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty targetMessageProperty() {
        return targetMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stretchMessageProperty() {
        return stretchMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty deadlineMessageProperty() {
        return deadlineMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty supportMessageProperty() {
        return supportMessage.getReadOnlyProperty();
    }
}
