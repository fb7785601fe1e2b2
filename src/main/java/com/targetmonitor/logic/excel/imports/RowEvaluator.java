package com.targetmonitor.logic.excel.imports;

import com.targetmonitor.logic.excel.match.Candidate;
import com.targetmonitor.logic.excel.match.ValueRole;
import com.targetmonitor.logic.excel.stats.StatValue;
import com.targetmonitor.logic.excel.text.PeriodHint;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.number.NumberProblem;
import com.targetmonitor.model.number.NumberReader;
import com.targetmonitor.model.number.NumberReading;
import com.targetmonitor.model.number.UnitConverter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Works out one preview row from a resolution: the period, the cell, the value in the indicator's
 * unit, the value the workspace holds now, and what is wrong.
 */
final class RowEvaluator {


    private final Plan plan;
    private final ImportOptions options;
    private final Map<Long, List<Observation>> observations;
    private final java.util.function.LongPredicate mayWrite;

    RowEvaluator(Plan plan, ImportOptions options, Map<Long, List<Observation>> observations,
                 java.util.function.LongPredicate mayWrite) {
        this.plan = plan;
        this.options = options;
        this.observations = observations;
        this.mayWrite = mayWrite;
    }

    PreviewRow evaluate(Resolution r) {
        List<ImportProblem> problems = new ArrayList<>();
        Indicator indicator = r.indicator;
        PeriodHint hint = hint(r);
        String rawName = r.row.name();
        if (indicator == null) {
            StatValue shown = r.row.values().stream().filter(v -> !v.reading().isEmpty()).findFirst().orElse(null);
            String nameCell = r.row.nameAddress();
            problems.add(r.outOfScope != null ? ImportProblem.of(ImportProblem.Code.OUT_OF_SCOPE, nameCell, r.outOfScope)
                    : ImportProblem.of(ImportProblem.Code.NO_MATCH, nameCell));
            RowState state = r.ignored ? RowState.IGNORED : r.outOfScope != null ? RowState.NOT_APPLYING
                    : RowState.UNMATCHED;
            return new PreviewRow(r.id, r.file.fileName(), shown == null ? nameCell : shown.address(),
                    nameCell, rawName, shown == null ? "" : shown.text(), null, "", "", 0, MatchKind.NONE,
                    r.role, null, null, null, null, state, problems, suggestions(r));
        }
        int endMonth = hint.hasMonth() ? hint.endMonth() : 12;
        CellChooser.Choice choice = CellChooser.choose(r.row, r.role, r.name.growth() || r.kind == MatchKind.KEY,
                indicator.kind(), endMonth);
        StatValue cell = choice.cell();
        String cellAddress = cell == null ? r.row.nameAddress() : cell.address();
        if (choice.problem() != null) {
            problems.add(ImportProblem.of(choice.problem(), cellAddress));
        }
        Double value = null;
        Double yoy = null;
        if (cell != null && choice.problem() == null) {
            value = value(r, indicator, cell, problems);
            if (r.role == ValueRole.VALUE && indicator.kind() != IndicatorKind.MILESTONE) {
                StatValue growth = CellChooser.growthAlongside(r.row, endMonth);
                yoy = growth == null ? null : growth.reading().value();
            }
        }
        // A row without a value needs no period: an empty row of a long table is no error.
        Period period = value == null && !hint.hasMonth() && r.keyPeriod == null ? null
                : period(r, hint, indicator, problems);
        if (value == null && problems.isEmpty()) {
            problems.add(ImportProblem.of(ImportProblem.Code.NO_VALUE, cellAddress));
        }
        if (value != null && !r.valueConfirmed && indicator.kind() != IndicatorKind.MILESTONE) {
            Double checked = value;
            Plausibility.check(indicator, checked, r.role == ValueRole.GROWTH).ifPresent(doubt -> problems.add(
                    ImportProblem.of(ImportProblem.Code.IMPLAUSIBLE, cellAddress,
                            cell.text().length() > 24 ? String.valueOf(checked) : cell.text(), doubt.name())));
        }
        Observation old = period == null ? null : find(indicator.id(), period);
        Double oldValue = old == null ? null : old.value();
        boolean weak = r.kind == MatchKind.WEAK;
        if (weak) {
            problems.add(0, ImportProblem.of(ImportProblem.Code.WEAK_MATCH, r.row.nameAddress(),
                    String.valueOf(Math.round(r.score * 100)), indicator.name()));
        }
        RowState state = state(r, problems, value, old, yoy, weak);
        if (!r.ignored && !mayWrite.test(indicator.id())) {
            // Told in advance rather than failing the whole batch at the server (whose RLS stays the guard).
            problems.add(0, ImportProblem.of(ImportProblem.Code.NOT_PERMITTED, cellAddress));
            state = RowState.NOT_PERMITTED;
        }
        return new PreviewRow(r.id, r.file.fileName(), cellAddress, r.row.nameAddress(), rawName,
                cell == null ? "" : cell.text(), indicator.id(), indicator.name(), indicator.unitOfMeasure(), r.score,
                r.kind, r.role, period, oldValue, value, yoy, state, problems, weak ? suggestions(r) : List.of());
    }

