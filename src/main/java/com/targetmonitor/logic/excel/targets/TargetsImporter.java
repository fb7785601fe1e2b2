package com.targetmonitor.logic.excel.targets;

import com.targetmonitor.logic.excel.text.RegionText;
import com.targetmonitor.logic.excel.text.NameNormalizer;
import com.targetmonitor.logic.excel.text.NormalizedName;
import com.targetmonitor.logic.excel.text.ParsedTarget;
import com.targetmonitor.logic.excel.text.TargetTextParser;
import com.targetmonitor.model.Category;
import com.targetmonitor.model.Frequency;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.Responsibility;
import com.targetmonitor.model.ResponsibilityRole;
import com.targetmonitor.model.RuleSet;
import com.targetmonitor.model.Source;
import com.targetmonitor.model.Target;
import com.targetmonitor.model.Unit;
import com.targetmonitor.model.ImportBatch;
import com.targetmonitor.persistence.TargetChange;
import com.targetmonitor.persistence.Workspace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Imports a targets table into a plan, creating the plan when it does not exist yet: categories from
 * the section rows, indicators with their parsed targets, decomposed parts under their whole, and the
 * responsible units the workspace lacks. An indicator the plan already has (same name) gets the
 * table's target. One transaction, recorded in the import history so it can be undone.
 */
public final class TargetsImporter {

    private static final Pattern UNIT_SPLIT = Pattern.compile("[、，,；;/\\s]+");
    private static final Pattern QUARTERLY = Pattern.compile("生产总值|gdp|第[一二三]产业|[一二三]产");

    private TargetsImporter() {
    }

    /** A plan to create for a table whose plan does not exist yet. */
    public static Plan newPlan(String name, int year, TargetsTable table) {
        String region = RegionText.find(name).or(() -> PlanChoice.region(table)).orElse("");
        return new Plan(null, name, region, year, table.title().isEmpty() ? table.fileName() : table.title(),
                RuleSet.DEFAULT);
    }

    /** Which plan the table goes into, from what it names (see {@link PlanChoice}). */
    public static PlanChoice proposePlan(Workspace ws, Plan shown, TargetsTable table) {
        return PlanChoice.propose(ws.plans().findAll(), shown, table);
    }

    public static TargetsPreview preview(Workspace ws, Plan plan, TargetsTable table) {
        List<Indicator> existing = plan.id() == null ? List.of() : ws.indicators().findByPlan(plan.id());
        Map<String, Indicator> byKey = new HashMap<>();
        existing.forEach(i -> byKey.putIfAbsent(key(i.name()), i));
        Set<String> categories = new LinkedHashSet<>();
        Set<String> known = new java.util.HashSet<>();
        if (plan.id() != null) {
            ws.plans().categories(plan.id()).forEach(c -> known.add(c.name()));
        }
        Set<String> written = new LinkedHashSet<>();
        for (TargetLine line : table.lines()) {
            written.addAll(split(line.lead()));
            written.addAll(split(line.support()));
        }
        UnitPlacement units = UnitPlacement.place(ws.units().findAll(), PlanChoice.region(plan), written);
        List<TargetPreviewRow> rows = new ArrayList<>();
        for (TargetLine line : table.lines()) {
            if (!line.category().isEmpty() && !known.contains(line.category())) {
                categories.add(line.category());
            }
            List<String> lead = split(line.lead());
            List<String> support = split(line.support());
            List<String> missing = concat(lead, support).stream().filter(units::creates).map(units::unitName)
                    .distinct().toList();
            String parent = line.parent() >= 0 ? table.lines().get(line.parent()).name() : "";
            Indicator found = byKey.get(key(line.name()));
            // Deadlines without a year ("年底前") fall in the plan's year, known only now.
            ParsedTarget parsed = TargetTextParser.parse(line.targetText(), line.unit(), line.name(), plan.year());
            Target target = parsed.target();
            TargetAction action;
            if (!parsed.readable()) {
                action = TargetAction.ERROR;
            } else if (found == null) {
                action = TargetAction.CREATE;
            } else {
                action = Objects.equals(found.target(), target) ? TargetAction.UNCHANGED : TargetAction.UPDATE;
            }
            String unit = !line.unit().isEmpty() ? line.unit() : parsed.unit();
            rows.add(new TargetPreviewRow(line, action, found == null ? null : found.id(), parsed.kind(), unit, target,
                    found == null ? null : found.target(), parent, lead, support, missing,
                    parsed.problem() == null ? "" : line.targetCell() + ": " + parsed.problem()));
        }
        return new TargetsPreview(table, plan, rows, List.copyOf(categories), units.created(), units);
    }

