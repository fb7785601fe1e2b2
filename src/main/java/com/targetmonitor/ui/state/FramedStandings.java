package com.targetmonitor.ui.state;

import com.targetmonitor.logic.change.Change;
import com.targetmonitor.logic.status.PlanStatus;
import com.targetmonitor.logic.status.PlanStatusService.PlanFrame;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.model.Plan;
import java.util.Objects;

/**
 * The window's standings, computed on the plan's frame (indicators, category and unit names) read
 * once and kept until the structure changes: another month or a typed value then reads only the
 * values. At 10,000 indicators the frame was some 40 % of every standing. The frame is dropped on
 * every change that is not only values (structure, rules, another workspace), before the window
 * state hears of the change: it is made before the state and listens first.
 */
final class FramedStandings implements WindowState.StandingSource {

    private final Session session;
    /** Read and written on the background thread (computations) and dropped on the FX thread. */
    private PlanFrame frame;
    private long drops;
    private int framesRead;

    FramedStandings(Session session) {
        this.session = Objects.requireNonNull(session, "session");
        session.addChangeListener(change -> {
            if (!(change instanceof Change.Values)) {
                drop();
            }
        });
    }

    @Override
    public PlanStatus status(Plan plan, AsOf asOf) {
        var queries = session.queries();
        long readAt;
        PlanFrame shown;
        synchronized (this) {
            readAt = drops;
            shown = frame;
        }
        if (shown == null || shown.planId() != plan.id()) {
            shown = queries.frame(plan);
            synchronized (this) {
                framesRead++;
                // Dropped while it was read: the change's own computation reads it again.
                if (readAt == drops) {
                    frame = shown;
                }
            }
        }
        return queries.status(plan, asOf, shown);
    }

    @Override
    public void forget() {
        drop();
    }

    private synchronized void drop() {
        frame = null;
        drops++;
    }

    /** How many frames were read so far (tests: one per plan and structure change). */
    synchronized int framesRead() {
        return framesRead;
    }
}
