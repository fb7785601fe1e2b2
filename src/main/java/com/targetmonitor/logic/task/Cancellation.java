package com.targetmonitor.logic.task;

/** Lets long work in logic stop early when the user cancels; checked between rows or steps. */
@FunctionalInterface
public interface Cancellation {

    Cancellation NEVER = () -> false;

    boolean isCancelled();

    /** Throws {@link CancelledException} when cancelled, so loops can stop with one line. */
    default void check() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
