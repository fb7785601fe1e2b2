package com.targetmonitor.ui.excel;

import com.targetmonitor.model.Plan;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.MessageKey;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/**
 * The 数据 menu's Excel items: 导入统计数据/目标表… (Ctrl+Shift+I), 导入记录…, 导出进度工作簿…,
 * 生成部门模板…, for the plan (and month) the window shows; off while no plan is shown. Built once
 * (it owns the import's ViewModel and the view that follows it); {@link #items()} makes fresh menu
 * items on every call, so the menu can be rebuilt after a language switch.
 */
public final class ExcelMenu {

    public static final String IMPORT_ID = "menu-excel-import";
    public static final String HISTORY_ID = "menu-excel-history";
    public static final String EXPORT_ID = "menu-excel-export";
    public static final String TEMPLATES_ID = "menu-excel-templates";

    private final ObservableValue<Plan> plan;
    private final Supplier<Window> owner;
    private final ImportPreviewViewModel imports;
    private final ImportHistoryViewModel history;
    private final ExcelExportViewModel exports;

    /**
     * @param plan      the plan the window shows
     * @param owner     the main window
     * @param onChanged called after an import or an undo changed the workspace (reload the window)
     */
    public ExcelMenu(ImportPreviewViewModel imports, ImportHistoryViewModel history, ExcelExportViewModel exports,
                     ObservableValue<Plan> plan, Supplier<Window> owner, Runnable onChanged) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.imports = Objects.requireNonNull(imports, "imports");
        this.history = Objects.requireNonNull(history, "history");
        this.exports = Objects.requireNonNull(exports, "exports");
        imports.setOnApplied(onChanged);
        history.setOnUndone(onChanged);
        new ImportPreviewView(imports, owner);
    }

    public List<MenuItem> items() {
        BooleanBinding noPlan = Bindings.createBooleanBinding(() -> plan.getValue() == null, plan);
        MenuItem importItem = item(IMPORT_ID, ExcelMsg.EXCEL_MENU_IMPORT, noPlan, imports::chooseAndRead);
        importItem.setAccelerator(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        MenuItem historyItem = item(HISTORY_ID, ExcelMsg.EXCEL_MENU_HISTORY, noPlan,
                () -> new ImportHistoryView(history).showAndWait(owner.get()));
        MenuItem exportItem = item(EXPORT_ID, ExcelMsg.EXCEL_MENU_EXPORT, noPlan, exports::exportWorkbook);
        MenuItem templatesItem = item(TEMPLATES_ID, ExcelMsg.EXCEL_MENU_TEMPLATES, noPlan, exports::writeTemplates);
        return List.of(importItem, historyItem, exportItem, templatesItem);
    }

    private static MenuItem item(String id, MessageKey text, BooleanBinding disabled, Runnable action) {
        MenuItem item = new MenuItem(I18n.get(text));
        item.setId(id);
        item.disableProperty().bind(disabled);
        item.setOnAction(e -> action.run());
        return item;
    }

    public ImportPreviewViewModel imports() {
        return imports;
    }

    public ImportHistoryViewModel history() {
        return history;
    }

    public ExcelExportViewModel exports() {
        return exports;
    }
}
