package com.targetmonitor.logic.excel.targets;

import com.targetmonitor.logic.excel.text.RegionText;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.RuleSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which plan a targets table goes into. A table names its region and year (title, file name); it goes
 * into an existing plan only when both agree, into a new plan named from them (明湖市2024年) when no
 * plan agrees, and otherwise waits for the officer's explicit choice. The plan shown in the window is
 * never taken just because it is shown.
 *
 * @param kind       how the plan was chosen
 * @param plan       the plan the targets go into (id null: the import creates it), or null while undecided
 * @param fileRegion the region the table names, or null
 * @param fileYear   the year the table names, or null
 * @param shown      the plan the window shows (or --plan named), or null
 */
public record PlanChoice(Kind kind, Plan plan, String fileRegion, Integer fileYear, Plan shown) {

    /** How the plan was chosen. */
    public enum Kind {
        /** The shown plan: the table's region and year agree with it. */
        SHOWN,
        /** Another existing plan whose region and year agree with the table. */
        EXISTING,
        /** No plan agrees: a new one, named from the table. */
        NEW,
        /** The table does not say enough (or several plans agree): the officer must choose. */
        UNDECIDED,
        /** The officer (or --plan) chose it. */
        CHOSEN
    }

    public PlanChoice {
        Objects.requireNonNull(kind, "kind");
        if (kind != Kind.UNDECIDED) {
            Objects.requireNonNull(plan, "plan");
        }
    }

    public boolean decided() {
        return kind != Kind.UNDECIDED;
    }

    /** The same table, going into the plan the officer picked. */
    public PlanChoice choose(Plan picked) {
        return new PlanChoice(Kind.CHOSEN, Objects.requireNonNull(picked, "picked"), fileRegion, fileYear, shown);
    }

    /** True when the plan's region and year are those the table names (a part it does not name agrees). */
    public boolean agrees(Plan p) {
        return p != null && (fileRegion == null || RegionText.same(region(p), fileRegion))
                && (fileYear == null || p.year() == fileYear);
    }

    /**
     * Proposes the plan for a table.
     *
     * @param plans every plan of the workspace
     * @param shown the plan the window shows, or null
     */
    public static PlanChoice propose(List<Plan> plans, Plan shown, TargetsTable table) {
        String region = region(table).orElse(null);
        Integer year = table.year() != null ? table.year() : com.targetmonitor.logic.excel.text.PeriodText.find(table.fileName()).year();
        if (region == null || year == null) {
            return new PlanChoice(Kind.UNDECIDED, null, region, year, shown);
        }
        if (shown != null && shown.id() != null && RegionText.same(region(shown), region) && shown.year() == year) {
            return new PlanChoice(Kind.SHOWN, shown, region, year, shown);
        }
        List<Plan> agreeing = plans.stream().filter(p -> RegionText.same(region(p), region) && p.year() == year)
                .toList();
        if (agreeing.size() == 1) {
            return new PlanChoice(Kind.EXISTING, agreeing.get(0), region, year, shown);
        }
        if (agreeing.size() > 1) {
            return new PlanChoice(Kind.UNDECIDED, null, region, year, shown);
        }
        return new PlanChoice(Kind.NEW, newPlan(plans, region, year, table), region, year, shown);
    }

    /** The plan a table would create when the officer picks "new plan": needs at least the region. */
    public Optional<Plan> newPlanOption(List<Plan> plans, TargetsTable table) {
        if (fileRegion == null) {
            return Optional.empty();
        }
        int year = fileYear != null ? fileYear : shown != null ? shown.year() : java.time.Year.now().getValue();
        return Optional.of(newPlan(plans, fileRegion, year, table));
    }

    /** 明湖市2024年; a name another plan already uses gets a number. */
    static Plan newPlan(List<Plan> plans, String region, int year, TargetsTable table) {
        String base = region + year + "年";
        String name = base;
        for (int n = 2; taken(plans, name); n++) {
            name = base + "（" + n + "）";
        }
        String document = table.title().isEmpty() ? table.fileName() : table.title();
        return new Plan(null, name, region, year, document, RuleSet.DEFAULT);
    }

    private static boolean taken(List<Plan> plans, String name) {
        return plans.stream().anyMatch(p -> p.name().equals(name));
    }

    /** The region a table names: its title first, then its file name. */
    static Optional<String> region(TargetsTable table) {
        Optional<String> r = RegionText.find(table.title());
        return r.isPresent() ? r : RegionText.find(table.fileName().replaceFirst("\\.[A-Za-z]+$", ""));
    }

    /** A plan's region; older plans without one are read from their name (金昌市2022年). */
    static String region(Plan p) {
        return !p.region().isBlank() ? p.region() : RegionText.find(p.name()).orElse("");
    }
}
