package com.targetmonitor.logic.selftest;

/**
 * One thing an installed copy of the application must be able to do on this machine: open a
 * workspace, write a workbook, embed a Chinese font, draw a chart. A check does the real work in the
 * scratch folder it is given, never in the user's data, and says in one line what it did.
 *
 * <p>The standard checks are in this package. Checks that need layers the command line must not
 * touch (JavaFX) are contributed by the application through {@link java.util.ServiceLoader}: the
 * command line finds them at run time without depending on them.
 */
public interface SelfCheck {

    /** A short lower-case name, printed before the outcome: "sqlite", "pdf". */
    String name();

    /**
     * Does the check. Throwing anything, an {@link Error} included (a class or native library the
     * runtime lacks), counts as a failure with the throwable's message.
     */
    CheckResult run(SelfTestContext context) throws Exception;
}
