package com.targetmonitor.persistence;

import com.targetmonitor.model.Target;

/**
 * An indicator a targets import created, or whose target it replaced.
 *
 * @param previous the target before the import; null when the import created the indicator
 */
public record TargetChange(long batchId, long indicatorId, boolean created, Target previous) {
}
