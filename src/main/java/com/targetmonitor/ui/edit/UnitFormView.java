package com.targetmonitor.ui.edit;

import com.targetmonitor.model.UnitKind;
import java.util.List;
import java.util.Objects;
import javafx.scene.Parent;

/** The responsible-unit form: name, kind, parent unit and leader. */
public final class UnitFormView {

    public static final String NAME_ID = "unitName";

    private final FormGrid form = new FormGrid();

    public UnitFormView(UnitFormViewModel vm) {
        Objects.requireNonNull(vm, "vm");
        form.add(EditMsg.EDIT_UNIT_NAME, FormGrid.text(vm.nameProperty()), NAME_ID, vm.nameMessageProperty());
        form.add(EditMsg.EDIT_UNIT_KIND, FormGrid.choice(List.of(UnitKind.values()), vm.kindProperty(),
                ChoiceTexts::unitKind), "unitKind");
        form.add(EditMsg.EDIT_UNIT_PARENT, FormGrid.choice(vm.parentChoices(), vm.parentProperty(), ChoiceTexts::unit),
                "unitParent");
        form.add(EditMsg.EDIT_UNIT_LEADER, FormGrid.text(vm.leaderProperty()), "unitLeader");
    }

    public Parent root() {
        return form.grid();
    }
}