    /** Writes the preview in one transaction. */
    public static TargetsResult apply(Workspace ws, TargetsPreview preview) {
        return ws.inTransaction(() -> {
            boolean createPlan = preview.createsPlan();
            Plan plan = createPlan ? ws.plans().save(preview.plan()) : preview.plan();
            TargetsTable table = preview.table();
            ImportBatch batch = ws.imports().createBatch(plan.id(), ImportBatch.TARGETS, table.fileName(),
                    table.sha256(), "", createPlan);
            Map<String, Long> categoryIds = categories(ws, plan, preview);
            Map<String, Long> unitIds = unitIds(ws);
            unitIds.putAll(createUnits(ws, preview, unitIds, batch.id()));
            int unitsCreated = preview.newUnits().size();
            Long[] ids = new Long[preview.rows().size()];
            int created = 0;
            int updated = 0;
            // The plan's indicators are read once: a lookup per row made the import grow with the square of the rows.
            List<Indicator> existing = ws.indicators().findByPlan(plan.id());
            Map<Long, Indicator> existingById = new HashMap<>();
            Set<String> usedCodes = new HashSet<>();
            for (Indicator i : existing) {
                existingById.put(i.id(), i);
                usedCodes.add(i.code());
            }
            int position = existing.size();
            for (int i = 0; i < preview.rows().size(); i++) {
                TargetPreviewRow row = preview.rows().get(i);
                TargetLine line = row.line();
                Long parentId = line.parent() >= 0 ? ids[line.parent()] : null;
                switch (row.action()) {
                    case CREATE -> {
                        Indicator indicator = new Indicator(null, plan.id(), categoryIds.get(line.category()), parentId,
                                code(usedCodes, line.code()), line.name(), row.unit(), row.kind(), frequency(line, row.kind()),
                                row.target(), new Source(line.targetText(), table.fileName(),
                                line.attribute().isEmpty() ? "" : "指标属性：" + line.attribute()),
                                responsibilities(unitIds, preview, row), null, position++);
                        ids[i] = ws.indicators().save(indicator).id();
                        ws.imports().recordTargetChange(new TargetChange(batch.id(), ids[i], true, null));
                        created++;
                    }
                    case UPDATE -> {
                        Indicator old = existingById.get(row.existingId());
                        existingById.put(old.id(), ws.indicators().save(old.withTarget(row.target())));
                        ws.imports().recordTargetChange(new TargetChange(batch.id(), old.id(), false, old.target()));
                        ids[i] = old.id();
                        updated++;
                    }
                    default -> ids[i] = row.existingId();
                }
            }
            ws.imports().setRowCount(batch.id(), created + updated);
            return new TargetsResult(plan, ws.imports().find(batch.id()).orElse(batch), created, updated, unitsCreated);
        });
    }

    private static Map<String, Long> categories(Workspace ws, Plan plan, TargetsPreview preview) {
        Map<String, Long> ids = new HashMap<>();
        List<Category> existing = ws.plans().categories(plan.id());
        existing.forEach(c -> ids.put(c.name(), c.id()));
        int position = existing.stream().mapToInt(Category::position).max().orElse(-1) + 1;
        for (String name : preview.newCategories()) {
            ids.put(name, ws.plans().saveCategory(new Category(null, plan.id(), name, position++)).id());
        }
        return ids;
    }

    /** Every unit of the workspace by name (units are few; a query per name per row was not). */
    private static Map<String, Long> unitIds(Workspace ws) {
        Map<String, Long> ids = new HashMap<>();
        ws.units().findAll().forEach(u -> ids.put(u.name(), u.id()));
        return ids;
    }

    /** Creates the units the table needs, under the region's unit, and notes each for undo. */
    private static Map<String, Long> createUnits(Workspace ws, TargetsPreview preview, Map<String, Long> existing,
                                                 long batchId) {
        Map<String, Long> ids = new HashMap<>();
        UnitPlacement placement = preview.units();
        Long regionId = placement.regionUnit() == null ? null : existing.get(placement.regionUnit());
        for (String name : preview.newUnits()) {
            boolean isRegion = name.equals(placement.regionUnit());
            Unit saved = ws.units().save(new Unit(null, name, UnitKinds.guess(name), isRegion ? null : regionId, ""));
            if (isRegion) {
                regionId = saved.id();
            }
            ids.put(name, saved.id());
            ws.imports().recordCreatedUnit(batchId, saved.id());
        }
        return ids;
    }

    private static List<Responsibility> responsibilities(Map<String, Long> unitIds, TargetsPreview preview,
                                                         TargetPreviewRow row) {
        List<Responsibility> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (String written : concat(row.leadUnits(), row.supportUnits())) {
            long id = unitIds.get(preview.units().unitName(written));
            if (seen.add(id)) {
                out.add(new Responsibility(id, row.leadUnits().contains(written) ? ResponsibilityRole.LEAD
                        : ResponsibilityRole.SUPPORT));
            }
        }
        return out;
    }

    /** A code the plan does not use yet: codes are unique per plan, a table may repeat its 序号 per section. */
    private static String code(Set<String> usedCodes, String code) {
        return code.isEmpty() || !usedCodes.add(code) ? "" : code;
    }

    private static Frequency frequency(TargetLine line, IndicatorKind kind) {
        if (kind == IndicatorKind.MILESTONE) {
            return Frequency.ANNUAL;
        }
        return QUARTERLY.matcher(line.name().toLowerCase(java.util.Locale.ROOT)).find()
                && !line.name().contains("规") ? Frequency.QUARTERLY : Frequency.MONTHLY;
    }

    static List<String> split(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(UNIT_SPLIT.split(cell.strip())).filter(s -> !s.isBlank() && !s.equals("等")).distinct()
                .toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Same name, same kind of figure: 地区生产总值 and 地区生产总值增速 are two indicators. */
    private static String key(String name) {
        NormalizedName n = NameNormalizer.normalize(name);
        return n.key() + (n.growth() ? "|g" : "|v");
    }
}
