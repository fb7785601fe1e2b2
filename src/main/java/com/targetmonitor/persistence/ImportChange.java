package com.targetmonitor.persistence;

import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Period;

/**
 * One observation an import wrote, with what it replaced.
 *
 * @param previous   the observation before the import, or null when the period had none
 * @param sourceCell where the value came from, e.g. Sheet1!C7
 */
public record ImportChange(long batchId, long indicatorId, Period period, Observation previous, Double newValue,
                           Double newYoyGrowth, String sourceCell) {
}
