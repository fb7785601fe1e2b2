package com.targetmonitor.logic.backup;

/** Why a backup was made. */
public enum BackupReason {
    /** The first time the workspace was opened that day. */
    DAILY,
    /** Just before an import wrote to the workspace. */
    BEFORE_IMPORT,
    /** Just before another backup was put in its place. */
    BEFORE_RESTORE,
    /** Asked for by the officer. */
    MANUAL
}
