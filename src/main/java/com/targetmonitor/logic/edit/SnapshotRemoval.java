package com.targetmonitor.logic.edit;

import com.targetmonitor.model.Indicator;
import com.targetmonitor.persistence.RowSnapshot;
import com.targetmonitor.persistence.RowSnapshots;
import com.targetmonitor.persistence.Workspace;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * Removes a plan, indicator, category or unit through its repository, first taking a snapshot of
 * every row the delete takes with it (decomposed parts, values, import history, aliases …), and
 * puts the snapshot back on undo: same ids, same values.
 */
final class SnapshotRemoval implements Removal {

    private final String what;
    private final long id;
    private final BiFunction<RowSnapshots, Long, RowSnapshot> capture;
    private final BiConsumer<Workspace, Long> delete;
    /** Runs first, before the snapshot is taken: may refuse by throwing, having changed nothing. */
    private final BiConsumer<Workspace, Long> check;
    private RowSnapshot snapshot;

    private SnapshotRemoval(String what, long id, BiFunction<RowSnapshots, Long, RowSnapshot> capture,
                            BiConsumer<Workspace, Long> delete) {
        this(what, id, capture, delete, (ws, i) -> { });
    }

    private SnapshotRemoval(String what, long id, BiFunction<RowSnapshots, Long, RowSnapshot> capture,
                            BiConsumer<Workspace, Long> delete, BiConsumer<Workspace, Long> check) {
        this.what = what;
        this.id = id;
        this.capture = capture;
        this.delete = delete;
        this.check = check;
    }

    static SnapshotRemoval plan(long planId) {
        return new SnapshotRemoval("plan", planId, RowSnapshots::plan, (ws, id) -> ws.plans().delete(id));
    }

    static SnapshotRemoval indicator(long indicatorId) {
        return new SnapshotRemoval("indicator", indicatorId, RowSnapshots::indicator,
                (ws, id) -> ws.indicators().delete(id));
    }

    /**
     * Removes the indicator only if it is still as the officer was shown it; otherwise (someone else changed
     * it) nothing is removed and {@link IndicatorConflictException} says what changed. The row is held from
     * the check to the delete, so the snapshot undo puts back is the row that was checked.
     */
    static SnapshotRemoval indicatorAsShown(Indicator shown) {
        return new SnapshotRemoval("indicator", shown.id(), RowSnapshots::indicator,
                (ws, id) -> ws.indicators().delete(id), (ws, id) -> {
                    if (!ws.indicators().holdIfAsShown(shown)) {
                        ws.indicators().find(id).ifPresent(stored -> {
                            throw new IndicatorConflictException(shown, null, stored);
                        });
                    }
                });
    }

    /** Its indicators stay in the plan without a category; undo puts them back in it. */
    static SnapshotRemoval category(long categoryId) {
        return new SnapshotRemoval("category", categoryId, RowSnapshots::category,
                (ws, id) -> ws.plans().deleteCategory(id));
    }

    /** Refused with {@link UnitInUseException} while indicators or units refer to the unit. */
    static SnapshotRemoval unit(long unitId) {
        return new SnapshotRemoval("unit", unitId, RowSnapshots::unit, (ws, id) -> {
            UnitUsage usage = UnitUsage.of(ws, id);
            if (usage.inUse()) {
                throw new UnitInUseException(ws.units().find(id).orElseThrow().name(), usage);
            }
            ws.units().delete(id);
        });
    }

    @Override
    public void remove(Workspace workspace) {
        check.accept(workspace, id);
        RowSnapshot taken = capture.apply(workspace.snapshots(), id);
        if (taken.isEmpty()) {
            throw new IllegalStateException(what + " " + id + " no longer exists");
        }
        delete.accept(workspace, id);
        snapshot = taken;
    }

    @Override
    public void putBack(Workspace workspace) {
        workspace.snapshots().restore(snapshot);
    }
}
