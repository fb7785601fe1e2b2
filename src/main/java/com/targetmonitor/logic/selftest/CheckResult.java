package com.targetmonitor.logic.selftest;

import java.util.Objects;

/**
 * What a check found.
 *
 * @param outcome passed, failed, or not run here (no display)
 * @param detail  one line: what was done, what went wrong, or why it did not run
 */
public record CheckResult(Outcome outcome, String detail) {

    public enum Outcome { OK, FAIL, SKIP }

    public CheckResult {
        Objects.requireNonNull(outcome, "outcome");
        detail = detail == null ? "" : detail.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    public static CheckResult ok(String detail) {
        return new CheckResult(Outcome.OK, detail);
    }

    public static CheckResult fail(String detail) {
        return new CheckResult(Outcome.FAIL, detail);
    }

    public static CheckResult skip(String detail) {
        return new CheckResult(Outcome.SKIP, detail);
    }
}
