package com.targetmonitor.logic.excel.imports;

import com.targetmonitor.logic.excel.match.Candidate;
import com.targetmonitor.logic.excel.match.IndicatorMatcher;
import com.targetmonitor.logic.excel.match.Match;
import com.targetmonitor.logic.excel.match.ValueRole;
import com.targetmonitor.logic.excel.stats.ColumnRole;
import com.targetmonitor.logic.excel.stats.Header;
import com.targetmonitor.logic.excel.stats.SkippedRow;
import com.targetmonitor.logic.excel.stats.StatFile;
import com.targetmonitor.logic.excel.stats.StatRow;
import com.targetmonitor.logic.excel.stats.StatSheet;
import com.targetmonitor.logic.excel.text.NameNormalizer;
import com.targetmonitor.logic.excel.text.NormalizedName;
import com.targetmonitor.logic.excel.text.RowKey;
import com.targetmonitor.logic.task.Cancellation;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Plan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides, for every data row, which indicators it feeds. A row of our own template maps by its key.
 * Otherwise the name is matched in each role the sheet offers (value, growth); sure matches are
 * taken, and only when no role is sure does a weak match become a question — so a 地区生产总值 row
 * that feeds the plan's growth indicator does not also ask whether its amount is 永昌县's GDP.
 */
final class ResolutionBuilder {

    private final Plan plan;
    private final IndicatorMatcher matcher;
    private final SheetScope scopes;
    private final List<Resolution> resolutions = new ArrayList<>();
    private final List<SkippedLine> skipped = new ArrayList<>();
    /** Rows without an indicator met so far, and those past the listed number (counted only), by kind. */
    private final Map<RowState, Integer> without = new EnumMap<>(RowState.class);
    private final Map<RowState, Integer> notListed = new EnumMap<>(RowState.class);
    private int nextId;

    ResolutionBuilder(Plan plan, IndicatorMatcher matcher) {
        this.plan = plan;
        this.matcher = matcher;
        this.scopes = new SheetScope(plan);
    }

    List<Resolution> resolutions() {
        return resolutions;
    }

    List<SkippedLine> skipped() {
        return skipped;
    }

    /** Rows without an indicator past the first {@link ImportSession#LISTED_WITHOUT_INDICATOR} of their kind. */
    Map<RowState, Integer> notListed() {
        return notListed;
    }

    /**
     * Whether the next row without an indicator of this kind is listed. Past the limit it is counted and
     * never becomes a resolution, so a stress-size file's rows are not all kept until the preview; its
     * id is used up all the same, so the listed rows' ids do not depend on the limit.
     */
    private boolean listed(RowState kind) {
        if (without.merge(kind, 1, Integer::sum) <= ImportSession.LISTED_WITHOUT_INDICATOR) {
            return true;
        }
        notListed.merge(kind, 1, Integer::sum);
        nextId++;
        return false;
    }

    void add(StatFile file, Cancellation cancellation) {
        for (StatSheet sheet : file.sheets()) {
            for (SkippedRow s : sheet.skipped()) {
                skipped.add(new SkippedLine(file.fileName(), s.address(), s.text(), s.reason()));
            }
            int n = 0;
            for (StatRow row : sheet.rows()) {
                if (++n % 1000 == 0) {
                    cancellation.check();
                }
                add(file, sheet, row);
            }
        }
    }

