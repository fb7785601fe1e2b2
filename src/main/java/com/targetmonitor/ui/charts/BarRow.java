package com.targetmonitor.ui.charts;

import com.targetmonitor.model.Light;
import com.targetmonitor.model.Status;

/**
 * One row of a horizontal bar chart: a bar from zero to {@code value}, labelled with the indicator's
 * name and, at its end, the figure and the status in words (so the chart reads in grayscale).
 *
 * @param indicatorId the indicator, so a click on the bar can select it
 * @param value       where the bar ends, in the chart's unit (% of target, or points)
 * @param valueText   the figure as printed next to the bar ("37.30%", "+3.70")
 */
public record BarRow(Long indicatorId, String name, double value, String valueText, Status status, Light light) {
}
