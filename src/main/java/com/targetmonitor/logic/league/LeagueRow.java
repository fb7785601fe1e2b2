package com.targetmonitor.logic.league;

import com.targetmonitor.model.Unit;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One lead unit's line in the league table at an as-of month.
 *
 * @param led        indicators of the plan the unit leads (牵头), judged or not
 * @param judged     of those, the ones whose status can be judged (the denominator)
 * @param onTrack    of the judged, the ones on track
 * @param sharePct   onTrack ÷ judged in %, rounded by the plan's rules
 * @param rank       1 for the best share; equal shares share a rank (1, 2, 2, 4)
 * @param rankChange places moved up since the previous month (negative: down), or null when there
 *                   is no previous month to compare with (January) or the unit was not ranked then
 */
public record LeagueRow(Unit unit, int led, int judged, int onTrack, BigDecimal sharePct, int rank,
                        Integer rankChange) {

    public LeagueRow {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(sharePct, "sharePct");
    }
}
