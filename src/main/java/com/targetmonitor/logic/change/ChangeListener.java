package com.targetmonitor.logic.change;

/** Told of every change to the workspace, on the thread that made it (the FX thread in the window). */
@FunctionalInterface
public interface ChangeListener {
    void changed(Change change);
}
