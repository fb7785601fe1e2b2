package com.targetmonitor.ui.edit;

import com.targetmonitor.model.Category;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Unit;
import java.util.Collection;
import java.util.List;

/**
 * What the indicator form offers to choose from, read from the workspace by the caller.
 *
 * @param parents    the plan's indicators this one may be a decomposed part of (not itself, not its parts)
 * @param takenCodes the codes the plan's other indicators use
 */
public record IndicatorChoices(long planId, List<Category> categories, List<Indicator> parents, List<Unit> units,
                               Collection<String> takenCodes) {

    public IndicatorChoices {
        categories = List.copyOf(categories);
        parents = List.copyOf(parents);
        units = List.copyOf(units);
        takenCodes = List.copyOf(takenCodes);
    }
}
