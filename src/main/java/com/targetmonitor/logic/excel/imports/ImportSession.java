package com.targetmonitor.logic.excel.imports;

import com.targetmonitor.logic.excel.match.Candidate;
import com.targetmonitor.logic.excel.match.IndicatorMatcher;
import com.targetmonitor.logic.excel.match.ValueRole;
import com.targetmonitor.logic.excel.stats.StatFile;
import com.targetmonitor.logic.excel.stats.StatSheet;
import com.targetmonitor.logic.excel.text.Similarity;
import com.targetmonitor.logic.task.Cancellation;
import com.targetmonitor.logic.task.ProgressListener;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Plan;
import com.targetmonitor.persistence.Workspace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One import of statistics files into a plan, from preview to confirmation. Nothing is written
 * until {@link #apply}; in between the officer may pick the indicator for a row ({@link #assign}),
 * confirm a weak match ({@link #accept}) or leave a row out ({@link #ignore}), and read the updated
 * {@link #preview()} after each step. Not thread-safe: use it from one thread at a time.
 */
public final class ImportSession {

    /**
     * Rows without an indicator listed in the preview, of each kind (unmatched, for another region):
     * enough for every real 统计月报 or department sheet (tens to hundreds of rows) to list them all;
     * past it, a stress-size file's rows are counted, not kept.
     */
    public static final int LISTED_WITHOUT_INDICATOR = 500;

    private final Workspace workspace;
    private final Plan plan;
    private final List<Indicator> indicators;
    private final IndicatorMatcher matcher;
    private final RowEvaluator evaluator;
    private final Map<Integer, Resolution> resolutions = new LinkedHashMap<>();
    private final List<SkippedLine> skipped;
    private final List<FileSummary> summaries;
    private final Map<RowState, Integer> notListed = new java.util.EnumMap<>(RowState.class);
    private ImportPreview preview;
    private boolean applied;

    ImportSession(Workspace workspace, Plan plan, List<StatFile> files, ImportOptions options,
                  Cancellation cancellation) {
        this.workspace = workspace;
        this.plan = plan;
        this.indicators = workspace.indicators().findByPlan(plan.id());
        this.matcher = new IndicatorMatcher(indicators, workspace.aliases().findByPlan(plan.id()));
        Map<Long, List<Observation>> observations = workspace.observations().findByPlan(plan.id());
        java.util.Optional<java.util.Set<Long>> writable = workspace.accounts().writableIndicators();
        this.evaluator = new RowEvaluator(plan, options, observations,
                writable.isEmpty() ? id -> true : writable.get()::contains);
        ResolutionBuilder builder = new ResolutionBuilder(plan, matcher);
        for (StatFile file : files) {
            builder.add(file, cancellation);
        }
        this.skipped = List.copyOf(builder.skipped());
        this.summaries = FileSummaries.of(workspace, plan, List.copyOf(files), options);
        notListed.putAll(builder.notListed());
        keep(builder.resolutions());
        refresh();
    }

    /**
     * Keeps the rows the builder listed (every row that has an indicator and the first
     * {@link #LISTED_WITHOUT_INDICATOR} of each kind without one; it counted the others). The kept rows
     * let go of their sheets' row lists, so what the session holds is what the preview shows, not the
     * whole file.
     */
    private void keep(List<Resolution> built) {
        Map<StatSheet, StatSheet> bare = new java.util.IdentityHashMap<>();
        java.util.function.Function<StatSheet, StatSheet> bareSheet = s -> bare.computeIfAbsent(s,
                x -> new StatSheet(x.name(), x.title(), x.header(), x.period(), x.unitNote(), List.of(), List.of()));
        Map<StatFile, StatFile> bareFiles = new java.util.IdentityHashMap<>();
        for (Resolution r : built) {
            r.sheet = bareSheet.apply(r.sheet);
            r.file = bareFiles.computeIfAbsent(r.file, f -> new StatFile(f.path(), f.sha256(),
                    f.sheets().stream().map(bareSheet).toList(), f.sheetsWithout()));
            resolutions.put(r.id, r);
        }
    }

    public Plan plan() {
        return plan;
    }

    /** The preview as it stands after the officer's choices so far. */
    public ImportPreview preview() {
        return preview;
    }

    /** The plan's indicators, the most alike the row's name first: the list to pick from. */
    public List<Indicator> candidates(int rowId) {
        Resolution r = resolution(rowId);
        int[] grams = Similarity.grams(r.name.key());
        List<Candidate> ranked = new ArrayList<>();
        for (Indicator i : indicators) {
            String key = com.targetmonitor.logic.excel.text.NameNormalizer.normalize(i.name()).key();
            ranked.add(new Candidate(i, Similarity.score(grams, Similarity.grams(key)), false));
        }
        ranked.sort((a, b) -> Double.compare(b.score(), a.score()));
        return ranked.stream().map(Candidate::indicator).toList();
    }

    /** The officer picks the indicator the row means; remembered as an alias when the import is applied. */
    public ImportPreview assign(int rowId, long indicatorId) {
        Resolution r = resolution(rowId);
        Indicator chosen = matcher.indicator(indicatorId);
        if (chosen == null) {
            throw new IllegalArgumentException("indicator " + indicatorId + " is not in plan " + plan.name());
        }
        r.indicator = chosen;
        if (r.role == null || !r.role.accepts(chosen)) {
            r.role = ValueRole.GROWTH.accepts(chosen) ? ValueRole.GROWTH : ValueRole.VALUE;
        }
        r.score = Similarity.score(r.name.key(),
                com.targetmonitor.logic.excel.text.NameNormalizer.normalize(chosen.name()).key());
        r.kind = MatchKind.CONFIRMED;
        r.ignored = false;
        return refresh();
    }

    /** The officer confirms a weak match as it was proposed. */
    public ImportPreview accept(int rowId) {
        Resolution r = resolution(rowId);
        if (r.indicator == null) {
            throw new IllegalArgumentException("row " + rowId + " has no indicator to confirm; assign one");
        }
        if (r.kind == MatchKind.WEAK) {
            r.kind = MatchKind.CONFIRMED;
        }
        r.valueConfirmed = true;
        r.ignored = false;
        return refresh();
    }

    /** The officer leaves the row out of this import. */
    public ImportPreview ignore(int rowId) {
        resolution(rowId).ignored = true;
        return refresh();
    }

    /** Writes every APPLY row in one transaction; questions, errors and unmatched rows are not written. */
    public ImportResult apply(ProgressListener progress, Cancellation cancellation) {
        if (applied) {
            throw new IllegalStateException("this import was applied already; read the files again to import anew");
        }
        ImportResult result = new ImportApplier(workspace).apply(plan, preview, resolutions, progress, cancellation);
        applied = true;
        return result;
    }

    public ImportResult apply() {
        return apply(ProgressListener.NONE, Cancellation.NEVER);
    }

    private ImportPreview refresh() {
        List<PreviewRow> rows = new ArrayList<>(resolutions.size());
        for (Resolution r : resolutions.values()) {
            rows.add(evaluator.evaluate(r));
        }
        preview = new ImportPreview(plan, summaries, ConflictCheck.apply(rows), skipped, notListed);
        return preview;
    }

    /** Whether {@link #apply} has written this session's rows. */
    public boolean isApplied() {
        return applied;
    }

    private Resolution resolution(int rowId) {
        Resolution r = resolutions.get(rowId);
        if (r == null) {
            throw new IllegalArgumentException("no preview row " + rowId);
        }
        return r;
    }
}
