package com.targetmonitor.logic.task;

/** A piece of long work that reports progress and can be cancelled. */
@FunctionalInterface
public interface Work<T> {

    T run(ProgressListener progress, Cancellation cancellation) throws Exception;
}
