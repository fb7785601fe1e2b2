package com.targetmonitor.ui.edit;

import com.targetmonitor.model.Direction;
import com.targetmonitor.model.Frequency;
import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Qualifier;
import com.targetmonitor.model.Unit;
import com.targetmonitor.ui.StatusTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.Property;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.control.TextArea;
import org.controlsfx.control.CheckComboBox;

/**
 * The indicator form: what it is (code, name, category, decomposed from, kind, unit, frequency),
 * its target (value, qualifier, direction, stretch, deadline), who answers for it (lead and
 * supporting units) and where it comes from (sentence, document, note).
 */
public final class IndicatorFormView {

    public static final String CODE_ID = "indicatorCode";
    public static final String NAME_ID = "indicatorName";
    public static final String KIND_ID = "indicatorKind";
    public static final String TARGET_ID = "indicatorTarget";
    public static final String STRETCH_ID = "indicatorStretch";
    public static final String DEADLINE_ID = "indicatorDeadline";

    private final FormGrid form = new FormGrid();

    public IndicatorFormView(IndicatorFormViewModel vm) {
        Objects.requireNonNull(vm, "vm");
        IndicatorFields text = vm.text();
        IndicatorChoices choices = vm.choices();
        form.add(EditMsg.EDIT_INDICATOR_CODE, FormGrid.text(text.codeProperty()), CODE_ID, vm.codeMessageProperty());
        form.add(EditMsg.EDIT_INDICATOR_NAME, FormGrid.text(text.nameProperty()), NAME_ID, vm.nameMessageProperty());
        form.add(EditMsg.EDIT_INDICATOR_CATEGORY, FormGrid.choice(withNone(choices.categories()), vm.categoryProperty(),
                ChoiceTexts::category), "indicatorCategory");
        form.add(EditMsg.EDIT_INDICATOR_PARENT, FormGrid.choice(withNone(choices.parents()), vm.parentProperty(),
                ChoiceTexts::indicator), "indicatorParent");
        form.add(EditMsg.EDIT_INDICATOR_KIND, FormGrid.choice(List.of(IndicatorKind.values()), vm.kindProperty(),
                StatusTexts::kind), KIND_ID);
        form.add(EditMsg.EDIT_INDICATOR_UNIT_OF_MEASURE, FormGrid.text(text.unitOfMeasureProperty()), "indicatorUnit");
        form.add(EditMsg.EDIT_INDICATOR_FREQUENCY, FormGrid.choice(List.of(Frequency.values()), vm.frequencyProperty(),
                ChoiceTexts::frequency), "indicatorFrequency");
        form.add(EditMsg.EDIT_INDICATOR_TARGET, FormGrid.text(text.targetProperty(), EditMsg.EDIT_TARGET_PROMPT), TARGET_ID,
                vm.targetMessageProperty());
        form.add(EditMsg.EDIT_INDICATOR_QUALIFIER, FormGrid.choice(List.of(Qualifier.values()), vm.qualifierProperty(),
                ChoiceTexts::qualifier), "indicatorQualifier");
        form.add(EditMsg.EDIT_INDICATOR_DIRECTION, FormGrid.choice(List.of(Direction.values()), vm.directionProperty(),
                ChoiceTexts::direction), "indicatorDirection");
        form.add(EditMsg.EDIT_INDICATOR_STRETCH, FormGrid.text(text.stretchProperty()), STRETCH_ID,
                vm.stretchMessageProperty());
        form.add(EditMsg.EDIT_INDICATOR_DEADLINE, FormGrid.text(text.deadlineProperty(), EditMsg.EDIT_DATE_PROMPT),
                DEADLINE_ID, vm.deadlineMessageProperty());
        form.add(EditMsg.EDIT_INDICATOR_LEAD, FormGrid.choice(withNone(choices.units()), vm.leadProperty(),
                ChoiceTexts::unit), "indicatorLead");
        form.add(EditMsg.EDIT_INDICATOR_SUPPORT, supportUnits(vm), "indicatorSupport", vm.supportMessageProperty());
        form.add(EditMsg.EDIT_INDICATOR_SOURCE_SENTENCE, area(text.sourceSentenceProperty()), "indicatorSourceSentence");
        form.add(EditMsg.EDIT_INDICATOR_SOURCE_DOCUMENT, FormGrid.text(text.sourceDocumentProperty()),
                "indicatorSourceDocument");
        form.add(EditMsg.EDIT_INDICATOR_SOURCE_NOTE, FormGrid.text(text.sourceNoteProperty()), "indicatorSourceNote");
    }

    public Parent root() {
        return form.grid();
    }

    /** The supporting units as a drop-down of check boxes, kept in step with the ViewModel's list. */
    private static CheckComboBox<Unit> supportUnits(IndicatorFormViewModel vm) {
        CheckComboBox<Unit> box = new CheckComboBox<>(FXCollections.observableArrayList(vm.choices().units()));
        box.setConverter(FormGrid.converter(ChoiceTexts::unit));
        vm.supportUnits().forEach(u -> box.getCheckModel().check(u));
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<Unit>) change ->
                vm.supportUnits().setAll(box.getCheckModel().getCheckedItems()));
        return box;
    }

    private static TextArea area(Property<String> value) {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(3);
        area.textProperty().bindBidirectional(value);
        return area;
    }

    private static <T> List<T> withNone(List<T> items) {
        List<T> all = new ArrayList<>();
        all.add(null);
        all.addAll(items);
        return all;
    }
}
