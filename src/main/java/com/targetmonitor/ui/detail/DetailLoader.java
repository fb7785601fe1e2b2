package com.targetmonitor.ui.detail;

import com.targetmonitor.logic.status.PlanStatus;
import com.targetmonitor.logic.status.StandingRow;
import com.targetmonitor.logic.workspace.WorkspaceQueries;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.Responsibility;
import com.targetmonitor.model.ResponsibilityRole;
import com.targetmonitor.model.Standing;
import com.targetmonitor.model.Unit;
import com.targetmonitor.ui.GapTexts;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.PeriodTexts;
import com.targetmonitor.ui.MessageKey;
import com.targetmonitor.ui.StatusTexts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads one indicator with its standing, series, parts and source from the workspace and turns it
 * into texts. The standing is the window's one standing, the one every view reads, so the pane
 * agrees with the table and the printout to the last decimal.
 */
final class DetailLoader {

    private final WorkspaceQueries queries;

    DetailLoader(WorkspaceQueries queries) {
        this.queries = Objects.requireNonNull(queries, "queries");
    }

    /** The indicator's detail in the standing, or empty when the indicator is not (or no longer) in it. */
    Optional<DetailContent> load(PlanStatus status, long indicatorId) {
        Map<Long, StandingRow> rows = new LinkedHashMap<>();
        status.rows().forEach(r -> rows.put(r.standing().indicator().id(), r));
        if (!rows.containsKey(indicatorId)) {
            return Optional.empty();
        }
        return Optional.of(build(status, rows, indicatorId));
    }

    private DetailContent build(PlanStatus status, Map<Long, StandingRow> rows, long indicatorId) {
        Plan plan = status.plan();
        AsOf asOf = status.asOf();
        Map<Long, String> unitNames = queries.units().stream()
                .collect(Collectors.toMap(Unit::id, Unit::name));
        StandingRow row = rows.get(indicatorId);
        Standing standing = row.standing();
        // The standing's copy of the indicator is the one the numbers were computed from.
        Indicator current = standing.indicator();

        List<Indicator> children = rows.values().stream().map(r -> r.standing().indicator())
                .filter(i -> Objects.equals(i.parentId(), current.id())).toList();
        List<ChildRow> childRows = children.stream().map(c -> childRow(rows.get(c.id()).standing(), unitNames))
                .toList();
        String document = current.source().document().isBlank() ? plan.document() : current.source().document();
        return new DetailContent(current, title(current), StatusTexts.kind(current.kind()),
                definition(current, row, rows, unitNames),
                I18n.get(DetailMsg.DETAIL_SECTION_STANDING, DetailTexts.month(asOf.month())),
                standing.status(), StatusTexts.word(standing.status()), standing.light(), standing(standing),
                I18n.get(DetailMsg.DETAIL_SECTION_SERIES, plan.year()), I18n.get(DetailMsg.DETAIL_SERIES_EMPTY, plan.year()),
                series(current, plan.year()), childRows, DecompositionLine.of(current, children, plan.rules()),
                current.source().sentence(), document, current.source().note());
    }

    static String title(Indicator indicator) {
        return indicator.code().isBlank() ? indicator.name() : indicator.code() + " " + indicator.name();
    }

