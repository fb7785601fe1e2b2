package com.targetmonitor.logic.report;

import com.targetmonitor.logic.status.DocumentWords;
import com.targetmonitor.logic.status.PlanStatus;
import com.targetmonitor.logic.status.StandingRow;
import com.targetmonitor.model.DecompositionBreak;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Light;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Standing;
import com.targetmonitor.model.Status;
import com.targetmonitor.model.Target;
import com.targetmonitor.model.TimeProgress;
import com.targetmonitor.logic.report.ReportTable.Align;
import com.targetmonitor.logic.report.ReportTable.Column;
import com.targetmonitor.logic.report.ReportTable.Row;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Turns a plan's standing into the report's text. */
final class ReportModelBuilder {

    /** The name and the lead unit share what the figures leave, and wrap; the figures do not. */
    private static final float[] WEIGHTS = {1, 2.6f, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1.4f};
    private static final boolean[] FILL = {false, true, false, false, false, false, false, false, false, false,
        false, true};
    private static final Align[] ALIGNS = {Align.LEFT, Align.LEFT, Align.CENTER, Align.RIGHT, Align.CENTER,
        Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.CENTER, Align.CENTER, Align.LEFT};

    private ReportModelBuilder() {
    }

    static ReportModel build(PlanStatus status, LocalDate printedOn) {
        Objects.requireNonNull(printedOn, "printedOn");
        int year = status.plan().year();
        int month = status.asOf().monthWithin(year);
        String timeProgress = ReportNumbers.plain(TimeProgress.at(month, null, status.plan().rules().scale()));
        String title = ReportLabels.title(status.plan().name(), periodLabel(year, month));
        String subtitle = ReportLabels.subtitle(status.asOf().month().getYear(), status.asOf().month().getMonthValue(),
                timeProgress, printedOn);
        return new ReportModel(title, subtitle, summary(status), counts(status), new BulletinWriter().write(status),
                indicators(status), List.of());
    }

    /** 1-6月 for June; 1-2月 for February; 年初 before the plan's year starts. */
    static String periodLabel(int year, int month) {
        return month == 0 ? "年初" : Period.month(year, month).label();
    }

    private static List<String> summary(PlanStatus status) {
        Map<Status, Integer> counts = status.countsByStatus();
        List<Map.Entry<Status, Integer>> groups = new ArrayList<>();
        for (Status s : BulletinWriter.ORDER) {
            if (counts.get(s) > 0) {
                groups.add(Map.entry(s, counts.get(s)));
            }
        }
        Map<Light, Integer> lights = new EnumMap<>(Light.class);
        status.rows().forEach(r -> lights.merge(r.standing().light(), 1, Integer::sum));
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(ReportLabels.total(status.rows().size())
                + (groups.isEmpty() ? "" : ReportLabels.breakdown(groups)) + ReportLabels.lights(lights));
        for (DecompositionBreak b : status.targetBreaks()) {
            paragraphs.add(breakText(b, false));
        }
        for (DecompositionBreak b : status.actualBreaks()) {
            paragraphs.add(breakText(b, true));
        }
        return paragraphs;
    }

    private static String breakText(DecompositionBreak b, boolean actuals) {
        return ReportLabels.decompositionBreak(b.parent().name(), ReportNumbers.plain(b.childrenSum()),
                ReportNumbers.plain(b.parentValue()), actuals);
    }

    private static ReportTable counts(PlanStatus status) {
        Map<Status, Integer> counts = status.countsByStatus();
        List<Column> columns = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        columns.add(new Column("", 1.2f, Align.CENTER, true));
        cells.add(ReportLabels.COUNT_ROW);
        for (Status s : Status.values()) {
            columns.add(new Column(ReportLabels.countHeading(s), 1f, Align.CENTER, true));
            cells.add(String.valueOf(counts.get(s)));
        }
        columns.add(new Column(ReportLabels.COUNT_TOTAL, 1f, Align.CENTER, true));
        cells.add(String.valueOf(status.rows().size()));
        return new ReportTable(columns, List.of(Row.of(cells, 0, null)), -1);
    }

    private static ReportTable indicators(PlanStatus status) {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < ReportLabels.TABLE_HEADER.size(); i++) {
            columns.add(new Column(ReportLabels.TABLE_HEADER.get(i), WEIGHTS[i], ALIGNS[i], FILL[i]));
        }
        List<Row> rows = new ArrayList<>();
        String category = null;
        for (StandingRow row : status.rows()) {
            if (!row.categoryName().isEmpty() && !row.categoryName().equals(category)) {
                rows.add(Row.heading(row.categoryName()));
            }
            category = row.categoryName();
            rows.add(Row.of(cells(row, status.plan().year()), row.depth(), row.standing().light()));
        }
        return new ReportTable(columns, rows, ReportLabels.TABLE_HEADER.indexOf(ReportLabels.LIGHT_COLUMN));
    }

    private static List<String> cells(StandingRow row, int planYear) {
        Standing s = row.standing();
        Indicator indicator = s.indicator();
        boolean milestone = indicator.kind() == IndicatorKind.MILESTONE;
        String period = s.observation() == null || milestone ? "" : s.observation().period().label();
        String actual = milestone ? "" : ReportNumbers.stored(s.actual());
        String gap = ReportNumbers.fixed(s.gapPts() != null ? s.gapPts() : s.deviationPts());
        return List.of(indicator.code(), indicator.name(), milestone ? "" : indicator.unitOfMeasure(),
                target(indicator.target(), planYear), period, actual, ReportNumbers.fixed(s.completionPct()),
                ReportNumbers.fixed(s.timeProgressPct()), gap, DocumentWords.status(s.status()),
                DocumentWords.light(s.light()), row.leadUnitName());
    }

    private static String target(Target target, int planYear) {
        if (target.deadline() != null && !target.hasValue()) {
            return ReportLabels.deadline(target.deadline(), planYear);
        }
        if (!target.hasValue()) {
            return "";
        }
        String text = ReportLabels.target(ReportNumbers.stored(target.value()), target.qualifier());
        return target.stretch() == null ? text : text + "\n" + ReportLabels.stretch(ReportNumbers.stored(target.stretch()));
    }
}
