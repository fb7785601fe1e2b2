package com.targetmonitor.ui.main;

import com.targetmonitor.logic.status.StandingRow;
import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Light;
import com.targetmonitor.model.Status;
import java.util.Locale;
import java.util.Set;

/**
 * What the table is filtered to. An empty set means "any". The search text matches code, name,
 * responsible units and category, ignoring case and surrounding spaces.
 */
public record StatusFilter(Set<Status> statuses, Set<Light> lights, Set<String> units, Set<String> categories,
                           Set<IndicatorKind> kinds, String search) {

    public static final StatusFilter NONE = new StatusFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), "");

    public StatusFilter {
        statuses = Set.copyOf(statuses);
        lights = Set.copyOf(lights);
        units = Set.copyOf(units);
        categories = Set.copyOf(categories);
        kinds = Set.copyOf(kinds);
        search = search == null ? "" : search.strip();
    }

    public boolean isEmpty() {
        return statuses.isEmpty() && lights.isEmpty() && units.isEmpty() && categories.isEmpty() && kinds.isEmpty()
                && search.isEmpty();
    }

    public boolean accepts(StandingRow row) {
        var standing = row.standing();
        var indicator = standing.indicator();
        if (!statuses.isEmpty() && !statuses.contains(standing.status())) {
            return false;
        }
        if (!lights.isEmpty() && !lights.contains(standing.light())) {
            return false;
        }
        if (!kinds.isEmpty() && !kinds.contains(indicator.kind())) {
            return false;
        }
        if (!categories.isEmpty() && !categories.contains(row.categoryName())) {
            return false;
        }
        if (!units.isEmpty() && units.stream().noneMatch(u -> u.equals(row.leadUnitName())
                || row.supportUnitNames().contains(u))) {
            return false;
        }
        if (!search.isEmpty()) {
            String needle = search.toLowerCase(Locale.ROOT);
            String haystack = String.join(" ", indicator.code(), indicator.name(), row.leadUnitName(),
                    row.supportUnitNames(), row.categoryName()).toLowerCase(Locale.ROOT);
            return haystack.contains(needle);
        }
        return true;
    }
}
