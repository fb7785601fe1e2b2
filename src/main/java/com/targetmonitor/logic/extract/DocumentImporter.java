package com.targetmonitor.logic.extract;

import com.targetmonitor.logic.excel.text.NameNormalizer;
import com.targetmonitor.logic.excel.text.NormalizedName;
import com.targetmonitor.logic.excel.text.PeriodHint;
import com.targetmonitor.logic.excel.text.Similarity;
import com.targetmonitor.model.Frequency;
import com.targetmonitor.model.ImportBatch;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Origin;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.Responsibility;
import com.targetmonitor.model.ResponsibilityRole;
import com.targetmonitor.model.RuleSet;
import com.targetmonitor.model.Source;
import com.targetmonitor.model.Target;
import com.targetmonitor.model.Unit;
import com.targetmonitor.model.number.UnitConverter;
import com.targetmonitor.persistence.ImportChange;
import com.targetmonitor.persistence.TargetChange;
import com.targetmonitor.persistence.Workspace;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts what the officer accepted from a document into a plan (creating the plan when asked): each
 * target creates an indicator or updates the target of the one with the same name (compared as the
 * targets import compares names), each progress figure is written as an observation of its
 * indicator. One transaction and one import batch, which the import history undoes as a whole.
 */
public final class DocumentImporter {

    private static final Pattern QUARTERLY = Pattern.compile("生产总值|第[一二三]产业");
    private static final Pattern REGION = Pattern.compile("^(.{2,8}?[省市县区州盟旗])");
    /** Names this alike are the same indicator written two ways ("规上工业增加值增速" / "规模以上工业增加值增长"). */
    private static final double SAME_NAME = 0.8;

    private DocumentImporter() {
    }

    /** A plan to create from a document: the region is read from the name ("嘉峪关市2022年"). */
    public static Plan newPlan(String name, int year, String documentName) {
        Matcher m = REGION.matcher(name);
        return new Plan(null, name, m.find() ? m.group(1) : "", year, documentName, RuleSet.DEFAULT);
    }

    public static DocumentPreview preview(Workspace ws, Plan plan, String documentName, List<ProposedTarget> targets,
                                          List<ProposedObservation> observations, List<Statement> statements) {
        List<Indicator> existing = plan.id() == null ? List.of() : ws.indicators().findByPlan(plan.id());
        List<TargetRow> targetRows = new ArrayList<>();
        Map<String, Indicator> created = new HashMap<>();
        for (ProposedTarget t : targets) {
            Indicator found = match(existing, t.name());
            Long lead = leadUnit(ws, plan, t.lead());
            if (found == null) {
                targetRows.add(new TargetRow(t, ProposalAction.CREATE, null, null, null, lead));
                created.putIfAbsent(key(t.name()), newIndicator(plan, t, documentName, lead, 0));
            } else {
                boolean same = Objects.equals(found.target(), t.target());
                targetRows.add(new TargetRow(t, same ? ProposalAction.UNCHANGED : ProposalAction.UPDATE, found.id(),
                        found.name(), found.target(), lead));
            }
        }
        List<ObservationRow> observationRows = new ArrayList<>();
        Set<String> written = new HashSet<>();
        for (ProposedObservation o : observations) {
            observationRows.add(observationRow(ws, plan, existing, created, o, written));
        }
        return new DocumentPreview(plan, documentName, targetRows, observationRows, statements);
    }

    public static DocumentPreview preview(Workspace ws, Plan plan, String documentName, Extraction extraction) {
        return preview(ws, plan, documentName, extraction.targets(), extraction.observations(),
                extraction.statements());
    }

    private static ObservationRow observationRow(Workspace ws, Plan plan, List<Indicator> existing,
                                                 Map<String, Indicator> created, ProposedObservation o,
                                                 Set<String> written) {
        Indicator indicator = match(existing, o.name());
        if (indicator == null) {
            indicator = created.get(key(o.name()));
        }
        if (indicator == null) {
            return new ObservationRow(o, ProposalAction.NO_INDICATOR, null, "", null, null, null);
        }
        Period period = new PeriodHint(o.year(), o.endMonth(), o.quarterly())
                .periodFor(indicator.frequency(), o.year());
        Double value = valueFor(o, indicator);
        if (value == null) {
            return new ObservationRow(o, ProposalAction.NO_VALUE, indicator.id(), indicator.name(), period, null, null);
        }
        Double previous = indicator.id() == null ? null
                : ws.observations().find(indicator.id(), period).map(Observation::value).orElse(null);
        String cell = (indicator.id() == null ? indicator.name() : indicator.id()) + "@" + period.key();
        boolean same = Objects.equals(previous, value) || !written.add(cell);
        return new ObservationRow(o, same ? ProposalAction.UNCHANGED : ProposalAction.WRITE, indicator.id(),
                indicator.name(), period, value, previous);
    }

    /**
     * The figure in the indicator's unit; a completion rate ("完成率37.3%") for an indicator kept as % of
     * its annual plan. Null when the figure cannot be put in the indicator's unit.
     */
    private static Double valueFor(ProposedObservation o, Indicator indicator) {
        if (o.value() == null) {
            return null;
        }
        String unit = indicator.unitOfMeasure();
        if (unit.isEmpty() || o.unit().isEmpty() || unit.equals(o.unit())) {
            return o.value();
        }
        if (UnitConverter.conflicting(o.unit(), unit) || "%".equals(o.unit()) != "%".equals(unit)) {
            return null;
        }
        return UnitConverter.convert(o.value(), o.unit(), unit).orElse(null);
    }

