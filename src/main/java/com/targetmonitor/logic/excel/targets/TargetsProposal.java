package com.targetmonitor.logic.excel.targets;

import com.targetmonitor.model.Plan;
import com.targetmonitor.persistence.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A targets table with the plan it is proposed to go into and what importing it there would do. While
 * the plan is undecided there is no preview and nothing can be written; the officer picks one of the
 * {@code options} (a new plan named from the table first, then the workspace's plans).
 *
 * @param preview what the import would do, or null while the plan is undecided
 */
public record TargetsProposal(TargetsTable table, PlanChoice choice, TargetsPreview preview, List<Plan> options) {

    public TargetsProposal {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(choice, "choice");
        options = List.copyOf(options);
    }

    /** Proposes the plan for the table and previews the import into it when the plan is decided. */
    public static TargetsProposal propose(Workspace ws, Plan shown, TargetsTable table) {
        List<Plan> plans = ws.plans().findAll();
        PlanChoice choice = PlanChoice.propose(plans, shown, table);
        List<Plan> options = new ArrayList<>();
        if (choice.kind() == PlanChoice.Kind.NEW) {
            options.add(choice.plan());
        } else {
            choice.newPlanOption(plans, table).ifPresent(options::add);
        }
        options.addAll(plans);
        TargetsPreview preview = choice.decided() ? TargetsImporter.preview(ws, choice.plan(), table) : null;
        return new TargetsProposal(table, choice, preview, options);
    }

    /** The officer's choice of plan (one of the options), previewed. */
    public TargetsProposal choose(Workspace ws, Plan picked) {
        return new TargetsProposal(table, choice.choose(picked), TargetsImporter.preview(ws, picked, table), options);
    }

    /** Targets a confirmation would write (none while the plan is undecided). */
    public long writes() {
        return preview == null ? 0 : preview.count(TargetAction.CREATE) + preview.count(TargetAction.UPDATE);
    }
}
