package com.targetmonitor.logic.entry;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one vocabulary of "done" and "not done" for milestones, shared by the actuals grid, the forms
 * and the Excel import, so a word the grid takes is taken from a workbook too and the other way round.
 */
public final class DoneWords {

    private static final Set<String> DONE = Set.of("1", "是", "完成", "已完成", "已办结", "办结", "done", "yes", "y",
            "true", "\u221A", "\u2713", "\u2714");
    private static final Set<String> NOT_DONE = Set.of("0", "否", "未完成", "推进中", "进行中", "未办结", "not done",
            "no", "n", "false", "\u00D7", "\u2717", "\u2718");

    private DoneWords() {
    }

    /** True for a word of "done", false for one of "not done", empty for anything else. */
    public static Optional<Boolean> read(String word) {
        String w = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
        if (DONE.contains(w)) {
            return Optional.of(true);
        }
        if (NOT_DONE.contains(w)) {
            return Optional.of(false);
        }
        return Optional.empty();
    }
}
