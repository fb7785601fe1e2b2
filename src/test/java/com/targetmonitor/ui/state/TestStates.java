package com.targetmonitor.ui.state;

import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.ui.task.SyncTaskExecutor;
import com.targetmonitor.ui.task.TaskExecutor;

/** Window states for view model tests: synchronous, with the view under test on screen. */
public final class TestStates {

    private TestStates() {
    }

    public static WindowState showing(Session session, ViewId view) {
        return showing(session, new SyncTaskExecutor(), view);
    }

    public static WindowState showing(Session session, TaskExecutor tasks, ViewId view) {
        WindowState state = new WindowState(session, tasks);
        state.shownViewProperty().set(view);
        return state;
    }
}
