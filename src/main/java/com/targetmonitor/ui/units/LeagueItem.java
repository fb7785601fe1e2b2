package com.targetmonitor.ui.units;

import com.targetmonitor.logic.league.LeagueRow;

/**
 * One line of the league table as texts: "1  金昌市人社局  2/2  100.00%  ↑1".
 *
 * @param change      "↑2", "↓1", "—" (same rank), or empty when there is nothing to compare with
 * @param changeWords the change in words, for screen readers, tooltips and print
 */
public record LeagueItem(LeagueRow row, String rank, String unitName, String onTrack, String share, String change,
                         String changeWords) {
}
