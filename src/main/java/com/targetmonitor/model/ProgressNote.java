package com.targetmonitor.model;

import java.util.Objects;

/** The explanation officers attach to a period: 进展 / 存在问题 / 下一步措施. */
public record ProgressNote(String progress, String problems, String nextSteps) {

    public static final ProgressNote EMPTY = new ProgressNote("", "", "");

    public ProgressNote {
        progress = Objects.requireNonNullElse(progress, "");
        problems = Objects.requireNonNullElse(problems, "");
        nextSteps = Objects.requireNonNullElse(nextSteps, "");
    }

    public boolean isEmpty() {
        return progress.isBlank() && problems.isBlank() && nextSteps.isBlank();
    }
}
