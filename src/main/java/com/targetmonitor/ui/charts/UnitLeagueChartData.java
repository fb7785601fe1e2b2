package com.targetmonitor.ui.charts;

import com.targetmonitor.logic.league.LeagueRow;
import java.util.List;
import java.util.Objects;

/**
 * What the unit league chart shows: one bar per ranked lead unit, best first (the league's own
 * order), with its share of judged indicators on track, its rank and its change in rank since the
 * previous month. Built from {@code UnitLeague} rows, testable without a window.
 *
 * @param compared true when at least one unit has a rank change (there was a previous month to
 *                 compare with); otherwise the chart says once that there is nothing to compare
 */
public record UnitLeagueChartData(List<Row> rows, boolean compared) {

    public UnitLeagueChartData {
        rows = List.copyOf(rows);
    }

    /**
     * One unit's bar.
     *
     * @param sharePct   on track ÷ judged, in %, as the league rounded it
     * @param shareText  the share as printed ("66.67")
     * @param rankChange places moved up since last month (negative: down), or null when not ranked then
     */
    public record Row(Long unitId, String unitName, int rank, Integer rankChange, int onTrack, int judged,
                      double sharePct, String shareText) {

        public Row {
            Objects.requireNonNull(unitName, "unitName");
        }
    }

    public static UnitLeagueChartData from(List<LeagueRow> league) {
        List<Row> rows = league.stream().map(r -> new Row(r.unit().id(), r.unit().name(), r.rank(), r.rankChange(),
                r.onTrack(), r.judged(), r.sharePct().doubleValue(), r.sharePct().stripTrailingZeros().toPlainString()))
                .toList();
        return new UnitLeagueChartData(rows, rows.stream().anyMatch(r -> r.rankChange() != null));
    }
}
