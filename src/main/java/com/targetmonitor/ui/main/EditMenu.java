package com.targetmonitor.ui.main;

import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Plan;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.MessageKey;
import com.targetmonitor.ui.edit.EditActions;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The 编辑 menu's items for plans, indicators and units, acting on what is selected in the window.
 * Delete uses Ctrl+Delete: a bare Delete belongs to the grid and the text fields.
 */
public final class EditMenu {

    private final MainWindowViewModel main;
    private final EditActions actions;

    public EditMenu(MainWindowViewModel main, EditActions actions) {
        this.main = main;
        this.actions = actions;
    }

    public List<MenuItem> items() {
        BooleanBinding noPlan = main.selectedPlanProperty().isNull();
        BooleanBinding noIndicator = Bindings.createBooleanBinding(() -> main.selectedIndicator().isEmpty(),
                main.selectedIndicatorIdProperty(), main.table().statusProperty());

        MenuItem newIndicator = item(MainMsg.MENU_NEW_INDICATOR, new KeyCodeCombination(KeyCode.I,
                KeyCombination.SHORTCUT_DOWN), this::newIndicator);
        newIndicator.disableProperty().bind(noPlan);
        MenuItem newPart = item(MainMsg.MENU_NEW_PART, null, this::newPart);
        newPart.disableProperty().bind(noIndicator);
        MenuItem editIndicator = item(MainMsg.MENU_EDIT_INDICATOR, new KeyCodeCombination(KeyCode.E,
                KeyCombination.SHORTCUT_DOWN), this::editIndicator);
        editIndicator.disableProperty().bind(noIndicator);
        MenuItem deleteIndicator = item(MainMsg.MENU_DELETE_INDICATOR, new KeyCodeCombination(KeyCode.DELETE,
                KeyCombination.SHORTCUT_DOWN), () -> main.selectedIndicator().ifPresent(actions::deleteIndicator));
        deleteIndicator.disableProperty().bind(noIndicator);

        MenuItem newPlan = item(MainMsg.MENU_NEW_PLAN, null, () -> actions.newPlan()
                .ifPresent(p -> main.load(p.name())));
        MenuItem editPlan = item(MainMsg.MENU_EDIT_PLAN, null, () -> plan().ifPresent(p -> actions.editPlan(p)
                .ifPresent(saved -> main.load(saved.name()))));
        editPlan.disableProperty().bind(noPlan);
        MenuItem deletePlan = item(MainMsg.MENU_DELETE_PLAN, null, () -> plan().ifPresent(actions::deletePlan));
        deletePlan.disableProperty().bind(noPlan);
        MenuItem newUnit = item(MainMsg.MENU_NEW_UNIT, null, actions::newUnit);

        return List.of(newIndicator, newPart, editIndicator, deleteIndicator, new SeparatorMenuItem(),
                newPlan, editPlan, deletePlan, new SeparatorMenuItem(), newUnit);
    }

    /** Opens the indicator's form (double-click or Enter in the table). */
    public void open(Indicator indicator) {
        actions.editIndicator(indicator);
    }

    private void newIndicator() {
        plan().ifPresent(p -> {
            Long category = main.selectedIndicator().map(Indicator::categoryId).orElse(null);
            actions.newIndicator(p, category, null).ifPresent(i -> main.selectedIndicatorIdProperty().set(i.id()));
        });
    }

    private void newPart() {
        plan().ifPresent(p -> main.selectedIndicator().ifPresent(parent -> actions.newIndicator(p,
                parent.categoryId(), parent.id()).ifPresent(i -> main.selectedIndicatorIdProperty().set(i.id()))));
    }

    private void editIndicator() {
        main.selectedIndicator().ifPresent(actions::editIndicator);
    }

    private java.util.Optional<Plan> plan() {
        return java.util.Optional.ofNullable(main.selectedPlanProperty().get());
    }

    private static MenuItem item(MessageKey text, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(I18n.get(text));
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