    private static RowState state(Resolution r, List<ImportProblem> problems, Double value, Observation old, Double yoy,
                                  boolean weak) {
        if (r.ignored) {
            return RowState.IGNORED;
        }
        if (problems.stream().anyMatch(p -> p.severity() == ImportProblem.Severity.ERROR)) {
            return RowState.ERROR;
        }
        if (value == null) {
            return RowState.NO_VALUE;
        }
        if (weak || problems.stream().anyMatch(p -> p.code() == ImportProblem.Code.IMPLAUSIBLE)) {
            return RowState.QUESTION;
        }
        boolean same = old != null && value.equals(old.value()) && (yoy == null || yoy.equals(old.yoyGrowth()));
        return same ? RowState.UNCHANGED : RowState.APPLY;
    }

    /** The period as far as the file, the key and the options tell it. */
    private PeriodHint hint(Resolution r) {
        if (r.keyPeriod != null) {
            return new PeriodHint(r.keyPeriod.year(), r.keyPeriod.endMonth(),
                    r.keyPeriod.granularity() == com.targetmonitor.model.Granularity.QUARTER);
        }
        PeriodHint h = r.row.period();
        if (!r.sheet.header().isLong()) {
            PeriodHint override = options.periodHint();
            h = override != null ? override : h.orElse(r.file.period());
        }
        Integer year = h.year() != null ? h.year() : options.year() != null ? options.year() : plan.year();
        return h.withYear(year);
    }

    private Period period(Resolution r, PeriodHint hint, Indicator indicator, List<ImportProblem> problems) {
        if (r.keyPeriod != null) {
            return r.keyPeriod;
        }
        if (!hint.hasMonth()) {
            problems.add(ImportProblem.of(ImportProblem.Code.PERIOD_UNKNOWN, r.row.nameAddress(), r.row.periodText()));
            return null;
        }
        Period p = hint.periodFor(indicator.frequency(), plan.year());
        if (p.year() != plan.year()) {
            problems.add(ImportProblem.of(ImportProblem.Code.OUTSIDE_PLAN_YEAR, r.row.nameAddress(),
                    p.year() + "年" + p.label(), String.valueOf(plan.year())));
        }
        return p;
    }

    private Double value(Resolution r, Indicator indicator, StatValue cell, List<ImportProblem> problems) {
        if (indicator.kind() == IndicatorKind.MILESTONE) {
            // The grid's words and rules: "×" is not done, "2" is no state, "—" is no value.
            NumberReading state = NumberReader.milestone(cell.text());
            if (state.problem() != null) {
                problems.add(ImportProblem.of(ImportProblem.Code.NOT_A_MILESTONE_STATE, cell.address(), cell.text()));
            }
            return state.value();
        }
        NumberReading reading = cell.reading();
        if (reading.problem() != null) {
            ImportProblem.Code code = reading.problem() == NumberProblem.APPROXIMATE ? ImportProblem.Code.APPROXIMATE
                    : ImportProblem.Code.NOT_A_NUMBER;
            problems.add(ImportProblem.of(code, cell.address(), cell.text()));
            return null;
        }
        // A keyed row (our template) is converted too: a department may type "932000万元" into a 亿元 row.
        if (!reading.hasValue() || r.role == ValueRole.GROWTH) {
            return reading.value();
        }
        return convert(r, indicator, cell, reading, problems);
    }

    /**
     * The value in the indicator's unit: a unit written on the row wins over the title's "单位：万元", and
     * the cell's own ("932000万元") over the row's unit column or name, since it is what was typed.
     */
    private static Double convert(Resolution r, Indicator indicator, StatValue cell, NumberReading reading,
                                  List<ImportProblem> problems) {
        String to = indicator.unitOfMeasure();
        String explicit = firstNonEmpty(reading.unit(), r.row.unit(), r.name.unitHint());
        String from = explicit;
        if (from.isEmpty() && UnitConverter.convertible(r.sheet.unitNote(), to)) {
            from = r.sheet.unitNote();
        }
        if (from.isEmpty() || to.isEmpty()) {
            return reading.value();
        }
        if (UnitConverter.conflicting(from, to)) {
            problems.add(ImportProblem.of(ImportProblem.Code.UNIT_MISMATCH, cell.address(), UnitConverter.clean(from),
                    to));
            return null;
        }
        Double converted = UnitConverter.convert(reading.value(), from, to).orElse(reading.value());
        if (UnitConverter.scales(from, to)) {
            problems.add(ImportProblem.of(ImportProblem.Code.UNIT_CONVERTED, cell.address(),
                    plain(reading.value()) + UnitConverter.clean(from), plain(converted) + to));
        }
        return converted;
    }

    private Observation find(long indicatorId, Period period) {
        for (Observation o : observations.getOrDefault(indicatorId, List.of())) {
            if (o.period().equals(period)) {
                return o;
            }
        }
        return null;
    }

    private static List<String> suggestions(Resolution r) {
        List<String> names = new ArrayList<>(3);
        for (Candidate c : r.alternatives) {
            if (names.size() < 3 && !names.contains(c.indicator().name())) {
                names.add(c.indicator().name());
            }
        }
        return names;
    }

    private static String firstNonEmpty(String... texts) {
        for (String t : texts) {
            if (t != null && !t.isBlank()) {
                return t.strip();
            }
        }
        return "";
    }

    static String plain(Double v) {
        if (v == null) {
            return "";
        }
        BigDecimal d = BigDecimal.valueOf(v).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}
