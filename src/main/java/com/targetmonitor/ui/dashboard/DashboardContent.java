package com.targetmonitor.ui.dashboard;

import com.targetmonitor.logic.league.LeagueRow;
import com.targetmonitor.logic.status.PlanStatus;
import com.targetmonitor.ui.charts.BulletGraphData;
import com.targetmonitor.ui.charts.DeviationChartData;
import com.targetmonitor.ui.charts.PaceChartData;
import com.targetmonitor.ui.charts.UnitLeagueChartData;
import java.util.List;
import java.util.Objects;

/**
 * What the dashboard shows for one plan at one as-of month: the data of every chart but the trend
 * (which follows the selected indicator). Computed off the FX thread, shown as a whole.
 */
public record DashboardContent(PlanStatus status, PaceChartData pace, DeviationChartData deviation,
                               List<BulletGraphData> bullets, UnitLeagueChartData league) {

    public DashboardContent {
        Objects.requireNonNull(status, "status");
        bullets = List.copyOf(bullets);
    }

    /**
     * The same charts with at most n rows each (the pace chart's most behind first), so a plan of
     * thousands of indicators draws a readable chart, not thousands of bars.
     */
    public DashboardContent first(int n) {
        return new DashboardContent(status, new PaceChartData(pace.timeProgressPct(), pace.axisMax(), head(pace.rows(), n)),
                new DeviationChartData(deviation.extent(), head(deviation.rows(), n)), head(bullets, n), league);
    }

    /** The most rows any of the charts has. */
    public int largest() {
        return Math.max(pace.rows().size(), Math.max(deviation.rows().size(), bullets.size()));
    }

    private static <T> List<T> head(List<T> rows, int n) {
        return rows.size() <= n ? rows : rows.subList(0, n);
    }

    public static DashboardContent of(PlanStatus status, List<LeagueRow> league) {
        return new DashboardContent(status, PaceChartData.from(status), DeviationChartData.from(status),
                BulletGraphData.from(status), UnitLeagueChartData.from(league));
    }
}
