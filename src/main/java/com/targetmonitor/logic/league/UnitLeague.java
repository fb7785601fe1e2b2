package com.targetmonitor.logic.league;

import com.targetmonitor.logic.status.PlanStatus;
import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.logic.status.StandingRow;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.Standing;
import com.targetmonitor.model.Status;
import com.targetmonitor.model.Unit;
import com.targetmonitor.persistence.Workspace;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The league table of lead units (牵头单位): for a plan at an as-of month, how many of the indicators
 * each unit leads are on track, ranked by that share, with the change in rank since the month before.
 *
 * <p>Choices where practice is silent:
 * <ul>
 *   <li>Only the lead unit answers for an indicator ("列第一位的责任单位为牵头单位"); supporting units
 *       are not ranked for it.</li>
 *   <li>On track means {@link #ON_TRACK}: completed, on or ahead of pace, target met, milestone done.
 *       Behind, missed and overdue count against the unit.</li>
 *   <li>{@link #NOT_JUDGED} statuses (no data, no target, a milestone still pending) say nothing
 *       about the unit's work yet, so they are left out of the denominator: a unit whose figures have
 *       not come in is not ranked last for it. A unit with no judged indicator is not listed.</li>
 *   <li>Shares are rounded by the plan's rules before ranking, so two units printed with the same
 *       share have the same rank (standard competition ranking: 1, 2, 2, 4).</li>
 *   <li>The change is against the previous calendar month's table. January has none (the year's
 *       table starts there), nor has a unit that was not ranked the month before.</li>
 * </ul>
 */
public final class UnitLeague {

    /** Statuses that count as on track. */
    public static final Set<Status> ON_TRACK = EnumSet.of(Status.COMPLETED, Status.AHEAD, Status.MET, Status.DONE);

    /** Statuses that cannot be judged yet and are left out of the denominator. */
    public static final Set<Status> NOT_JUDGED = EnumSet.of(Status.NO_DATA, Status.NO_TARGET, Status.PENDING);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Workspace workspace;

    public UnitLeague(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
    }

    /** The league table of the plan at the as-of month, best first. */
    public List<LeagueRow> table(Plan plan, AsOf asOf) {
        return table(plan, asOf, standings(new PlanStatusService(workspace), plan, asOf));
    }

    /** The league table from a standing already computed (the window's); only last month's is computed here. */
    public List<LeagueRow> table(PlanStatus status) {
        return table(status.plan(), status.asOf(), status.rows().stream().map(StandingRow::standing).toList());
    }

    private List<LeagueRow> table(Plan plan, AsOf asOf, List<Standing> now) {
        PlanStatusService service = new PlanStatusService(workspace);
        List<Standing> before = asOf.month().getMonthValue() == 1
                ? null : standings(service, plan, new AsOf(asOf.month().minusMonths(1)));
        Map<Long, Unit> units = workspace.units().findAll().stream()
                .collect(Collectors.toMap(Unit::id, Function.identity()));
        return rank(now, before, units, plan.rules().scale());
    }

    private static List<Standing> standings(PlanStatusService service, Plan plan, AsOf asOf) {
        return service.status(plan, asOf).rows().stream().map(StandingRow::standing).toList();
    }

    /**
     * Ranks lead units by their share of judged indicators on track. Pure: no workspace.
     *
     * @param now      every indicator's standing at the as-of month
     * @param previous every indicator's standing a month earlier, or null when there is no such month
     * @param units    the units by id (a lead unit missing here is skipped)
     * @param scale    decimals the share is rounded to, half up
     */
    public static List<LeagueRow> rank(Collection<Standing> now, Collection<Standing> previous,
                                       Map<Long, Unit> units, int scale) {
        Map<Long, Integer> previousRanks = new HashMap<>();
        if (previous != null) {
            for (LeagueRow row : ranked(previous, units, scale, Map.of(), false)) {
                previousRanks.put(row.unit().id(), row.rank());
            }
        }
        return ranked(now, units, scale, previousRanks, previous != null);
    }

    private static List<LeagueRow> ranked(Collection<Standing> standings, Map<Long, Unit> units, int scale,
                                          Map<Long, Integer> previousRanks, boolean compare) {
        Map<Long, int[]> tallies = new LinkedHashMap<>(); // led, judged, on track
        for (Standing s : standings) {
            Optional<Long> lead = s.indicator().leadUnitId();
            if (lead.isEmpty() || !units.containsKey(lead.get())) {
                continue;
            }
            int[] t = tallies.computeIfAbsent(lead.get(), k -> new int[3]);
            t[0]++;
            if (!NOT_JUDGED.contains(s.status())) {
                t[1]++;
                if (ON_TRACK.contains(s.status())) {
                    t[2]++;
                }
            }
        }
        List<LeagueRow> unranked = new ArrayList<>();
        tallies.forEach((unitId, t) -> {
            if (t[1] > 0) {
                BigDecimal share = BigDecimal.valueOf(t[2]).multiply(HUNDRED)
                        .divide(BigDecimal.valueOf(t[1]), scale, RoundingMode.HALF_UP);
                unranked.add(new LeagueRow(units.get(unitId), t[0], t[1], t[2], share, 0, null));
            }
        });
        Collator collator = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
        unranked.sort(Comparator.comparing(LeagueRow::sharePct).reversed()
                .thenComparing(Comparator.comparingInt(LeagueRow::judged).reversed())
                .thenComparing(r -> r.unit().name(), collator));
        List<LeagueRow> rows = new ArrayList<>();
        int rank = 0;
        BigDecimal lastShare = null;
        for (int i = 0; i < unranked.size(); i++) {
            LeagueRow r = unranked.get(i);
            if (lastShare == null || r.sharePct().compareTo(lastShare) != 0) {
                rank = i + 1;
                lastShare = r.sharePct();
            }
            Integer before = compare ? previousRanks.get(r.unit().id()) : null;
            rows.add(new LeagueRow(r.unit(), r.led(), r.judged(), r.onTrack(), r.sharePct(), rank,
                    before == null ? null : before - rank));
        }
        return List.copyOf(rows);
    }
}
