package com.targetmonitor.model;

/**
 * What an indicator's gap in points is measured against, which decides how it is said: an amount
 * ahead of or behind time progress ("超时序进度3.5个百分点"), a ceiling's share used against time
 * progress, a rate above or below its target ("低于目标3.7个百分点"), above or below a ceiling
 * ("高于控制目标1.0个百分点"), or a decline cut more or less than its target. One decision for the
 * window and the 通报, so they never word the same figure differently.
 */
public enum GapBasis {
    /** Amounts and counts: completion − time progress. */
    TIME_PROGRESS,
    /** A ceiling on a cumulative amount: share used − time progress (more is worse). */
    TIME_PROGRESS_OF_CEILING,
    /** Rates and levels: actual − target (more is better). */
    TARGET,
    /** A ceiling on a rate or level ("控制在3.5%以内"): actual − ceiling (more is worse). */
    CEILING,
    /** A decline target ("下降3%"): actual − target; a more negative actual has cut more. */
    DECLINE;

    /** The basis of the standing's gap, or null when it has none (milestones, no data). */
    public static GapBasis of(Standing s) {
        Target target = s.indicator().target();
        boolean ceiling = target.qualifier() == Qualifier.AT_MOST || target.direction() == Direction.LOWER_BETTER;
        if (s.gapPts() != null) {
            return ceiling ? TIME_PROGRESS_OF_CEILING : TIME_PROGRESS;
        }
        if (s.deviationPts() == null) {
            return null;
        }
        if (ceiling && s.indicator().kind() == IndicatorKind.GROWTH_RATE && target.value() != null
                && target.value() < 0) {
            return DECLINE;
        }
        return ceiling ? CEILING : TARGET;
    }

    /** Rates are compared in percentage points; a level in 万千瓦 in its own unit. */
    public static boolean inPoints(Standing s) {
        return s.gapPts() != null || s.indicator().kind() == IndicatorKind.GROWTH_RATE
                || "%".equals(s.indicator().unitOfMeasure());
    }
}