    private void add(StatFile file, StatSheet sheet, StatRow row) {
        NormalizedName name = NameNormalizer.normalize(row.name());
        Optional<RowKey> key = RowKey.parse(row.key()).filter(k -> k.planId() == plan.id());
        Indicator keyed = key.map(k -> matcher.indicator(k.indicatorId())).orElse(null);
        if (keyed != null) {
            Resolution r = new Resolution(nextId++, file, sheet, row, name, key.get().period());
            r.indicator = keyed;
            r.role = ValueRole.GROWTH.accepts(keyed) ? ValueRole.GROWTH : ValueRole.VALUE;
            r.kind = MatchKind.KEY;
            r.score = 1;
            resolutions.add(r);
            return;
        }
        String scope = scopes.of(sheet);
        if (!scope.isEmpty()) {
            addScoped(file, sheet, row, scope);
            return;
        }
        List<ValueRole> roles = roles(sheet.header(), name);
        List<Match> matches = new ArrayList<>();
        for (ValueRole role : roles) {
            matches.add(matcher.match(name, role));
        }
        boolean anySure = false;
        for (Match m : matches) {
            anySure |= m.strength().isSure();
        }
        boolean added = false;
        for (int i = 0; i < roles.size(); i++) {
            Match m = matches.get(i);
            if (m.strength().isSure() || !anySure && m.strength() == Match.Strength.WEAK && row.hasAnyContent()) {
                addMatched(file, sheet, row, name, roles.get(i), m);
                added = true;
            }
        }
        if (added) {
            return;
        }
        if (!row.hasAnyContent()) {
            String text = row.name().length() > 40 ? row.name().substring(0, 40) + "…" : row.name();
            skipped.add(new SkippedLine(file.fileName(), row.nameAddress(), text, SkippedRow.Reason.NO_VALUES));
            return;
        }
        if (!listed(RowState.UNMATCHED)) {
            return;
        }
        Resolution r = new Resolution(nextId++, file, sheet, row, name, null);
        r.role = roles.isEmpty() ? ValueRole.VALUE : roles.get(0);
        r.alternatives = suggestions(matches);
        resolutions.add(r);
    }

    /** A resolution for a row matched to an indicator (sure, or weak and so a question). */
    private void addMatched(StatFile file, StatSheet sheet, StatRow row, NormalizedName name, ValueRole role, Match m) {
        Resolution r = new Resolution(nextId++, file, sheet, row, name, null);
        r.role = role;
        r.indicator = m.best().indicator();
        r.score = m.best().score();
        r.kind = kind(m.strength());
        r.alternatives = m.alternatives();
        resolutions.add(r);
    }

    /**
     * A row of a county's sheet: 地区生产总值 there is 永昌县地区生产总值, and only a sure match of that
     * name feeds the plan; anything else is listed as not applying.
     */
    private void addScoped(StatFile file, StatSheet sheet, StatRow row, String scope) {
        NormalizedName scoped = NameNormalizer.normalize(scope + row.name());
        List<ValueRole> roles = roles(sheet.header(), scoped);
        boolean added = false;
        for (ValueRole role : roles) {
            Match m = matcher.match(scoped, role);
            if (m.strength().isSure()) {
                addMatched(file, sheet, row, scoped, role, m);
                added = true;
            }
        }
        if (added) {
            return;
        }
        if (!row.hasAnyContent()) {
            skipped.add(new SkippedLine(file.fileName(), row.nameAddress(), row.name(), SkippedRow.Reason.NO_VALUES));
            return;
        }
        if (!listed(RowState.NOT_APPLYING)) {
            return;
        }
        Resolution r = new Resolution(nextId++, file, sheet, row, scoped, null);
        r.role = roles.isEmpty() ? ValueRole.VALUE : roles.get(0);
        r.outOfScope = scope;
        resolutions.add(r);
    }

    /** The roles a row can play: growth alone for a name that asks for growth; else what the columns offer. */
    private static List<ValueRole> roles(Header header, NormalizedName name) {
        if (name.growth()) {
            return List.of(ValueRole.GROWTH);
        }
        List<ValueRole> roles = new ArrayList<>(2);
        if (header.has(ColumnRole.CUMULATIVE) || header.has(ColumnRole.MONTH) || header.has(ColumnRole.VALUE)) {
            roles.add(ValueRole.VALUE);
        }
        if (header.has(ColumnRole.CUMULATIVE_GROWTH) || header.has(ColumnRole.MONTH_GROWTH)) {
            roles.add(ValueRole.GROWTH);
        }
        return roles;
    }

    /** The closest indicators over the roles tried, best first: what the officer may pick from. */
    private static List<Candidate> suggestions(List<Match> matches) {
        List<Candidate> all = new ArrayList<>();
        for (Match m : matches) {
            if (m.best() != null) {
                all.add(m.best());
                all.addAll(m.alternatives());
            }
        }
        all.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return all.size() > 3 ? List.copyOf(all.subList(0, 3)) : all;
    }

    private static MatchKind kind(Match.Strength strength) {
        return switch (strength) {
            case ALIAS -> MatchKind.ALIAS;
            case EXACT -> MatchKind.EXACT;
            case STRONG -> MatchKind.SIMILAR;
            case WEAK -> MatchKind.WEAK;
            case NONE -> MatchKind.NONE;
        };
    }
}
