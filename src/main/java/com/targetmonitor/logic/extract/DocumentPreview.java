package com.targetmonitor.logic.extract;

import com.targetmonitor.model.Plan;
import java.util.List;

/**
 * What reading the documents into a plan would do, row by row, before anything is written.
 *
 * @param plan the plan; without an id it is created by the import
 */
public record DocumentPreview(Plan plan, String documentName, List<TargetRow> targets,
                              List<ObservationRow> observations, List<Statement> statements) {

    public DocumentPreview {
        targets = List.copyOf(targets);
        observations = List.copyOf(observations);
        statements = List.copyOf(statements);
    }

    public boolean createsPlan() {
        return plan.id() == null;
    }

    public long count(ProposalAction action) {
        return targets.stream().filter(r -> r.action() == action).count()
                + observations.stream().filter(r -> r.action() == action).count();
    }
}
