package com.targetmonitor.ui.state;

import com.targetmonitor.logic.change.Change;
import com.targetmonitor.logic.status.PlanStatus;
import com.targetmonitor.logic.status.PlanStatusService.PlanFrame;
import com.targetmonitor.logic.status.StandingSplice;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.model.Plan;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The window's standings, computed on the plan's frame (indicators, category and unit names) read
 * once and kept until the structure changes: another month or a typed value then reads only the
 * values. At 10,000 indicators the frame was some 40 % of every standing. After typed values, only
 * the changed indicators are judged again and spliced into the standing before ({@link StandingSplice}).
 * The frame is dropped on every change that is not only values (structure, rules, another workspace),
 * before the window state hears of the change: it is made before the state and listens first.
 */
final class FramedStandings implements WindowState.StandingSource {

    private final Session session;
    /** Read and written on the background thread (computations) and dropped on the FX thread. */
    private PlanFrame frame;
    private long drops;
    private int framesRead;
    private StandingSplice splice;
    private int splices;

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

    /**
     * Splices the changed indicators' rows into the standing before, reading only their observations;
     * computes the standing whole when the frame was dropped since or the splice cannot be made.
     */
    @Override
    public PlanStatus statusAfter(PlanStatus before, Set<Long> changedIndicators) {
        StandingSplice splice = splice(before.plan());
        Optional<PlanStatus> spliced = splice == null ? Optional.empty()
                : session.queries().statusAfter(before, splice, changedIndicators);
        if (spliced.isEmpty()) {
            return status(before.plan(), before.asOf());
        }
        synchronized (this) {
            splices++;
        }
        return spliced.get();
    }

    /** The splice's positions on the kept frame (made on the first edit after the frame is read), or null. */
    private StandingSplice splice(Plan plan) {
        PlanFrame kept;
        StandingSplice made;
        synchronized (this) {
            kept = frame;
            made = splice;
        }
        if (kept == null || kept.planId() != plan.id()) {
            return null;
        }
        if (made != null && made.frame() == kept) {
            return made;
        }
        // A walk over the plan: outside the lock, which the FX thread takes to drop the frame.
        made = new StandingSplice(kept);
        synchronized (this) {
            if (frame == kept) {
                splice = made;
            }
        }
        return made;
    }

    @Override
    public void forget() {
        drop();
    }

    private synchronized void drop() {
        frame = null;
        splice = null;
        drops++;
    }

    /** How many frames were read so far (tests: one per plan and structure change). */
    synchronized int framesRead() {
        return framesRead;
    }

    /** How many standings were made by splicing changed rows into the one before (tests). */
    synchronized int splices() {
        return splices;
    }
}
