package com.targetmonitor.logic.task;

/** Thrown out of long work when the user cancelled it; nothing it did is kept. */
public class CancelledException extends RuntimeException {

    public CancelledException() {
        super("cancelled");
    }
}
