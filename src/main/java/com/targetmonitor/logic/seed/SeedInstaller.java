package com.targetmonitor.logic.seed;

import com.targetmonitor.model.Category;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Origin;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Phasing;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.ProgressNote;
import com.targetmonitor.model.Qualifier;
import com.targetmonitor.model.Responsibility;
import com.targetmonitor.model.ResponsibilityRole;
import com.targetmonitor.model.RuleSet;
import com.targetmonitor.model.Source;
import com.targetmonitor.model.Target;
import com.targetmonitor.model.Unit;
import com.targetmonitor.persistence.Workspace;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes seed plans into a workspace, each plan in one transaction. A plan whose name the workspace
 * already holds is left alone, so installing twice changes nothing.
 */
public final class SeedInstaller {

    private final Workspace workspace;

    public SeedInstaller(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Installs every bundled seed plan; returns the plans written (not those already there). */
    public List<Plan> installBundled() {
        List<Plan> written = new ArrayList<>();
        for (SeedFile file : new SeedReader().readBundled()) {
            install(file).ifPresent(written::add);
        }
        return written;
    }

    /** Installs one seed file; empty when its plan is already in the workspace. */
    public java.util.Optional<Plan> install(SeedFile file) {
        if (workspace.plans().findByName(file.plan().name()).isPresent()) {
            return java.util.Optional.empty();
        }
        // Seed plans are where a workspace starts, not changes: the history does not record them.
        return java.util.Optional.of(workspace.changes().as(com.targetmonitor.persistence.ChangeOrigin.SEED,
                () -> write(file)));
    }

    private Plan write(SeedFile file) {
        Map<String, Long> unitIds = installUnits(file);
        SeedFile.Header h = file.plan();
        Plan plan = workspace.plans().save(new Plan(null, h.name(), h.region(), h.year(), h.document(), rules(h.rules())));
        int categoryPosition = 0;
        for (SeedFile.CategoryEntry c : list(file.categories())) {
            Category category = workspace.plans().saveCategory(new Category(null, plan.id(), c.name(), categoryPosition++));
            int position = 0;
            for (SeedFile.IndicatorEntry entry : list(c.indicators())) {
                installIndicator(entry, plan, category.id(), null, position++, unitIds);
            }
        }
        return plan;
    }

    private Map<String, Long> installUnits(SeedFile file) {
        Map<String, Long> ids = new HashMap<>();
        for (Unit existing : workspace.units().findAll()) {
            ids.put(existing.name(), existing.id());
        }
        for (SeedFile.UnitEntry u : list(file.units())) {
            if (ids.containsKey(u.name())) {
                continue;
            }
            Long parent = null;
            if (u.parent() != null && !u.parent().isBlank()) {
                parent = ids.get(u.parent());
                if (parent == null) {
                    throw new SeedException(file.plan().name() + ": unit " + u.name() + " names parent " + u.parent()
                            + ", which is not listed before it");
                }
            }
            ids.put(u.name(), workspace.units().save(new Unit(null, u.name(), u.kind(), parent, u.leader())).id());
        }
        return ids;
    }

    private void installIndicator(SeedFile.IndicatorEntry e, Plan plan, Long categoryId, Long parentId, int position,
                                  Map<String, Long> unitIds) {
        String where = plan.name() + " / " + e.code() + " " + e.name();
        if (e.kind() == null) {
            throw new SeedException(where + ": kind is missing");
        }
        Qualifier qualifier = Objects.requireNonNullElse(e.qualifier(), Qualifier.NONE);
        Target target = new Target(e.target(), qualifier,
                Objects.requireNonNullElse(e.direction(), Target.defaultDirection(qualifier)), e.stretch(),
                date(e.deadline(), where));
        List<Responsibility> responsibilities = new ArrayList<>();
        if (e.lead() != null && !e.lead().isBlank()) {
            responsibilities.add(new Responsibility(unit(unitIds, e.lead(), where), ResponsibilityRole.LEAD));
        }
        for (String support : list(e.support())) {
            responsibilities.add(new Responsibility(unit(unitIds, support, where), ResponsibilityRole.SUPPORT));
        }
        Phasing phasing = e.phasing() == null ? null : new Phasing(e.phasing());
        Indicator indicator = workspace.indicators().save(new Indicator(null, plan.id(), categoryId, parentId, e.code(),
                e.name(), e.unit(), e.kind(), e.frequency(), target, new Source(e.source(), plan.document(), e.note()),
                responsibilities, phasing, position));
        for (SeedFile.ObservationEntry o : list(e.observations())) {
            Period period;
            try {
                period = Period.parse(o.period());
            } catch (IllegalArgumentException ex) {
                throw new SeedException(where + ": " + ex.getMessage(), ex);
            }
            workspace.observations().save(new Observation(null, indicator.id(), period, o.value(), o.yoy(),
                    new ProgressNote(o.progress(), o.problems(), o.nextSteps()), Origin.SEED, o.source()));
        }
        int childPosition = 0;
        for (SeedFile.IndicatorEntry child : list(e.children())) {
            installIndicator(child, plan, categoryId, indicator.id(), childPosition++, unitIds);
        }
    }

    private static long unit(Map<String, Long> unitIds, String name, String where) {
        Long id = unitIds.get(name);
        if (id == null) {
            throw new SeedException(where + ": unit " + name + " is not listed under units");
        }
        return id;
    }

    private static LocalDate date(String text, String where) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException ex) {
            throw new SeedException(where + ": deadline '" + text + "' is not a date (YYYY-MM-DD)", ex);
        }
    }

    private static RuleSet rules(SeedFile.Rules r) {
        if (r == null) {
            return RuleSet.DEFAULT;
        }
        RuleSet d = RuleSet.DEFAULT;
        return new RuleSet(Objects.requireNonNullElse(r.amountYellowBand(), d.amountYellowBand()),
                Objects.requireNonNullElse(r.rateYellowBand(), d.rateYellowBand()),
                Objects.requireNonNullElse(r.aboutTolerance(), d.aboutTolerance()),
                Objects.requireNonNullElse(r.scale(), d.scale()));
    }

    private static <T> List<T> list(List<T> maybe) {
        return maybe == null ? List.of() : maybe;
    }
}
