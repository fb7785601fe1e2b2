package com.targetmonitor.ui.main;

import com.targetmonitor.ui.MessageKey;

/** UI texts of the main feature; see {@link com.targetmonitor.ui.MessageKey}. */
public enum MainMsg implements MessageKey {
    MAIN_RECOMPUTING("main.recomputing", 1),
    MAIN_UNDO("main.undo", 0),
    MAIN_UNDO_WHAT("main.undoWhat", 1),
    MAIN_REDO("main.redo", 0),
    MAIN_REDO_WHAT("main.redoWhat", 1),
    MAIN_STATUS_LINE("main.statusLine", 3),
    MAIN_SHOWING("main.showing", 2),
    MAIN_FILTER_STATUS("main.filter.status", 0),
    MAIN_FILTER_LIGHT("main.filter.light", 0),
    MAIN_FILTER_KIND("main.filter.kind", 0),
    MAIN_FILTER_UNIT("main.filter.unit", 0),
    MAIN_FILTER_CATEGORY("main.filter.category", 0),
    MAIN_SEARCH_PROMPT("main.searchPrompt", 0),
    MAIN_FILTER_CLEAR("main.filter.clear", 0),
    MAIN_TABLE_EMPTY("main.tableEmpty", 0),
    COL_CODE("column.code", 0),
    COL_NAME("column.name", 0),
    COL_UNIT("column.unit", 0),
    COL_TARGET("column.target", 0),
    COL_ACTUAL("column.actual", 0),
    COL_COMPLETION("column.completion", 0),
    COL_TIME_PROGRESS("column.timeProgress", 0),
    COL_GAP("column.gap", 0),
    COL_STATUS("column.status", 0),
    COL_LEAD_UNIT("column.leadUnit", 0),
    MAIN_TAB_STATUS("main.tab.status", 0),
    MENU_FILE("menu.file", 0),
    MENU_EDIT("menu.edit", 0),
    MENU_VIEW("menu.view", 0),
    MENU_DATA("menu.data", 0),
    MENU_HELP("menu.help", 0),
    MAIN_REFRESH("main.refresh", 0),
    MAIN_ABOUT("main.about", 0),
    MAIN_ABOUT_TEXT("main.aboutText", 0),
    MAIN_LANGUAGE("main.language", 0),
    MAIN_LANGUAGE_ZH("main.language.zh", 0),
    MAIN_LANGUAGE_EN("main.language.en", 0),
    MAIN_PLAN("main.plan", 0),
    MAIN_AS_OF("main.asOf", 0),
    MENU_NEW_INDICATOR("menu.newIndicator", 0),
    MENU_NEW_PART("menu.newPart", 0),
    MENU_EDIT_INDICATOR("menu.editIndicator", 0),
    MENU_DELETE_INDICATOR("menu.deleteIndicator", 0),
    MENU_NEW_PLAN("menu.newPlan", 0),
    MENU_EDIT_PLAN("menu.editPlan", 0),
    MENU_DELETE_PLAN("menu.deletePlan", 0),
    MENU_NEW_UNIT("menu.newUnit", 0),
    MENU_DEFAULT_MONTH("menu.defaultMonth", 0),
    MENU_DEFAULT_MONTH_LAST("menu.defaultMonth.last", 0),
    MENU_DEFAULT_MONTH_LATEST("menu.defaultMonth.latest", 0),
    MENU_DEFAULT_MONTH_PREVIOUS("menu.defaultMonth.previous", 0),
    // office screen: table copy, zoom, detail pane
    SCREEN_COPY("screen.copy", 0),
    SCREEN_COPY_ALL("screen.copyAll", 0),
    SCREEN_SELECT_ALL("screen.selectAll", 0),
    SCREEN_COPY_ROWS("screen.copyRows", 0),
    SCREEN_ZOOM_IN("screen.zoomIn", 0),
    SCREEN_ZOOM_OUT("screen.zoomOut", 0),
    SCREEN_ZOOM_RESET("screen.zoomReset", 0),
    SCREEN_FIT_COLUMNS("screen.fitColumns", 0),
    SCREEN_DETAIL_PANE("screen.detailPane", 0),
    /** {0}: number of rows copied. */
    SCREEN_COPIED("screen.copied", 1),
    ;

    private final Spec spec;

    MainMsg(String key, int argumentCount) {
        this.spec = new Spec(key, argumentCount);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
