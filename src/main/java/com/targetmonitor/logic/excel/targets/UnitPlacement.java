package com.targetmonitor.logic.excel.targets;

import com.targetmonitor.logic.excel.text.RegionText;
import com.targetmonitor.model.Unit;
import com.targetmonitor.model.UnitKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the responsible units a targets table names belong. Unit names are workspace-wide, so a
 * table of 明湖市 naming 市发改委 must not take 金昌市's unit of that name: a unit is reused when it
 * stands under the plan's region (or under no region at all); otherwise the region's own unit is
 * used or created, its name qualified with the region (市发改委 → 明湖市发改委), as the seed plans
 * name theirs. New units hang under the region's unit, created too when the workspace lacks it.
 *
 * @param regionUnit the region's unit new units hang under, or null for a plan without a region
 * @param names      the name as the table writes it → the workspace unit's name
 * @param created    workspace names to create, the region's unit (when new) first
 */
record UnitPlacement(String regionUnit, Map<String, String> names, List<String> created) {

    UnitPlacement {
        names = Map.copyOf(names);
        created = List.copyOf(created);
    }

    String unitName(String asWritten) {
        return names.getOrDefault(asWritten, asWritten);
    }

    boolean creates(String asWritten) {
        return created.contains(unitName(asWritten));
    }

    /**
     * @param all     every unit of the workspace (one read, not one query per name)
     * @param region  the plan's region, or empty
     * @param written the unit names the table writes, in order
     */
    static UnitPlacement place(List<Unit> all, String region, Collection<String> written) {
        Map<String, Unit> byName = new HashMap<>();
        Map<Long, Unit> byId = new HashMap<>();
        for (Unit u : all) {
            byName.put(u.name(), u);
            byId.put(u.id(), u);
        }
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> created = new java.util.LinkedHashSet<>();
        String regionUnit = null;
        if (region != null && !region.isBlank()) {
            regionUnit = all.stream().filter(u -> u.name().equals(region)).map(Unit::name).findFirst()
                    .orElseGet(() -> all.stream().filter(u -> regional(u.kind()) && RegionText.same(u.name(), region))
                            .map(Unit::name).findFirst().orElse(region));
            if (!byName.containsKey(regionUnit)) {
                created.add(regionUnit);
            }
        }
        for (String n : written) {
            String name;
            Unit u = byName.get(n);
            if (regionUnit == null) {
                name = n;
            } else if (RegionText.same(n, regionUnit)) {
                name = regionUnit;
            } else if (u != null && (regional(u.kind()) || within(u, regionUnit, byId) || regionless(u, byId))) {
                name = n;
            } else {
                // "市发改委" means this city's: named so, it cannot be mistaken for another city's later.
                String q = qualified(n, regionUnit);
                name = byName.containsKey(q) || u != null || generic(n) ? q : n;
            }
            names.put(n, name);
            if (!byName.containsKey(name)) {
                created.add(name);
            }
        }
        return new UnitPlacement(regionUnit, names, new ArrayList<>(created));
    }

    /** 市发改委 → 明湖市发改委; 交通局 → 明湖市交通局. */
    static String qualified(String name, String region) {
        if (name.startsWith(region)) {
            return name + "（" + region + "）";
        }
        return generic(name) ? region + name.substring(1) : region + name;
    }

    /** 市发改委, 县教育局, 区财政局: a unit named by the level only, not by its region. */
    private static boolean generic(String name) {
        return name.length() > 1 && (name.startsWith("市") || name.startsWith("县") || name.startsWith("区"));
    }

    private static boolean regional(UnitKind kind) {
        return kind == UnitKind.CITY || kind == UnitKind.COUNTY;
    }

    /** The unit is the region's unit or stands under it. */
    private static boolean within(Unit u, String regionUnit, Map<Long, Unit> byId) {
        Set<Long> seen = new HashSet<>();
        for (Unit at = u; at != null && seen.add(at.id()); at = at.parentId() == null ? null : byId.get(at.parentId())) {
            if (at.name().equals(regionUnit)) {
                return true;
            }
        }
        return false;
    }

    /** Neither the unit nor any unit above it is a city or county: it belongs to no region in particular. */
    private static boolean regionless(Unit u, Map<Long, Unit> byId) {
        Set<Long> seen = new HashSet<>();
        for (Unit at = u; at != null && seen.add(at.id()); at = at.parentId() == null ? null : byId.get(at.parentId())) {
            if (regional(at.kind())) {
                return false;
            }
        }
        return true;
    }
}
