package com.targetmonitor.ui.edit;

import com.targetmonitor.model.Unit;
import com.targetmonitor.model.UnitKind;
import com.targetmonitor.ui.I18n;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The fields of the responsible-unit form (name, kind, parent unit, leader) and their checks. */
public final class UnitFormViewModel extends FormState {

    private final Unit original;
    private final List<String> takenNames;

    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<UnitKind> kind = new SimpleObjectProperty<>(UnitKind.DEPARTMENT);
    private final ObjectProperty<Unit> parent = new SimpleObjectProperty<>();
    private final StringProperty leader = new SimpleStringProperty("");
    private final ObservableList<Unit> parentChoices;

    private final ReadOnlyStringWrapper nameMessage = newMessage();

    /**
     * @param unit       the unit to edit, or null for a new one
     * @param allUnits   every unit of the workspace
     * @param notParents the units that cannot be the parent: the unit itself and the units below it
     */
    public UnitFormViewModel(Unit unit, Collection<Unit> allUnits, Set<Long> notParents) {
        this.original = unit;
        this.takenNames = allUnits.stream().filter(u -> unit == null || !Objects.equals(u.id(), unit.id()))
                .map(Unit::name).toList();
        List<Unit> choices = new ArrayList<>();
        choices.add(null);
        allUnits.stream().filter(u -> !notParents.contains(u.id())).forEach(choices::add);
        this.parentChoices = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(choices));
        if (unit != null) {
            name.set(unit.name());
            kind.set(unit.kind());
            leader.set(unit.leader());
            parent.set(allUnits.stream().filter(u -> Objects.equals(u.id(), unit.parentId())).findFirst().orElse(null));
        }
        revalidateOn(name, kind);
        revalidate();
    }

    @Override
    protected void check() {
        nameMessage.set(firstOf(FieldChecks.required(name.get()),
                FieldChecks.unique(name.get(), takenNames, EditMsg.EDIT_VALIDATION_NAME_USED)));
    }

    @Override
    public String title() {
        return original == null ? I18n.get(EditMsg.EDIT_UNIT_NEW_TITLE) : I18n.get(EditMsg.EDIT_UNIT_EDIT_TITLE, original.name());
    }

    /** The unit as entered, with the original's id; only when {@link #isValid()}. */
    public Unit toUnit() {
        if (!isValid()) {
            throw new IllegalStateException("the unit form has errors");
        }
        Unit p = parent.get();
        return new Unit(original == null ? null : original.id(), name.get().strip(), kind.get(),
                p == null ? null : p.id(), leader.get().strip());
    }

    public boolean isChanged() {
        return original == null || !original.equals(toUnit());
    }

    /** The units that can be the parent; the first entry is null, for "no parent". */
    public ObservableList<Unit> parentChoices() {
        return parentChoices;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<UnitKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Unit> parentProperty() {
        return parent;
    }

    public StringProperty leaderProperty() {
        return leader;
    }

    public ReadOnlyStringProperty nameMessageProperty() {
        return nameMessage.getReadOnlyProperty();
    }
}
