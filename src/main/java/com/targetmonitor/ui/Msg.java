package com.targetmonitor.ui;

/**
 * Every text key the user interface uses. The texts live in {@code i18n/messages.properties}
 * (Chinese, the default) and {@code i18n/messages_en.properties}; {@code I18nTest} checks that each
 * key exists in both bundles with the declared number of arguments, and that no bundle holds keys
 * missing here. UI code asks for texts only through {@link I18n#get(Msg, Object...)}.
 */
public enum Msg {
    APP_NAME("app.name", 0),
    /** {0}: workspace file name. */
    WINDOW_TITLE("window.title", 1),


    /** {0}: workspace path; {1}: number of plans. */
    STATUS_WORKSPACE("status.workspace", 2),

    STARTUP_ERROR_HEADER("startup.error.header", 0),
    /** {0}: workspace path; {1}: the reason. */
    STARTUP_ERROR_DETAIL("startup.error.detail", 2),

    // Each feature adds its keys under its own marker (keeps parallel edits apart); every entry ends
    // with a comma, the list ends with the lone semicolon below.
    // --- main window ---
    STATUS_WORD_COMPLETED("status.word.completed", 0),
    STATUS_WORD_AHEAD("status.word.ahead", 0),
    STATUS_WORD_BEHIND("status.word.behind", 0),
    STATUS_WORD_MET("status.word.met", 0),
    STATUS_WORD_MISSED("status.word.missed", 0),
    STATUS_WORD_DONE("status.word.done", 0),
    STATUS_WORD_PENDING("status.word.pending", 0),
    STATUS_WORD_OVERDUE("status.word.overdue", 0),
    STATUS_WORD_NO_DATA("status.word.noData", 0),
    STATUS_WORD_NO_TARGET("status.word.noTarget", 0),
    LIGHT_GREEN("light.green", 0),
    LIGHT_YELLOW("light.yellow", 0),
    LIGHT_RED("light.red", 0),
    LIGHT_GREY("light.grey", 0),
    KIND_AMOUNT("kind.amount", 0),
    KIND_COUNT("kind.count", 0),
    KIND_GROWTH_RATE("kind.growthRate", 0),
    KIND_LEVEL("kind.level", 0),
    KIND_MILESTONE("kind.milestone", 0),
    QUALIFIER_AT_LEAST("qualifier.atLeast", 0),
    QUALIFIER_ABOUT("qualifier.about", 0),
    QUALIFIER_AT_MOST("qualifier.atMost", 0),
    QUALIFIER_EXCEED("qualifier.exceed", 0),
    /** {0}: stretch target with its unit. */
    TARGET_STRETCH("target.stretch", 1),
    /** {0}: deadline date. */
    TARGET_DEADLINE("target.deadline", 1),
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
    MAIN_TAB_ACTUALS("main.tab.actuals", 0),
    MAIN_TAB_UNITS("main.tab.units", 0),
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
    // --- detail pane ---
    DETAIL_EMPTY("detail.empty", 0),
    DETAIL_SECTION_DEFINITION("detail.section.definition", 0),
    /** {0}: the as-of month, already formatted. */
    DETAIL_SECTION_STANDING("detail.section.standing", 1),
    /** {0}: the plan's year. */
    DETAIL_SECTION_SERIES("detail.section.series", 1),
    DETAIL_SECTION_CHILDREN("detail.section.children", 0),
    DETAIL_SECTION_SOURCE("detail.section.source", 0),
    DETAIL_FIELD_CODE("detail.field.code", 0),
    DETAIL_FIELD_NAME("detail.field.name", 0),
    DETAIL_FIELD_CATEGORY("detail.field.category", 0),
    DETAIL_FIELD_PARENT("detail.field.parent", 0),
    DETAIL_FIELD_KIND("detail.field.kind", 0),
    DETAIL_FIELD_UNIT("detail.field.unit", 0),
    DETAIL_FIELD_TARGET("detail.field.target", 0),
    DETAIL_FIELD_DIRECTION("detail.field.direction", 0),
    DETAIL_FIELD_FREQUENCY("detail.field.frequency", 0),
    DETAIL_FIELD_LEAD("detail.field.lead", 0),
    DETAIL_FIELD_SUPPORT("detail.field.support", 0),
    DETAIL_FIELD_PHASING("detail.field.phasing", 0),
    DETAIL_FIELD_STATUS("detail.field.status", 0),
    DETAIL_FIELD_ACTUAL("detail.field.actual", 0),
    DETAIL_FIELD_COMPLETION("detail.field.completion", 0),
    DETAIL_FIELD_STRETCH_COMPLETION("detail.field.stretchCompletion", 0),
    DETAIL_FIELD_TIME_PROGRESS("detail.field.timeProgress", 0),
    DETAIL_FIELD_GAP("detail.field.gap", 0),
    DETAIL_FIELD_DEVIATION("detail.field.deviation", 0),
    /** {0}: a text; {1}: what it refers to, e.g. value (period), status (light). */
    DETAIL_WITH_NOTE("detail.withNote", 2),
    /** {0}: a number already formatted. */
    DETAIL_PERCENT("detail.percent", 1),
    /** {0}: a signed number already formatted. */
    DETAIL_POINTS("detail.points", 1),
    DETAIL_NONE("detail.none", 0),
    DETAIL_DIRECTION_HIGHER("detail.direction.higher", 0),
    DETAIL_DIRECTION_LOWER("detail.direction.lower", 0),
    DETAIL_FREQUENCY_MONTHLY("detail.frequency.monthly", 0),
    DETAIL_FREQUENCY_QUARTERLY("detail.frequency.quarterly", 0),
    DETAIL_FREQUENCY_ANNUAL("detail.frequency.annual", 0),
    DETAIL_PHASING_EVEN("detail.phasing.even", 0),
    /** {0}: month 1..12; {1}: cumulative share, formatted. */
    DETAIL_PHASING_MONTH("detail.phasing.month", 2),
    DETAIL_LIST_SEPARATOR("detail.listSeparator", 0),
    /** {0}: a value with its unit. */
    DETAIL_GROWTH("detail.growth", 1),
    /** {0}: a value with its unit. */
    DETAIL_DECLINE("detail.decline", 1),
    /** {0}: value with unit; {1}: the qualifier word. */
    DETAIL_TARGET_AT_LEAST("detail.target.atLeast", 2),
    /** {0}: value with unit; {1}: the qualifier word. */
    DETAIL_TARGET_ABOUT("detail.target.about", 2),
    /** {0}: value with unit; {1}: the qualifier word. */
    DETAIL_TARGET_AT_MOST("detail.target.atMost", 2),
    /** {0}: value with unit; {1}: the qualifier word. */
    DETAIL_TARGET_EXCEED("detail.target.exceed", 2),
    /** {0}: the target; {1}: what follows it (stretch, deadline). */
    DETAIL_TARGET_JOIN("detail.target.join", 2),
    DETAIL_TARGET_NONE("detail.target.none", 0),
    /** {0}: year; {1}: month. */
    DETAIL_MONTH("detail.month", 2),
    /** {0}: year; {1}: month. */
    DETAIL_MONTH_END("detail.monthEnd", 2),
    /** {0}: year. */
    DETAIL_YEAR_END("detail.yearEnd", 1),
    /** {0}: year; {1}: month; {2}: day. */
    DETAIL_DATE("detail.date", 3),
    DETAIL_SERIES_PERIOD("detail.series.period", 0),
    DETAIL_SERIES_VALUE("detail.series.value", 0),
    DETAIL_SERIES_YOY("detail.series.yoy", 0),
    DETAIL_SERIES_PROGRESS("detail.series.progress", 0),
    DETAIL_SERIES_PROBLEMS("detail.series.problems", 0),
    DETAIL_SERIES_NEXT_STEPS("detail.series.nextSteps", 0),
    DETAIL_SERIES_ORIGIN("detail.series.origin", 0),
    /** {0}: the plan's year. */
    DETAIL_SERIES_EMPTY("detail.series.empty", 1),
    DETAIL_ORIGIN_SEED("detail.origin.seed", 0),
    DETAIL_ORIGIN_TYPED("detail.origin.typed", 0),
    /** {0}: the import batch number. */
    DETAIL_ORIGIN_IMPORT("detail.origin.import", 1),
    DETAIL_MILESTONE_DONE("detail.milestone.done", 0),
    DETAIL_MILESTONE_NOT_DONE("detail.milestone.notDone", 0),
    /** {0}: sum of the parts with unit. */
    DETAIL_DECOMPOSITION_OK("detail.decomposition.ok", 1),
    /** {0}: sum of the parts with unit; {1}: the excess with unit. */
    DETAIL_DECOMPOSITION_MORE("detail.decomposition.more", 2),
    /** {0}: sum of the parts with unit; {1}: the shortfall with unit. */
    DETAIL_DECOMPOSITION_LESS("detail.decomposition.less", 2),
    /** {0}: names of the parts without a target. */
    DETAIL_DECOMPOSITION_MISSING("detail.decomposition.missing", 1),
    DETAIL_DECOMPOSITION_NOT_ADDITIVE("detail.decomposition.notAdditive", 0),
    DETAIL_DECOMPOSITION_NO_TOTAL("detail.decomposition.noTotal", 0),
    DETAIL_SOURCE_SENTENCE("detail.source.sentence", 0),
    DETAIL_SOURCE_DOCUMENT("detail.source.document", 0),
    DETAIL_SOURCE_NOTE("detail.source.note", 0),
    DETAIL_SOURCE_NONE("detail.source.none", 0),
    /** {0}: the quoted sentence. */
    DETAIL_QUOTED("detail.quoted", 1),
    // --- editing ---
    EDIT_NONE("edit.none", 0),
    EDIT_VALIDATION_NUMBER("edit.validation.number", 0),
    EDIT_VALIDATION_INTEGER("edit.validation.integer", 0),
    EDIT_VALIDATION_NEGATIVE_TARGET("edit.validation.negativeTarget", 0),
    EDIT_VALIDATION_NON_NEGATIVE("edit.validation.nonNegative", 0),
    EDIT_VALIDATION_PERCENT_NOT_ALLOWED("edit.validation.percentNotAllowed", 0),
    EDIT_VALIDATION_NAME_REQUIRED("edit.validation.nameRequired", 0),
    EDIT_VALIDATION_NAME_USED("edit.validation.nameUsed", 0),
    EDIT_VALIDATION_CODE_USED("edit.validation.codeUsed", 0),
    EDIT_VALIDATION_DATE("edit.validation.date", 0),
    EDIT_VALIDATION_YEAR_RANGE("edit.validation.yearRange", 2),
    EDIT_VALIDATION_SCALE("edit.validation.scale", 0),
    EDIT_VALIDATION_STRETCH("edit.validation.stretch", 0),
    EDIT_VALIDATION_DEADLINE_REQUIRED("edit.validation.deadlineRequired", 0),
    EDIT_VALIDATION_LEAD_ALSO_SUPPORT("edit.validation.leadAlsoSupport", 0),
    EDIT_TARGET_PROMPT("edit.targetPrompt", 0),
    EDIT_DATE_PROMPT("edit.datePrompt", 0),
    EDIT_PLAN_NEW_TITLE("edit.plan.newTitle", 0),
    EDIT_PLAN_EDIT_TITLE("edit.plan.editTitle", 1),
    EDIT_PLAN_NAME("edit.plan.name", 0),
    EDIT_PLAN_REGION("edit.plan.region", 0),
    EDIT_PLAN_YEAR("edit.plan.year", 0),
    EDIT_PLAN_DOCUMENT("edit.plan.document", 0),
    EDIT_PLAN_AMOUNT_BAND("edit.plan.amountBand", 0),
    EDIT_PLAN_RATE_BAND("edit.plan.rateBand", 0),
    EDIT_PLAN_TOLERANCE("edit.plan.tolerance", 0),
    EDIT_PLAN_SCALE("edit.plan.scale", 0),
    EDIT_UNIT_NEW_TITLE("edit.unit.newTitle", 0),
    EDIT_UNIT_EDIT_TITLE("edit.unit.editTitle", 1),
    EDIT_UNIT_NAME("edit.unit.name", 0),
    EDIT_UNIT_KIND("edit.unit.kind", 0),
    EDIT_UNIT_PARENT("edit.unit.parent", 0),
    EDIT_UNIT_LEADER("edit.unit.leader", 0),
    EDIT_UNIT_KIND_CITY("edit.unitKind.city", 0),
    EDIT_UNIT_KIND_COUNTY("edit.unitKind.county", 0),
    EDIT_UNIT_KIND_DEPARTMENT("edit.unitKind.department", 0),
    EDIT_UNIT_KIND_CHAIN("edit.unitKind.chain", 0),
    EDIT_UNIT_KIND_PARK("edit.unitKind.park", 0),
    EDIT_UNIT_KIND_ENTERPRISE("edit.unitKind.enterprise", 0),
    EDIT_UNIT_KIND_OTHER("edit.unitKind.other", 0),
    EDIT_INDICATOR_NEW_TITLE("edit.indicator.newTitle", 0),
    EDIT_INDICATOR_EDIT_TITLE("edit.indicator.editTitle", 1),
    EDIT_INDICATOR_CODE("edit.indicator.code", 0),
    EDIT_INDICATOR_NAME("edit.indicator.name", 0),
    EDIT_INDICATOR_CATEGORY("edit.indicator.category", 0),
    EDIT_INDICATOR_PARENT("edit.indicator.parent", 0),
    EDIT_INDICATOR_KIND("edit.indicator.kind", 0),
    EDIT_INDICATOR_UNIT_OF_MEASURE("edit.indicator.unitOfMeasure", 0),
    EDIT_INDICATOR_FREQUENCY("edit.indicator.frequency", 0),
    EDIT_INDICATOR_TARGET("edit.indicator.target", 0),
    EDIT_INDICATOR_QUALIFIER("edit.indicator.qualifier", 0),
    EDIT_INDICATOR_DIRECTION("edit.indicator.direction", 0),
    EDIT_INDICATOR_STRETCH("edit.indicator.stretch", 0),
    EDIT_INDICATOR_DEADLINE("edit.indicator.deadline", 0),
    EDIT_INDICATOR_LEAD("edit.indicator.lead", 0),
    EDIT_INDICATOR_SUPPORT("edit.indicator.support", 0),
    EDIT_INDICATOR_SOURCE_SENTENCE("edit.indicator.sourceSentence", 0),
    EDIT_INDICATOR_SOURCE_DOCUMENT("edit.indicator.sourceDocument", 0),
    EDIT_INDICATOR_SOURCE_NOTE("edit.indicator.sourceNote", 0),
    EDIT_FREQUENCY_MONTHLY("edit.frequency.monthly", 0),
    EDIT_FREQUENCY_QUARTERLY("edit.frequency.quarterly", 0),
    EDIT_FREQUENCY_ANNUAL("edit.frequency.annual", 0),
    EDIT_DIRECTION_HIGHER("edit.direction.higher", 0),
    EDIT_DIRECTION_LOWER("edit.direction.lower", 0),
    EDIT_DESC_NEW_PLAN("edit.desc.newPlan", 1),
    EDIT_DESC_EDIT_PLAN("edit.desc.editPlan", 1),
    EDIT_DESC_DELETE_PLAN("edit.desc.deletePlan", 1),
    EDIT_DESC_NEW_UNIT("edit.desc.newUnit", 1),
    EDIT_DESC_EDIT_UNIT("edit.desc.editUnit", 1),
    EDIT_DESC_DELETE_UNIT("edit.desc.deleteUnit", 1),
    EDIT_DESC_NEW_INDICATOR("edit.desc.newIndicator", 1),
    EDIT_DESC_EDIT_INDICATOR("edit.desc.editIndicator", 1),
    EDIT_DESC_DELETE_INDICATOR("edit.desc.deleteIndicator", 1),
    EDIT_DELETE_PLAN_TITLE("edit.delete.planTitle", 0),
    EDIT_DELETE_PLAN_QUESTION("edit.delete.planQuestion", 4),
    EDIT_DELETE_INDICATOR_TITLE("edit.delete.indicatorTitle", 0),
    EDIT_DELETE_INDICATOR_QUESTION("edit.delete.indicatorQuestion", 1),
    EDIT_DELETE_INDICATOR_IMPACT("edit.delete.indicatorImpact", 2),
    EDIT_DELETE_UNIT_TITLE("edit.delete.unitTitle", 0),
    EDIT_DELETE_UNIT_QUESTION("edit.delete.unitQuestion", 1),
    EDIT_UNIT_IN_USE_TITLE("edit.unitInUse.title", 0),
    EDIT_UNIT_IN_USE_INDICATORS("edit.unitInUse.indicators", 2),
    EDIT_UNIT_IN_USE_CHILDREN("edit.unitInUse.children", 2),
    EDIT_ERROR_TITLE("edit.error.title", 0),
    EDIT_ERROR_SAVE("edit.error.save", 1),
    EDIT_BUTTON_OK("edit.button.ok", 0),
    EDIT_BUTTON_CANCEL("edit.button.cancel", 0),
    // --- actuals grid ---
    GRID_HEADING("grid.heading", 0),
    /** {0}: plan name. */
    GRID_TITLE("grid.title", 1),
    GRID_HINT("grid.hint", 0),
    GRID_EMPTY("grid.empty", 0),
    GRID_COLUMN_CODE("grid.column.code", 0),
    GRID_COLUMN_NAME("grid.column.name", 0),
    GRID_COLUMN_UNIT("grid.column.unit", 0),
    GRID_COLUMN_JAN_FEB("grid.column.janFeb", 0),
    /** {0}: the last month of the cumulative period (1-{0}月). */
    GRID_PERIOD_MONTHS("grid.period.months", 1),
    GRID_PERIOD_Q1("grid.period.q1", 0),
    GRID_PERIOD_H1("grid.period.h1", 0),
    GRID_PERIOD_Q3("grid.period.q3", 0),
    GRID_PERIOD_YEAR("grid.period.year", 0),
    /** {0}: indicator name; {1}: period. */
    GRID_PLACE("grid.place", 2),
    GRID_MILESTONE_DONE("grid.milestone.done", 0),
    GRID_MILESTONE_NOT_DONE("grid.milestone.notDone", 0),
    GRID_READ_ONLY_TIP("grid.readOnly.tip", 0),
    /** {0}: indicator and period; {1}: the value stored. */
    GRID_SAVED("grid.saved", 2),
    /** {0}: number of cells. */
    GRID_CLEARED("grid.cleared", 1),
    /** {0}: number of cells. */
    GRID_PASTED("grid.pasted", 1),
    /** {0}: indicator and period (undo menu). */
    GRID_EDIT_VALUE("grid.edit.value", 1),
    /** {0}: number of cells (undo menu). */
    GRID_EDIT_PASTE("grid.edit.paste", 1),
    /** {0}: number of cells (undo menu). */
    GRID_EDIT_CLEAR("grid.edit.clear", 1),
    /** {0}: indicator and period (undo menu). */
    GRID_EDIT_NOTE("grid.edit.note", 1),
    /** {0}: indicator and period; {1}: the text typed. */
    GRID_ERROR_NOT_A_NUMBER("grid.error.notANumber", 2),
    /** {0}: indicator and period. */
    GRID_ERROR_NEGATIVE("grid.error.negative", 1),
    /** {0}: indicator and period; {1}: the text typed. */
    GRID_ERROR_MILESTONE("grid.error.milestone", 2),
    /** {0}: indicator name; {1}: column header. */
    GRID_ERROR_READ_ONLY("grid.error.readOnly", 2),
    /** {0},{1}: rows and columns pasted; {2},{3}: rows and columns left from the cell. */
    GRID_ERROR_PASTE_TOO_BIG("grid.error.pasteTooBig", 4),
    /** {0}: the first problem; {1}: how many more. */
    GRID_ERROR_MORE("grid.error.more", 2),
    /** {0}: what was being stored. */
    GRID_ERROR_SAVE_FAILED("grid.error.saveFailed", 1),
    /** {0}: the reason. */
    GRID_ERROR_LOAD_FAILED("grid.error.loadFailed", 1),
    /** {0}: indicator name; {1}: period. */
    GRID_NOTE_HEADING("grid.note.heading", 2),
    GRID_NOTE_NONE("grid.note.none", 0),
    GRID_NOTE_PROGRESS("grid.note.progress", 0),
    GRID_NOTE_PROBLEMS("grid.note.problems", 0),
    GRID_NOTE_NEXT_STEPS("grid.note.nextSteps", 0),
    GRID_NOTE_SAVE("grid.note.save", 0),
    /** {0}: indicator and period. */
    GRID_NOTE_SAVED("grid.note.saved", 1),
    // --- units view ---
    UNITS_TREE_HEADING("units.tree.heading", 0),
    /** {0}: chain name; {1}: 链长. */
    UNITS_CHAIN_LEADER("units.chainLeader", 2),
    /** {0}: unit name. */
    UNITS_INDICATORS_HEADING("units.indicators.heading", 1),
    UNITS_INDICATORS_NONE_SELECTED("units.indicators.noneSelected", 0),
    UNITS_INDICATORS_EMPTY("units.indicators.empty", 0),
    UNITS_COLUMN_CODE("units.column.code", 0),
    UNITS_COLUMN_INDICATOR("units.column.indicator", 0),
    UNITS_COLUMN_ROLE("units.column.role", 0),
    UNITS_COLUMN_STATUS("units.column.status", 0),
    UNITS_ROLE_LEAD("units.role.lead", 0),
    UNITS_ROLE_SUPPORT("units.role.support", 0),
    /** {0}: the as-of month, formatted. */
    UNITS_LEAGUE_HEADING("units.league.heading", 1),
    /** {0}: the as-of month, formatted. */
    UNITS_LEAGUE_EMPTY("units.league.empty", 1),
    UNITS_LEAGUE_NOTE("units.league.note", 0),
    UNITS_COLUMN_RANK("units.column.rank", 0),
    UNITS_COLUMN_UNIT("units.column.unit", 0),
    UNITS_COLUMN_ON_TRACK("units.column.onTrack", 0),
    UNITS_COLUMN_SHARE("units.column.share", 0),
    UNITS_COLUMN_CHANGE("units.column.change", 0),
    /** {0}: on track; {1}: judged. */
    UNITS_ON_TRACK_OF("units.onTrackOf", 2),
    /** {0}: share, formatted. */
    UNITS_PERCENT("units.percent", 1),
    /** {0}: places moved up. */
    UNITS_CHANGE_UP("units.change.up", 1),
    /** {0}: places moved down. */
    UNITS_CHANGE_DOWN("units.change.down", 1),
    UNITS_CHANGE_SAME("units.change.same", 0),
    /** {0}: places moved up. */
    UNITS_CHANGE_UP_WORDS("units.change.upWords", 1),
    /** {0}: places moved down. */
    UNITS_CHANGE_DOWN_WORDS("units.change.downWords", 1),
    UNITS_CHANGE_SAME_WORDS("units.change.sameWords", 0),
    UNITS_CHANGE_NONE_WORDS("units.change.noneWords", 0),
    /** {0}: year; {1}: month. */
    UNITS_MONTH("units.month", 2),
    // --- workspaces, settings, errors ---
    WORKSPACE_MENU_NEW("workspace.menu.new", 0),
    WORKSPACE_MENU_OPEN("workspace.menu.open", 0),
    WORKSPACE_MENU_SAVE_AS("workspace.menu.saveAs", 0),
    WORKSPACE_MENU_RECENT("workspace.menu.recent", 0),
    WORKSPACE_MENU_RECENT_EMPTY("workspace.menu.recentEmpty", 0),
    WORKSPACE_MENU_RECENT_CLEAR("workspace.menu.recentClear", 0),
    /** {0}: position 1–9; {1}: file name; {2}: its folder. */
    WORKSPACE_MENU_RECENT_ITEM("workspace.menu.recentItem", 3),
    WORKSPACE_MENU_EXIT("workspace.menu.exit", 0),
    WORKSPACE_FILE_TYPE("workspace.fileType", 0),
    WORKSPACE_ALL_FILES("workspace.allFiles", 0),
    WORKSPACE_NEW_TITLE("workspace.new.title", 0),
    WORKSPACE_NEW_SUGGESTED_NAME("workspace.new.suggestedName", 0),
    WORKSPACE_NEW_DEMO_TITLE("workspace.new.demoTitle", 0),
    WORKSPACE_NEW_DEMO_QUESTION("workspace.new.demoQuestion", 0),
    WORKSPACE_OPEN_TITLE("workspace.open.title", 0),
    WORKSPACE_SAVE_AS_TITLE("workspace.saveAs.title", 0),
    /** {0}: file name. */
    WORKSPACE_TASK_OPEN("workspace.task.open", 1),
    /** {0}: file name. */
    WORKSPACE_TASK_NEW("workspace.task.new", 1),
    /** {0}: file name. */
    WORKSPACE_TASK_SAVE_AS("workspace.task.saveAs", 1),
    WORKSPACE_OPEN_FAILED_TITLE("workspace.open.failedTitle", 0),
    /** {0}: file path; {1}: the reason. */
    WORKSPACE_OPEN_FAILED("workspace.open.failed", 2),
    WORKSPACE_NEW_FAILED_TITLE("workspace.new.failedTitle", 0),
    /** {0}: file path; {1}: the reason. */
    WORKSPACE_NEW_FAILED("workspace.new.failed", 2),
    WORKSPACE_SAVE_AS_FAILED_TITLE("workspace.saveAs.failedTitle", 0),
    /** {0}: file path; {1}: the reason. */
    WORKSPACE_SAVE_AS_FAILED("workspace.saveAs.failed", 2),
    WORKSPACE_REASON_MISSING("workspace.reason.missing", 0),
    WORKSPACE_REASON_NOT_A_DATABASE("workspace.reason.notADatabase", 0),
    WORKSPACE_REASON_OTHER_PROGRAM("workspace.reason.otherProgram", 0),
    WORKSPACE_REASON_DAMAGED("workspace.reason.damaged", 0),
    WORKSPACE_REASON_NEWER_VERSION("workspace.reason.newerVersion", 0),
    WORKSPACE_REASON_ALREADY_EXISTS("workspace.reason.alreadyExists", 0),
    WORKSPACE_REASON_IN_USE("workspace.reason.inUse", 0),
    /** {0}: the technical message. */
    WORKSPACE_REASON_OTHER("workspace.reason.other", 1),
    ERROR_UNEXPECTED_TITLE("error.unexpected.title", 0),
    /** {0}: plan name. */
    RULES_TITLE("rules.title", 1),
    RULES_HEADER("rules.header", 0),
    RULES_AMOUNT_BAND("rules.amountBand", 0),
    RULES_AMOUNT_BAND_HINT("rules.amountBand.hint", 0),
    RULES_RATE_BAND("rules.rateBand", 0),
    RULES_RATE_BAND_HINT("rules.rateBand.hint", 0),
    RULES_TOLERANCE("rules.tolerance", 0),
    RULES_TOLERANCE_HINT("rules.tolerance.hint", 0),
    RULES_SCALE("rules.scale", 0),
    RULES_SCALE_HINT("rules.scale.hint", 0),
    RULES_UNIT_POINTS("rules.unit.points", 0),
    RULES_UNIT_DECIMALS("rules.unit.decimals", 0),
    RULES_RESET("rules.reset", 0),
    RULES_OK("rules.ok", 0),
    RULES_CANCEL("rules.cancel", 0),
    RULES_ERROR_EMPTY("rules.error.empty", 0),
    /** {0}: what was typed. */
    RULES_ERROR_NOT_NUMBER("rules.error.notNumber", 1),
    RULES_ERROR_NEGATIVE("rules.error.negative", 0),
    /** {0}: smallest allowed; {1}: largest allowed. */
    RULES_ERROR_RANGE("rules.error.range", 2),
    RULES_ERROR_NOT_WHOLE("rules.error.notWhole", 0),
    /** {0}: plan name. */
    RULES_EDIT("rules.edit", 1),
    RULES_SAVE_FAILED_TITLE("rules.saveFailed", 0),
    RULES_MENU("rules.menu", 0),
    // --- excel ---
    EXCEL_MENU_IMPORT("excel.menu.import", 0),
    EXCEL_MENU_HISTORY("excel.menu.history", 0),
    EXCEL_MENU_EXPORT("excel.menu.export", 0),
    EXCEL_MENU_TEMPLATES("excel.menu.templates", 0),
    EXCEL_FILE_TYPE_SPREADSHEETS("excel.fileType.spreadsheets", 0),
    EXCEL_FILE_TYPE_XLSX("excel.fileType.xlsx", 0),
    EXCEL_IMPORT_CHOOSE("excel.import.choose", 0),
    EXCEL_IMPORT_READING_TITLE("excel.import.readingTitle", 0),
    /** {0}: sheet or file; {1}: row number. */
    EXCEL_IMPORT_READING("excel.import.reading", 2),
    EXCEL_IMPORT_MATCHING("excel.import.matching", 0),
    /** {0}: done; {1}: in all; {2}: indicator name. */
    EXCEL_IMPORT_APPLYING("excel.import.applying", 3),
    EXCEL_IMPORT_CANCEL("excel.import.cancel", 0),
    EXCEL_IMPORT_FAILED_TITLE("excel.import.failedTitle", 0),
    /** {0}: file name; {1}: the reason in words. */
    EXCEL_IMPORT_FAILED("excel.import.failed", 2),
    /** {0}: what went wrong. */
    EXCEL_IMPORT_APPLY_FAILED("excel.import.applyFailed", 1),
    EXCEL_IMPORT_DONE_TITLE("excel.import.doneTitle", 0),
    /** {0}: values written; {1}: files. */
    EXCEL_IMPORT_DONE_VALUES("excel.import.doneValues", 2),
    /** {0}: aliases remembered. */
    EXCEL_IMPORT_DONE_ALIASES("excel.import.doneAliases", 1),
    /** {0}: created; {1}: updated; {2}: units created. */
    EXCEL_IMPORT_DONE_TARGETS("excel.import.doneTargets", 3),
    EXCEL_IMPORT_NOTHING("excel.import.nothing", 0),
    EXCEL_REASON_EMPTY("excel.reason.empty", 0),
    EXCEL_REASON_NOT_A_SPREADSHEET("excel.reason.notASpreadsheet", 0),
    EXCEL_REASON_ENCRYPTED("excel.reason.encrypted", 0),
    EXCEL_REASON_DAMAGED("excel.reason.damaged", 0),
    EXCEL_REASON_TOO_LARGE("excel.reason.tooLarge", 0),
    EXCEL_REASON_UNSAFE("excel.reason.unsafe", 0),
    EXCEL_REASON_NO_HEADER("excel.reason.noHeader", 0),
    EXCEL_REASON_PERIOD_UNKNOWN("excel.reason.periodUnknown", 0),
    EXCEL_REASON_UNREADABLE("excel.reason.unreadable", 0),
    /** {0}: plan name. */
    EXCEL_PREVIEW_TITLE("excel.preview.title", 1),
    /** {0}: apply; {1}: questions; {2}: unmatched; {3}: errors; {4}: unchanged, no value or ignored. */
    EXCEL_PREVIEW_SUMMARY("excel.preview.summary", 5),
    EXCEL_PREVIEW_HINT("excel.preview.hint", 0),
    /** {0}: file name; {1}: period label; {2}: data rows. */
    EXCEL_PREVIEW_FILE("excel.preview.file", 3),
    /** {0}: time of the earlier import. */
    EXCEL_PREVIEW_FILE_EARLIER("excel.preview.fileEarlier", 1),
    EXCEL_PREVIEW_FILTER_ALL("excel.preview.filter.all", 0),
    EXCEL_PREVIEW_FILTER_WRITE("excel.preview.filter.write", 0),
    EXCEL_PREVIEW_FILTER_CHECK("excel.preview.filter.check", 0),
    EXCEL_PREVIEW_FILTER_ERRORS("excel.preview.filter.errors", 0),
    EXCEL_PREVIEW_FILTER_REST("excel.preview.filter.rest", 0),
    /** {0}: rows. */
    EXCEL_PREVIEW_TAB_ROWS("excel.preview.tab.rows", 1),
    /** {0}: rows. */
    EXCEL_PREVIEW_TAB_SKIPPED("excel.preview.tab.skipped", 1),
    /** {0}: rows. */
    EXCEL_PREVIEW_TAB_TARGETS("excel.preview.tab.targets", 1),
    EXCEL_COL_CELL("excel.col.cell", 0),
    EXCEL_COL_RAW_NAME("excel.col.rawName", 0),
    EXCEL_COL_INDICATOR("excel.col.indicator", 0),
    EXCEL_COL_SCORE("excel.col.score", 0),
    EXCEL_COL_PERIOD("excel.col.period", 0),
    EXCEL_COL_CHANGE("excel.col.change", 0),
    EXCEL_COL_STATE("excel.col.state", 0),
    EXCEL_COL_PROBLEMS("excel.col.problems", 0),
    EXCEL_COL_FILE("excel.col.file", 0),
    EXCEL_COL_TEXT("excel.col.text", 0),
    EXCEL_COL_REASON("excel.col.reason", 0),
    EXCEL_COL_TARGET("excel.col.target", 0),
    EXCEL_COL_PARENT("excel.col.parent", 0),
    EXCEL_COL_UNITS("excel.col.units", 0),
    EXCEL_PREVIEW_ACCEPT("excel.preview.accept", 0),
    EXCEL_PREVIEW_IGNORE("excel.preview.ignore", 0),
    EXCEL_PREVIEW_PICK("excel.preview.pick", 0),
    /** {0}: values (and targets) to write. */
    EXCEL_PREVIEW_APPLY("excel.preview.apply", 1),
    EXCEL_PREVIEW_CLOSE("excel.preview.close", 0),
    /** {0}: similarity in %; {1}: how it was matched. */
    EXCEL_PREVIEW_SCORE("excel.preview.score", 2),
    /** {0}: year-on-year growth. */
    EXCEL_PREVIEW_GROWTH("excel.preview.growth", 1),
    /** {0}: old target; {1}: new target. */
    EXCEL_PREVIEW_TARGET_CHANGE("excel.preview.targetChange", 2),
    /** {0}: unit names. */
    EXCEL_PREVIEW_NEW_UNITS("excel.preview.newUnits", 1),
    EXCEL_STATE_APPLY("excel.state.apply", 0),
    EXCEL_STATE_UNCHANGED("excel.state.unchanged", 0),
    EXCEL_STATE_QUESTION("excel.state.question", 0),
    EXCEL_STATE_UNMATCHED("excel.state.unmatched", 0),
    EXCEL_STATE_NO_VALUE("excel.state.noValue", 0),
    EXCEL_STATE_ERROR("excel.state.error", 0),
    EXCEL_STATE_IGNORED("excel.state.ignored", 0),
    EXCEL_MATCH_KEY("excel.match.key", 0),
    EXCEL_MATCH_ALIAS("excel.match.alias", 0),
    EXCEL_MATCH_EXACT("excel.match.exact", 0),
    EXCEL_MATCH_SIMILAR("excel.match.similar", 0),
    EXCEL_MATCH_WEAK("excel.match.weak", 0),
    EXCEL_MATCH_CONFIRMED("excel.match.confirmed", 0),
    EXCEL_MATCH_NONE("excel.match.none", 0),
    /** {0}: cell; {1}: what. */
    EXCEL_PROBLEM_AT("excel.problem.at", 2),
    /** {0}: the cell text. */
    EXCEL_PROBLEM_NOT_A_NUMBER("excel.problem.notANumber", 1),
    /** {0}: unit in the file; {1}: the indicator's unit. */
    EXCEL_PROBLEM_UNIT_MISMATCH("excel.problem.unitMismatch", 2),
    /** {0}: value with unit; {1}: converted value with unit. */
    EXCEL_PROBLEM_UNIT_CONVERTED("excel.problem.unitConverted", 2),
    EXCEL_PROBLEM_MONTH_VALUE_ONLY("excel.problem.monthValueOnly", 0),
    EXCEL_PROBLEM_MONTH_GROWTH_ONLY("excel.problem.monthGrowthOnly", 0),
    /** {0}: the period cell's text. */
    EXCEL_PROBLEM_PERIOD_UNKNOWN("excel.problem.periodUnknown", 1),
    /** {0}: period; {1}: plan year. */
    EXCEL_PROBLEM_OUTSIDE_PLAN_YEAR("excel.problem.outsidePlanYear", 2),
    /** {0}: the other cell. */
    EXCEL_PROBLEM_CONFLICT("excel.problem.conflict", 1),
    /** {0}: the other cell. */
    EXCEL_PROBLEM_DUPLICATE("excel.problem.duplicate", 1),
    /** {0}: similarity in %; {1}: indicator name. */
    EXCEL_PROBLEM_WEAK_MATCH("excel.problem.weakMatch", 2),
    EXCEL_PROBLEM_NO_MATCH("excel.problem.noMatch", 0),
    EXCEL_PROBLEM_NO_VALUE("excel.problem.noValue", 0),
    /** {0}: the cell text. */
    EXCEL_PROBLEM_NOT_A_MILESTONE_STATE("excel.problem.notAMilestoneState", 1),
    /** {0}: indicator names. */
    EXCEL_PROBLEM_SUGGESTIONS("excel.problem.suggestions", 1),
    EXCEL_SKIPPED_HIDDEN("excel.skipped.hidden", 0),
    EXCEL_SKIPPED_FOOTNOTE("excel.skipped.footnote", 0),
    EXCEL_SKIPPED_NO_VALUES("excel.skipped.noValues", 0),
    EXCEL_SKIPPED_HEADER("excel.skipped.header", 0),
    EXCEL_TARGET_CREATE("excel.target.create", 0),
    EXCEL_TARGET_UPDATE("excel.target.update", 0),
    EXCEL_TARGET_UNCHANGED("excel.target.unchanged", 0),
    EXCEL_TARGET_ERROR("excel.target.error", 0),
    /** {0}: plan name. */
    EXCEL_HISTORY_TITLE("excel.history.title", 1),
    EXCEL_HISTORY_EMPTY("excel.history.empty", 0),
    EXCEL_HISTORY_COL_TIME("excel.history.col.time", 0),
    EXCEL_HISTORY_COL_KIND("excel.history.col.kind", 0),
    EXCEL_HISTORY_COL_ROWS("excel.history.col.rows", 0),
    EXCEL_HISTORY_COL_STATE("excel.history.col.state", 0),
    EXCEL_HISTORY_KIND_STATISTICS("excel.history.kind.statistics", 0),
    EXCEL_HISTORY_KIND_TARGETS("excel.history.kind.targets", 0),
    EXCEL_HISTORY_ACTIVE("excel.history.active", 0),
    /** {0}: time. */
    EXCEL_HISTORY_UNDONE_AT("excel.history.undoneAt", 1),
    EXCEL_HISTORY_UNDO("excel.history.undo", 0),
    EXCEL_HISTORY_CLOSE("excel.history.close", 0),
    EXCEL_HISTORY_WHY_UNDONE("excel.history.why.undone", 0),
    /** {0}: file name; {1}: its time. */
    EXCEL_HISTORY_WHY_LATER("excel.history.why.later", 2),
    EXCEL_HISTORY_WHY_LATER_TARGETS("excel.history.why.laterTargets", 0),
    EXCEL_HISTORY_CONFIRM_TITLE("excel.history.confirmTitle", 0),
    /** {0}: file name; {1}: rows. */
    EXCEL_HISTORY_CONFIRM("excel.history.confirm", 2),
    /** {0}: file name; {1}: plan name. */
    EXCEL_HISTORY_CONFIRM_PLAN("excel.history.confirmPlan", 2),
    EXCEL_HISTORY_UNDONE_TITLE("excel.history.undoneTitle", 0),
    /** {0}: entries restored. */
    EXCEL_HISTORY_RESTORED("excel.history.restored", 1),
    /** {0}: count; {1}: cells. */
    EXCEL_HISTORY_KEPT("excel.history.kept", 2),
    EXCEL_HISTORY_UNDO_FAILED("excel.history.undoFailed", 0),
    EXCEL_EXPORT_TITLE("excel.export.title", 0),
    /** {0}: plan name; {1}: as-of month (1-6月). */
    EXCEL_EXPORT_FILE_NAME("excel.export.fileName", 2),
    /** {0}: file name. */
    EXCEL_EXPORT_WRITING("excel.export.writing", 1),
    EXCEL_EXPORT_DONE_TITLE("excel.export.doneTitle", 0),
    /** {0}: file; {1}: indicators; {2}: as-of month. */
    EXCEL_EXPORT_DONE("excel.export.done", 3),
    EXCEL_EXPORT_FAILED_TITLE("excel.export.failedTitle", 0),
    /** {0}: file; {1}: what went wrong. */
    EXCEL_EXPORT_FAILED("excel.export.failed", 2),
    EXCEL_TEMPLATES_CHOOSE("excel.templates.choose", 0),
    EXCEL_TEMPLATES_WRITING("excel.templates.writing", 0),
    EXCEL_TEMPLATES_DONE_TITLE("excel.templates.doneTitle", 0),
    /** {0}: files; {1}: folder; {2}: period to fill in. */
    EXCEL_TEMPLATES_DONE("excel.templates.done", 3),
    /** {0}: indicator names. */
    EXCEL_TEMPLATES_UNASSIGNED("excel.templates.unassigned", 1),
    EXCEL_TEMPLATES_FAILED_TITLE("excel.templates.failedTitle", 0),
    // --- charts, print ---
    // charts, print: unit league chart, dashboard tab, print preview (dash)
    CHARTS_LEAGUE_AXIS("charts.league.axis", 0),
    /** {0}: share in % without the sign; {1}: indicators on track; {2}: indicators judged. */
    CHARTS_LEAGUE_VALUE("charts.league.value", 3),
    /** {0}: places moved up. */
    CHARTS_LEAGUE_UP("charts.league.up", 1),
    /** {0}: places moved down. */
    CHARTS_LEAGUE_DOWN("charts.league.down", 1),
    CHARTS_LEAGUE_SAME("charts.league.same", 0),
    CHARTS_LEAGUE_NEW("charts.league.new", 0),
    CHARTS_LEAGUE_NO_COMPARISON("charts.league.noComparison", 0),
    CHARTS_LEAGUE_EMPTY("charts.league.empty", 0),
    DASHBOARD_TAB("dashboard.tab", 0),
    /** {0}: plan name; {1}: period, e.g. 1-6月; {2}: time progress in % without the sign. */
    DASHBOARD_HEADING("dashboard.heading", 3),
    DASHBOARD_EMPTY("dashboard.empty", 0),
    /** {0}: plan or indicator name. */
    DASHBOARD_LOADING("dashboard.loading", 1),
    DASHBOARD_LOAD_FAILED("dashboard.loadFailed", 0),
    DASHBOARD_PACE_TITLE("dashboard.pace.title", 0),
    DASHBOARD_DEVIATION_TITLE("dashboard.deviation.title", 0),
    DASHBOARD_LEAGUE_TITLE("dashboard.league.title", 0),
    DASHBOARD_BULLETS_TITLE("dashboard.bullets.title", 0),
    DASHBOARD_TREND_NONE("dashboard.trend.none", 0),
    /** {0}: indicator name. */
    DASHBOARD_TREND_TITLE("dashboard.trend.title", 1),
    DASHBOARD_TREND_HINT("dashboard.trend.hint", 0),
    /** {0}: indicator name. */
    DASHBOARD_TREND_NO_DATA("dashboard.trend.noData", 1),
    DASHBOARD_EXPORT_PNG("dashboard.exportPng", 0),
    DASHBOARD_EXPORT_PNG_TITLE("dashboard.exportPng.title", 0),
    DASHBOARD_PNG_FILE_TYPE("dashboard.pngFileType", 0),
    /** {0}: file. */
    DASHBOARD_EXPORTED("dashboard.exported", 1),
    DASHBOARD_EXPORT_FAILED("dashboard.exportFailed", 0),
    /** {0}: file; {1}: what went wrong. */
    DASHBOARD_EXPORT_FAILED_DETAIL("dashboard.exportFailed.detail", 2),
    PRINT_MENU_PREVIEW("print.menu.preview", 0),
    PRINT_MENU_EXPORT_PDF("print.menu.exportPdf", 0),
    /** {0}: report title. */
    PRINT_WINDOW_TITLE("print.window.title", 1),
    PRINT_ORIENTATION("print.orientation", 0),
    PRINT_PORTRAIT("print.portrait", 0),
    PRINT_LANDSCAPE("print.landscape", 0),
    PRINT_PREVIOUS("print.previous", 0),
    PRINT_NEXT("print.next", 0),
    /** {0}: page number; {1}: pages in all. */
    PRINT_PAGE("print.page", 2),
    /** {0}: page number. */
    PRINT_PAGE_SHORT("print.pageShort", 1),
    PRINT_PRINT("print.print", 0),
    PRINT_EXPORT_PDF("print.exportPdf", 0),
    PRINT_CLOSE("print.close", 0),
    PRINT_RENDERING("print.rendering", 0),
    /** {0}: page number; {1}: pages in all. */
    PRINT_RENDERING_PAGE("print.renderingPage", 2),
    /** {0}: pages in all. */
    PRINT_READY("print.ready", 1),
    PRINT_RENDER_FAILED_TITLE("print.renderFailed.title", 0),
    /** {0}: what went wrong. */
    PRINT_RENDER_FAILED("print.renderFailed", 1),
    PRINT_NO_FONT_TITLE("print.noFont.title", 0),
    PRINT_NO_FONT("print.noFont", 0),
    /** {0}: the font locator's message (where it looked, what to install). */
    PRINT_NO_FONT_DETAIL("print.noFont.detail", 1),
    PRINT_NO_PRINTER_TITLE("print.noPrinter.title", 0),
    PRINT_NO_PRINTER("print.noPrinter", 0),
    PRINT_NO_PRINTER_OFFER("print.noPrinter.offer", 0),
    /** {0}: printer name. */
    PRINT_PRINTING("print.printing", 1),
    /** {0}: page number; {1}: pages in all. */
    PRINT_PRINTING_PAGE("print.printingPage", 2),
    /** {0}: pages sent; {1}: printer name. */
    PRINT_SENT("print.sent", 2),
    PRINT_CANCELLED("print.cancelled", 0),
    PRINT_FAILED_TITLE("print.failed.title", 0),
    /** {0}: printer name; {1}: what went wrong. */
    PRINT_FAILED("print.failed", 2),
    PRINT_EXPORT_TITLE("print.export.title", 0),
    PRINT_PDF_FILE_TYPE("print.pdfFileType", 0),
    /** {0}: file name. */
    PRINT_EXPORTING("print.exporting", 1),
    /** {0}: file; {1}: pages. */
    PRINT_EXPORTED("print.exported", 2),
    PRINT_EXPORT_FAILED_TITLE("print.exportFailed.title", 0),
    /** {0}: file; {1}: what went wrong. */
    PRINT_EXPORT_FAILED("print.exportFailed", 2),
    CHARTS_EMPTY("charts.empty", 0),
    /** {0}: time progress in % without the sign, e.g. 50. */
    CHARTS_TIME_PROGRESS("charts.timeProgress", 1),
    CHARTS_PACE_AXIS("charts.pace.axis", 0),
    CHARTS_PACE_CAPTION("charts.pace.caption", 0),
    CHARTS_TARGET_LINE("charts.targetLine", 0),
    CHARTS_DEVIATION_AXIS("charts.deviation.axis", 0),
    CHARTS_DEVIATION_CAPTION("charts.deviation.caption", 0),
    /** {0}: actual; {1}: target; {2}: status in words. */
    CHARTS_BULLET_VALUE("charts.bullet.value", 3),
    /** {0}: actual; {1}: target; {2}: stretch target (力争); {3}: status in words. */
    CHARTS_BULLET_VALUE_STRETCH("charts.bullet.valueStretch", 4),
    /** {0}: month number 1..12. */
    CHARTS_MONTH("charts.month", 1),
    /** {0}: indicator name; {1}: unit of measure. */
    CHARTS_NAME_WITH_UNIT("charts.nameWithUnit", 2),
    CHARTS_TREND_ACTUAL("charts.trend.actual", 0),
    CHARTS_TREND_PLANNED("charts.trend.planned", 0),
    CHARTS_TREND_TARGET("charts.trend.target", 0),
    CHARTS_TREND_LAST_YEAR("charts.trend.lastYear", 0),
    ;

    private final String key;
    private final int argumentCount;

    Msg(String key, int argumentCount) {
        this.key = key;
        this.argumentCount = argumentCount;
    }

    /** The key in the resource bundles. */
    public String key() {
        return key;
    }

    /** How many MessageFormat arguments ({0} … {n-1}) the text takes. */
    public int argumentCount() {
        return argumentCount;
    }
}
