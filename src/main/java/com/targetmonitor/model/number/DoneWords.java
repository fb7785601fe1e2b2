package com.targetmonitor.model.number;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one vocabulary of "done" and "not done" for milestones, shared by the actuals grid, the forms
 * and the Excel import, so a word the grid takes is taken from a workbook too and the other way round.
 */
public final class DoneWords {

    /** Words for "done": also 达标 and 已建成, as progress tables report a milestone reached. */
    private static final Set<String> DONE = Set.of("1", "是", "完成", "已完成", "已办结", "办结", "达标", "已达标",
            "已建成", "建成", "已实现", "已落实", "done", "yes", "y", "true", "\u221A", "\u2713", "\u2714");
    /**
     * Words for "not done", started or not: 未开工 and 在建 are reported states, not blanks. 已开工 is in
     * neither list, since it means done for a "开工" milestone and not done for a "建成" one.
     */
    private static final Set<String> NOT_DONE = Set.of("0", "否", "未完成", "推进中", "进行中", "未办结", "未达标",
            "未开工", "未启动", "在建", "未建成", "未实现", "not done", "no", "n", "false", "\u00D7", "\u2717",
            "\u2718");

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
