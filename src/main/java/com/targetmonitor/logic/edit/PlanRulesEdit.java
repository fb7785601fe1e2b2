package com.targetmonitor.logic.edit;

import com.targetmonitor.logic.change.Change;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.RuleSet;
import com.targetmonitor.persistence.PersistenceException;
import com.targetmonitor.persistence.Workspace;
import java.util.Objects;

/**
 * Changes a plan's rules (yellow bands, 左右 tolerance, rounding) and puts the old ones back on undo.
 * Only the rules are written: the plan is read afresh on each step, so a name changed meanwhile by
 * another edit is kept.
 */
public final class PlanRulesEdit implements Edit {

    private final String description;
    private final long planId;
    private final RuleSet before;
    private final RuleSet after;

    private PlanRulesEdit(String description, long planId, RuleSet before, RuleSet after) {
        this.description = Objects.requireNonNull(description, "description");
        this.planId = planId;
        this.before = Objects.requireNonNull(before, "before");
        this.after = Objects.requireNonNull(after, "after");
    }

    /** An edit that gives the plan {@code newRules} in place of the rules the workspace holds now. */
    public static PlanRulesEdit change(Workspace workspace, String description, long planId, RuleSet newRules) {
        RuleSet current = plan(workspace, planId).rules();
        return new PlanRulesEdit(description, planId, current, newRules);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Change change() {
        return new Change.Rules(planId);
    }

    @Override
    public void apply(Workspace workspace) {
        put(workspace, after);
    }

    @Override
    public void revert(Workspace workspace) {
        put(workspace, before);
    }

    public RuleSet before() {
        return before;
    }

    public RuleSet after() {
        return after;
    }

    private void put(Workspace workspace, RuleSet rules) {
        workspace.plans().save(plan(workspace, planId).withRules(rules));
    }

    private static Plan plan(Workspace workspace, long planId) {
        return workspace.plans().find(planId)
                .orElseThrow(() -> new PersistenceException("plan " + planId + " no longer exists"));
    }

    @Override
    public String toString() {
        return "PlanRulesEdit[plan " + planId + ": " + before + " -> " + after + "]";
    }
}
