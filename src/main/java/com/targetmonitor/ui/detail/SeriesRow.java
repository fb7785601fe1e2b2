package com.targetmonitor.ui.detail;

import com.targetmonitor.model.Period;

/**
 * One reported period of the indicator, ready to show: "1-6月  5732人  增长12.3%  …".
 *
 * @param sourceSentence the sentence the figure was read from, when it came from a document
 */
public record SeriesRow(Period period, String periodLabel, String value, String yoyGrowth, String progress,
                        String problems, String nextSteps, String origin, String sourceSentence) {
}
