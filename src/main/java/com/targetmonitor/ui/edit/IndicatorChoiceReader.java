package com.targetmonitor.ui.edit;

import com.targetmonitor.model.Indicator;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.logic.workspace.WorkspaceQueries;
import java.util.Objects;
import java.util.Set;

/** Reads what the indicator form offers from the workspace. */
final class IndicatorChoiceReader {

    private IndicatorChoiceReader() {
    }

    /**
     * The plan's categories, units, possible parents (not the indicator itself or its parts) and the
     * codes other indicators use.
     *
     * @param editing the indicator being edited, or null for a new one
     */
    static IndicatorChoices read(Session session, long planId, Indicator editing) {
        Set<Long> notParents = editing == null ? Set.of() : session.edits().indicatorAndParts(editing.id());
        WorkspaceQueries queries = session.queries();
        var indicators = queries.indicators(planId);
        return new IndicatorChoices(planId, queries.categories(planId),
                indicators.stream().filter(i -> !notParents.contains(i.id())).toList(),
                queries.units(),
                indicators.stream().filter(i -> editing == null || !Objects.equals(i.id(), editing.id()))
                        .map(Indicator::code).filter(c -> !c.isBlank()).toList());
    }

    /** The same indicator at another position among its siblings. */
    static Indicator atPosition(Indicator i, int position) {
        return new Indicator(i.id(), i.planId(), i.categoryId(), i.parentId(), i.code(), i.name(), i.unitOfMeasure(),
                i.kind(), i.frequency(), i.target(), i.source(), i.responsibilities(), i.phasing(), position);
    }
}
