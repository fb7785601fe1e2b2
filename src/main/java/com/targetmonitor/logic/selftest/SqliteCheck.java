package com.targetmonitor.logic.selftest;

import com.targetmonitor.model.Plan;
import com.targetmonitor.persistence.Workspace;
import java.util.List;

/**
 * The runtime can create, write and read a SQLite workspace: sqlite-jdbc's native library loads on
 * this machine (it is unpacked to the temporary folder), the migrations run and the seed plans are
 * written; the file is then opened again and read.
 */
final class SqliteCheck implements SelfCheck {

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public CheckResult run(SelfTestContext context) {
        var file = context.demoWorkspace(); // created from the seed plans, then closed
        try (Workspace ws = Workspace.open(file)) {
            List<Plan> plans = ws.plans().findAll();
            int indicators = 0;
            for (Plan plan : plans) {
                indicators += ws.indicators().findByPlan(plan.id()).size();
            }
            if (plans.isEmpty() || indicators == 0) {
                return CheckResult.fail("the new workspace holds " + plans.size() + " plans and " + indicators
                        + " indicators; the seed plans were not written");
            }
            return CheckResult.ok("wrote and read a workspace (" + plans.size() + " plans, " + indicators
                    + " indicators, schema version " + ws.schemaVersion() + ")");
        }
    }
}
