package com.targetmonitor.ui.units;

import com.targetmonitor.logic.status.StandingRow;
import com.targetmonitor.model.Responsibility;
import com.targetmonitor.model.Unit;
import com.targetmonitor.model.UnitKind;
import com.targetmonitor.ui.I18n;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the tree of units: each city with its counties, parks, departments and chains under it (in
 * that order, then as stored); a unit whose parent is missing becomes a root of its own.
 */
final class UnitTree {

    private static final List<UnitKind> ORDER = List.of(UnitKind.CITY, UnitKind.COUNTY, UnitKind.PARK,
            UnitKind.DEPARTMENT, UnitKind.CHAIN, UnitKind.ENTERPRISE, UnitKind.OTHER);

    private UnitTree() {
    }

    static List<UnitNode> build(List<Unit> units, List<StandingRow> rows) {
        Map<Long, Integer> counts = new HashMap<>();
        for (StandingRow row : rows) {
            Set<Long> named = row.standing().indicator().responsibilities().stream().map(Responsibility::unitId)
                    .collect(Collectors.toSet());
            named.forEach(id -> counts.merge(id, 1, Integer::sum));
        }
        Set<Long> ids = units.stream().map(Unit::id).collect(Collectors.toSet());
        Map<Long, List<Unit>> children = new LinkedHashMap<>();
        List<Unit> roots = new ArrayList<>();
        for (Unit u : units) {
            if (u.parentId() != null && ids.contains(u.parentId()) && !u.parentId().equals(u.id())) {
                children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
            } else {
                roots.add(u);
            }
        }
        return nodes(roots, children, counts);
    }

    private static List<UnitNode> nodes(List<Unit> units, Map<Long, List<Unit>> children, Map<Long, Integer> counts) {
        List<Unit> sorted = new ArrayList<>(units);
        sorted.sort(Comparator.comparingInt(u -> ORDER.indexOf(u.kind())));
        List<UnitNode> nodes = new ArrayList<>();
        for (Unit u : sorted) {
            List<UnitNode> below = nodes(children.getOrDefault(u.id(), List.of()), children, counts);
            nodes.add(new UnitNode(u, label(u), counts.getOrDefault(u.id(), 0), below));
        }
        return nodes;
    }

    /** The name, and for a chain with a 链长 "钢铁产业链（链长：张三）". */
    static String label(Unit unit) {
        return unit.kind() == UnitKind.CHAIN && !unit.leader().isBlank()
                ? I18n.get(UnitsMsg.UNITS_CHAIN_LEADER, unit.name(), unit.leader())
                : unit.name();
    }
}
