package com.targetmonitor.ui.main;

import com.targetmonitor.logic.settings.AsOfDefault;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.MessageKey;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

/** 视图 → 默认截至月份: which month a plan opens at (the one shown last, the latest with data, last month). */
public final class DefaultMonthMenu {

    private DefaultMonthMenu() {
    }

    public static Menu build(Supplier<AsOfDefault> current, Consumer<AsOfDefault> choose) {
        Menu menu = new Menu(I18n.get(MainMsg.MENU_DEFAULT_MONTH));
        ToggleGroup group = new ToggleGroup();
        add(menu, group, MainMsg.MENU_DEFAULT_MONTH_LAST, AsOfDefault.LAST_USED, current, choose);
        add(menu, group, MainMsg.MENU_DEFAULT_MONTH_LATEST, AsOfDefault.LATEST_DATA, current, choose);
        add(menu, group, MainMsg.MENU_DEFAULT_MONTH_PREVIOUS, AsOfDefault.PREVIOUS_MONTH, current, choose);
        return menu;
    }

    private static void add(Menu menu, ToggleGroup group, MessageKey text, AsOfDefault value, Supplier<AsOfDefault> current,
                            Consumer<AsOfDefault> choose) {
        RadioMenuItem item = new RadioMenuItem(I18n.get(text));
        item.setToggleGroup(group);
        item.setSelected(value.equals(current.get()));
        item.setOnAction(e -> choose.accept(value));
        menu.getItems().add(item);
    }
}