    private static List<DetailField> definition(Indicator i, StandingRow row, Map<Long, StandingRow> rows,
                                                Map<Long, String> unitNames) {
        List<DetailField> fields = new ArrayList<>();
        if (!i.code().isBlank()) {
            fields.add(new DetailField(DetailMsg.DETAIL_FIELD_CODE, i.code()));
        }
        fields.add(new DetailField(DetailMsg.DETAIL_FIELD_NAME, i.name()));
        if (!row.categoryName().isBlank()) {
            fields.add(new DetailField(DetailMsg.DETAIL_FIELD_CATEGORY, row.categoryName()));
        }
        if (i.parentId() != null && rows.containsKey(i.parentId())) {
            fields.add(new DetailField(DetailMsg.DETAIL_FIELD_PARENT, title(rows.get(i.parentId()).standing().indicator())));
        }
        fields.add(new DetailField(DetailMsg.DETAIL_FIELD_KIND, StatusTexts.kind(i.kind())));
        fields.add(new DetailField(DetailMsg.DETAIL_FIELD_UNIT,
                i.unitOfMeasure().isBlank() ? I18n.get(DetailMsg.DETAIL_NONE) : i.unitOfMeasure()));
        fields.add(new DetailField(DetailMsg.DETAIL_FIELD_TARGET, TargetText.of(i)));
        if (i.kind() != IndicatorKind.MILESTONE) {
            fields.add(new DetailField(DetailMsg.DETAIL_FIELD_DIRECTION, DetailTexts.direction(i.target().direction())));
        }
        fields.add(new DetailField(DetailMsg.DETAIL_FIELD_FREQUENCY, DetailTexts.frequency(i.frequency())));
        fields.add(new DetailField(DetailMsg.DETAIL_FIELD_LEAD, units(i, ResponsibilityRole.LEAD, unitNames)));
        fields.add(new DetailField(DetailMsg.DETAIL_FIELD_SUPPORT, units(i, ResponsibilityRole.SUPPORT, unitNames)));
        if (i.kind().isProgressive()) {
            fields.add(new DetailField(DetailMsg.DETAIL_FIELD_PHASING, DetailTexts.phasing(i.phasing())));
        }
        return fields;
    }

    private static String units(Indicator i, ResponsibilityRole role, Map<Long, String> unitNames) {
        return DetailTexts.list(i.responsibilities().stream().filter(r -> r.role() == role)
                .map(Responsibility::unitId).map(id -> unitNames.getOrDefault(id, "?")).toList());
    }

    private static List<DetailField> standing(Standing s) {
        List<DetailField> fields = new ArrayList<>();
        Observation o = s.observation();
        String actual = o == null || o.value() == null
                ? I18n.get(DetailMsg.DETAIL_NONE)
                : DetailTexts.withNote(value(s.indicator(), o.value()), PeriodTexts.label(o.period()));
        fields.add(new DetailField(DetailMsg.DETAIL_FIELD_ACTUAL, actual));
        add(fields, DetailMsg.DETAIL_FIELD_COMPLETION, DetailTexts.percent(s.completionPct()));
        add(fields, DetailMsg.DETAIL_FIELD_STRETCH_COMPLETION, DetailTexts.percent(s.stretchCompletionPct()));
        add(fields, DetailMsg.DETAIL_FIELD_TIME_PROGRESS, DetailTexts.percent(s.timeProgressPct()));
        // In words, as the table says it: "低于目标3.7个百分点", "高于控制目标1.0个百分点".
        add(fields, s.gapPts() != null ? DetailMsg.DETAIL_FIELD_GAP : DetailMsg.DETAIL_FIELD_DEVIATION,
                GapTexts.of(s));
        return fields;
    }

    private static void add(List<DetailField> fields, MessageKey label, String value) {
        if (!value.isEmpty()) {
            fields.add(new DetailField(label, value));
        }
    }

    /** A reported value: "5732人", "11.7%", or for a milestone "已完成" / "未完成". */
    static String value(Indicator indicator, Double value) {
        if (value == null) {
            return "";
        }
        if (indicator.kind() == IndicatorKind.MILESTONE) {
            return I18n.get(value >= 1 ? DetailMsg.DETAIL_MILESTONE_DONE : DetailMsg.DETAIL_MILESTONE_NOT_DONE);
        }
        return TargetText.amount(value, indicator.unitOfMeasure());
    }

    private List<SeriesRow> series(Indicator indicator, int year) {
        return queries.observationsOf(indicator.id()).stream()
                .filter(o -> o.period().year() == year)
                .map(o -> new SeriesRow(o.period(), PeriodTexts.label(o.period()), value(indicator, o.value()),
                        o.yoyGrowth() == null ? "" : TargetText.growth(o.yoyGrowth()),
                        o.note().progress(), o.note().problems(), o.note().nextSteps(),
                        DetailTexts.origin(o.origin()), o.sourceSentence()))
                .toList();
    }

    private static ChildRow childRow(Standing s, Map<Long, String> unitNames) {
        Indicator c = s.indicator();
        String lead = c.leadUnitId().map(id -> unitNames.getOrDefault(id, "?")).orElse("");
        return new ChildRow(c.id(), c.code(), c.name(), TargetText.of(c), lead, value(c, s.actual()), s.status(),
                StatusTexts.word(s.status()), s.light());
    }
}
