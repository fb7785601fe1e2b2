package com.targetmonitor.logic.extract;

import com.targetmonitor.model.Period;

/**
 * A proposed observation against the plan.
 *
 * @param indicatorName the indicator it is written to (an existing one, or a target of the same import)
 * @param period        the period it is stored under, by the indicator's frequency; null without an indicator
 * @param value         the value written: the figure, or the completion in % of an indicator whose target
 *                      is 100 (% of the annual plan), as the seeds keep 37.3
 * @param previous      the value the period holds now, or null
 */
public record ObservationRow(ProposedObservation proposal, ProposalAction action, Long indicatorId,
                             String indicatorName, Period period, Double value, Double previous) {
}
