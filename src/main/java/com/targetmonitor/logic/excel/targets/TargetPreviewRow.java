package com.targetmonitor.logic.excel.targets;

import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Target;
import java.util.List;

/**
 * One row of a targets import preview.
 *
 * @param existingId the plan's indicator this row updates, or null when it creates one
 * @param unit       the unit column, or the unit the target text names ("突破1000亿元")
 * @param parentName the indicator this one is a part of, or empty
 * @param leadUnits  牵头单位 as split from the cell; {@code newUnits} lists those the workspace lacks
 */
public record TargetPreviewRow(TargetLine line, TargetAction action, Long existingId, IndicatorKind kind,
                               String unit, Target target, Target oldTarget, String parentName, List<String> leadUnits,
                               List<String> supportUnits, List<String> newUnits, String problem) {

    public TargetPreviewRow {
        leadUnits = List.copyOf(leadUnits);
        supportUnits = List.copyOf(supportUnits);
        newUnits = List.copyOf(newUnits);
    }
}