    /** Writes the rows of the preview that create, update or write, in one transaction, as one import batch. */
    public static DocumentResult apply(Workspace ws, DocumentPreview preview, String documentText) {
        return ws.inTransaction(() -> {
            Plan plan = preview.createsPlan() ? ws.plans().save(preview.plan()) : preview.plan();
            ImportBatch batch = ws.imports().createBatch(plan.id(), ImportBatch.TARGETS, preview.documentName(),
                    sha256(documentText), "", preview.createsPlan());
            int position = ws.indicators().findByPlan(plan.id()).size();
            Map<String, Long> createdIds = new HashMap<>();
            int created = 0;
            int updated = 0;
            for (TargetRow row : preview.targets()) {
                ProposedTarget t = row.proposal();
                if (row.action() == ProposalAction.CREATE && !createdIds.containsKey(key(t.name()))) {
                    Indicator saved = ws.indicators().save(newIndicator(plan, t, preview.documentName(),
                            row.leadUnitId(), position++));
                    createdIds.put(key(t.name()), saved.id());
                    ws.imports().recordTargetChange(new TargetChange(batch.id(), saved.id(), true, null));
                    created++;
                } else if (row.action() == ProposalAction.UPDATE) {
                    Indicator old = ws.indicators().find(row.existingId()).orElseThrow();
                    ws.indicators().save(old.withTarget(t.target()));
                    ws.imports().recordTargetChange(new TargetChange(batch.id(), old.id(), false, old.target()));
                    updated++;
                }
            }
            int values = 0;
            for (ObservationRow row : preview.observations()) {
                if (row.action() != ProposalAction.WRITE) {
                    continue;
                }
                Long indicatorId = row.indicatorId() != null ? row.indicatorId()
                        : createdIds.get(key(row.indicatorName()));
                if (indicatorId == null) {
                    continue;
                }
                write(ws, batch, indicatorId, row, preview.documentName());
                values++;
            }
            ws.imports().setRowCount(batch.id(), created + updated + values);
            return new DocumentResult(plan, ws.imports().find(batch.id()).orElse(batch), created, updated, values);
        });
    }

    private static void write(Workspace ws, ImportBatch batch, long indicatorId, ObservationRow row, String document) {
        Observation before = ws.observations().find(indicatorId, row.period()).orElse(null);
        Double yoy = row.proposal().yoy();
        Observation now = new Observation(before == null ? null : before.id(), indicatorId, row.period(), row.value(),
                yoy, before == null ? null : before.note(), Origin.importBatch(batch.id()),
                row.proposal().sentence().text());
        ws.observations().save(now);
        ws.imports().recordChange(new ImportChange(batch.id(), indicatorId, row.period(), before, row.value(), yoy,
                document));
    }

    private static Indicator newIndicator(Plan plan, ProposedTarget t, String document, Long lead, int position) {
        List<Responsibility> responsibilities = lead == null ? List.of()
                : List.of(new Responsibility(lead, ResponsibilityRole.LEAD));
        Frequency frequency = t.kind() == IndicatorKind.MILESTONE ? Frequency.ANNUAL
                : QUARTERLY.matcher(t.name()).find() && !t.name().contains("规") ? Frequency.QUARTERLY
                : Frequency.MONTHLY;
        Target target = t.target();
        return new Indicator(null, plan.id(), null, null, "", t.name(), t.unit(), t.kind(), frequency, target,
                new Source(t.sentence().text(), document, ""), responsibilities, null, position);
    }

    /** The registered unit the sentence names: "工信局" is 嘉峪关市工信局 in a 嘉峪关 plan. */
    private static Long leadUnit(Workspace ws, Plan plan, String lead) {
        if (lead == null || lead.isEmpty()) {
            return null;
        }
        return ws.units().findByName(lead).or(() -> ws.units().findByName(plan.region() + lead))
                .or(() -> ws.units().findByName(plan.region() + lead.replaceFirst("^市", "")))
                .map(Unit::id).orElse(null);
    }

    /** The plan's indicator of that name: the same key, or failing that the one most alike (same kind of figure). */
    static Indicator match(List<Indicator> indicators, String name) {
        NormalizedName wanted = NameNormalizer.normalize(name);
        Indicator best = null;
        Indicator closest = null;
        double bestScore = 0;
        for (Indicator i : indicators) {
            NormalizedName n = NameNormalizer.normalize(i.name());
            if (n.growth() != wanted.growth()) {
                continue;
            }
            if (n.key().equals(wanted.key())) {
                return i;
            }
            if (oneEndsWithTheOther(n.key(), wanted.key()) && (closest == null
                    || n.key().length() < NameNormalizer.normalize(closest.name()).key().length())) {
                closest = i;
            }
            double score = Similarity.score(n.key(), wanted.key());
            if (score >= SAME_NAME && score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        // The shortest name that holds the other: "到位资金" is 招商引资到位资金, not a chain's share of it.
        return closest != null ? closest : best;
    }

    /**
     * "总体发证率" is the plan's "不动产总体发证率" and "到位资金" its "招商引资到位资金"; but "地区生产总值" is
     * not "永昌县地区生产总值": a part named after a county or district is another indicator.
     */
    private static boolean oneEndsWithTheOther(String a, String b) {
        String longer = a.length() >= b.length() ? a : b;
        String shorter = longer == a ? b : a;
        if (shorter.length() < 4 || !longer.endsWith(shorter) || longer.equals(shorter)) {
            return false;
        }
        String prefix = longer.substring(0, longer.length() - shorter.length());
        return !prefix.matches(".*[省市县区旗州盟]") && !prefix.matches(".*(?:产业链|链|园区)");
    }

    private static String key(String name) {
        NormalizedName n = NameNormalizer.normalize(name);
        return n.key() + (n.growth() ? "|g" : "|v");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
