package com.targetmonitor.ui.print;

import com.targetmonitor.logic.status.PlanStatus;
import com.targetmonitor.ui.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/**
 * The 文件 menu's report items: 打印预览… (Ctrl+P) opens the preview of the progress report of the
 * plan and month shown; 导出PDF… writes it without a preview. Both are off while no standing is
 * shown. Built fresh on every call (the menu is rebuilt after a language switch).
 */
public final class PrintMenu {

    public static final String PREVIEW_ID = "menu-print-preview";
    public static final String EXPORT_PDF_ID = "menu-export-pdf";

    private PrintMenu() {
    }

    /**
     * @param status the standing the window shows (the main window's status table's), null while none
     * @param owner  the main window
     */
    public static List<MenuItem> items(PrintPreviewViewModel vm, ObservableValue<PlanStatus> status,
                                       Supplier<Window> owner) {
        MenuItem preview = new MenuItem(I18n.get(PrintMsg.PRINT_MENU_PREVIEW));
        preview.setId(PREVIEW_ID);
        preview.setAccelerator(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN));
        preview.setOnAction(e -> {
            PlanStatus shown = status.getValue();
            if (shown != null) {
                PrintPreviewView.show(owner.get(), vm, shown);
            }
        });
        MenuItem pdf = new MenuItem(I18n.get(PrintMsg.PRINT_MENU_EXPORT_PDF));
        pdf.setId(EXPORT_PDF_ID);
        pdf.setOnAction(e -> {
            PlanStatus shown = status.getValue();
            if (shown != null) {
                vm.exportPdf(shown);
            }
        });
        preview.disableProperty().bind(Bindings.createBooleanBinding(() -> status.getValue() == null, status));
        pdf.disableProperty().bind(preview.disableProperty());
        return List.of(preview, pdf);
    }

    /** The 文件 menu's items with the report items and a separator put in before the last one (退出). */
    public static List<MenuItem> withPrintItems(List<MenuItem> fileItems, PrintPreviewViewModel vm,
                                                ObservableValue<PlanStatus> status, Supplier<Window> owner) {
        List<MenuItem> all = new ArrayList<>(fileItems);
        int at = Math.max(0, all.size() - 1);
        if (at > 0 && !(all.get(at - 1) instanceof SeparatorMenuItem)) {
            all.add(at++, new SeparatorMenuItem());
        }
        List<MenuItem> print = new ArrayList<>(items(vm, status, owner));
        print.add(new SeparatorMenuItem());
        all.addAll(at, print);
        return all;
    }
}
