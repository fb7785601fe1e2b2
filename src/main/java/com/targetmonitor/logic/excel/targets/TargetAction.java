package com.targetmonitor.logic.excel.targets;

/** What importing a targets-table row does to the plan. */
public enum TargetAction {
    /** A new indicator. */
    CREATE,
    /** An indicator of the plan gets the table's target. */
    UPDATE,
    /** The plan already holds this target. */
    UNCHANGED,
    /** The target text cannot be read; the row is not imported. */
    ERROR
}
