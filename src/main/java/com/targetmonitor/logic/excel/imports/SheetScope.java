package com.targetmonitor.logic.excel.imports;

import com.targetmonitor.logic.excel.stats.StatSheet;
import com.targetmonitor.logic.excel.text.RegionText;
import com.targetmonitor.model.Plan;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whose figures a sheet reports. A county's sheet (its name in the title, a 填报单位 line, or the sheet
 * name) reports the county's share: its rows can only feed the plan's indicators for that county
 * (永昌县地区生产总值), never the city's totals; its other rows do not apply to the plan.
 */
final class SheetScope {

    private static final Pattern FILLED_BY = Pattern.compile("(?:填报|报送|统计)单位\\s*[:：]\\s*(\\S+)");

    private final String planRegion;
    private final Map<StatSheet, String> scopes = new IdentityHashMap<>();

    SheetScope(Plan plan) {
        this.planRegion = !plan.region().isBlank() ? plan.region() : RegionText.find(plan.name()).orElse("");
    }

    /** The region the sheet reports for when it is not the plan's own, or empty. */
    String of(StatSheet sheet) {
        return scopes.computeIfAbsent(sheet, this::find);
    }

    private String find(StatSheet sheet) {
        if (planRegion.isEmpty()) {
            return "";
        }
        Matcher filled = FILLED_BY.matcher(sheet.title());
        String region = filled.find() ? RegionText.find(filled.group(1)).orElse(null) : null;
        if (region == null) {
            region = RegionText.find(sheet.title()).or(() -> RegionText.find(sheet.name())).orElse(null);
        }
        return region == null || RegionText.same(region, planRegion) ? "" : region;
    }
}
