package com.targetmonitor.logic.report;

import com.targetmonitor.logic.status.PlanStatus;
import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.persistence.Workspace;
import java.nio.file.Path;

/** The seed plan's standing, read from a real workspace file. */
final class SeedPlan {

    static final String JINCHANG_2022 = "金昌市2022年";

    private SeedPlan() {
    }

    static PlanStatus status(Path dir, String plan, String asOf) {
        try (Workspace ws = WorkspaceOpener.openOrCreateWithSeeds(dir.resolve("w.tmdb"))) {
            PlanStatusService service = new PlanStatusService(ws);
            return service.status(service.findPlan(plan), AsOf.parse(asOf));
        }
    }
}
