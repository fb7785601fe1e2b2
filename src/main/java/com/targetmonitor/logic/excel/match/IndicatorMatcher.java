package com.targetmonitor.logic.excel.match;

import com.targetmonitor.logic.excel.text.NameNormalizer;
import com.targetmonitor.logic.excel.text.NormalizedName;
import com.targetmonitor.logic.excel.text.Similarity;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.persistence.IndicatorAlias;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches row names of a statistics table to a plan's indicators. An alias confirmed earlier wins;
 * then equal normalised names; then the most similar name. A similar name scoring at least
 * {@link #STRONG} is applied; one scoring at least {@link #WEAK} becomes a question; two candidates
 * that are nearly as good as each other also make a question, since guessing between them is
 * exactly what an officer must not find done silently.
 */
public final class IndicatorMatcher {

    /** Similarity from which a match is applied without asking. */
    public static final double STRONG = 0.85;
    /** Similarity from which a candidate is offered as a question. */
    public static final double WEAK = 0.5;
    /** Candidates closer than this to the best make the match ambiguous. */
    private static final double AMBIGUOUS = 0.05;
    private static final int ALTERNATIVES = 3;
    private static final Comparator<Candidate> BEST_FIRST = Comparator.comparingDouble(Candidate::score).reversed()
            .thenComparing(c -> c.indicator().position());

    private record Entry(Indicator indicator, String key, int[] grams) {
    }

    /**
     * Per role, which entries hold each bigram and how often: scoring a name then touches only the
     * indicators that share a bigram with it, so a table of 100,000 rows the plan mostly does not
     * watch costs little.
     */
    private final Map<ValueRole, GramIndex> gramIndex = new HashMap<>();
    private final Map<ValueRole, List<Entry>> byRole = new HashMap<>();
    private final Map<ValueRole, Map<String, List<Entry>>> exact = new HashMap<>();
    private final Map<String, Map<String, Indicator>> aliases = new HashMap<>();
    private final Map<Long, Indicator> byId = new HashMap<>();
    /**
     * Per thread, a name's shared-bigram count with each entry, left all zero after each use: a new array
     * per row and role was a tenth of what a 100,000-row import allocates.
     */
    private final ThreadLocal<int[]> counts;
    /** The last name's bigrams; one object, so that a matcher shared by threads never mixes two names. */
    private volatile NameGrams last = new NameGrams("", new int[0]);

    private record NameGrams(String key, int[] grams) {
    }

    public IndicatorMatcher(List<Indicator> indicators, List<IndicatorAlias> confirmed) {
        for (ValueRole role : ValueRole.values()) {
            byRole.put(role, new ArrayList<>());
            exact.put(role, new HashMap<>());
        }
        for (Indicator indicator : indicators) {
            byId.put(indicator.id(), indicator);
            NormalizedName n = NameNormalizer.normalize(indicator.name());
            Entry e = new Entry(indicator, n.key(), Similarity.grams(n.key()));
            for (ValueRole role : ValueRole.values()) {
                if (role.accepts(indicator)) {
                    byRole.get(role).add(e);
                    exact.get(role).computeIfAbsent(n.key(), k -> new ArrayList<>()).add(e);
                }
            }
        }
        byRole.forEach((role, entries) -> gramIndex.put(role, new GramIndex(entries.stream().map(Entry::grams).toList())));
        int entries = byRole.values().stream().mapToInt(List::size).max().orElse(0);
        counts = ThreadLocal.withInitial(() -> new int[entries]);
        for (IndicatorAlias a : confirmed) {
            Indicator indicator = byId.get(a.indicatorId());
            if (indicator != null) {
                aliases.computeIfAbsent(a.role(), k -> new HashMap<>()).put(a.nameKey(), indicator);
            }
        }
    }

    public Match match(NormalizedName name, ValueRole role) {
        if (name.isEmpty()) {
            return Match.NONE;
        }
        Indicator alias = aliases.getOrDefault(role.code(), Map.of()).get(name.key());
        if (alias != null) {
            return new Match(new Candidate(alias, 1.0, true), Match.Strength.ALIAS, List.of());
        }
        List<Entry> equal = exact.get(role).getOrDefault(name.key(), List.of());
        if (equal.size() == 1) {
            return new Match(new Candidate(equal.get(0).indicator(), 1.0, false), Match.Strength.EXACT, List.of());
        }
        List<Candidate> ranked = candidates(name, role, ALTERNATIVES + 1);
        if (ranked.isEmpty()) {
            return Match.NONE;
        }
        Candidate best = ranked.get(0);
        List<Candidate> rest = ranked.subList(1, ranked.size());
        boolean ambiguous = !rest.isEmpty() && rest.get(0).score() >= best.score() - AMBIGUOUS;
        Match.Strength strength;
        if (best.score() >= STRONG && !ambiguous) {
            strength = Match.Strength.STRONG;
        } else if (best.score() >= WEAK) {
            strength = Match.Strength.WEAK;
        } else {
            strength = Match.Strength.NONE;
        }
        return new Match(best, strength, rest);
    }

    /** The indicators of the role most alike the name, best first, with any score above zero. */
    public List<Candidate> candidates(NormalizedName name, ValueRole role, int max) {
        int[] grams = gramsOf(name.key());
        List<Entry> entries = byRole.get(role);
        int[] common = counts.get();
        gramIndex.get(role).countCommon(grams, common);
        // The entries of an equal name, from the map: comparing the name with every entry's was most of
        // scoring a large table's rows, and almost all of them equal none.
        List<Entry> equal = exact.get(role).getOrDefault(name.key(), List.of());
        List<Candidate> all = new ArrayList<>();
        for (int e = 0; e < entries.size(); e++) {
            int shared = common[e];
            if (shared == 0 && equal.isEmpty()) {
                continue; // most entries share no bigram with a row's name: decided from the counts alone
            }
            common[e] = 0; // zero again for the next name
            Entry entry = entries.get(e);
            if (!equal.isEmpty() && containsSame(equal, entry)) {
                all.add(new Candidate(entry.indicator(), 1.0, false));
            } else if (shared > 0) {
                all.add(new Candidate(entry.indicator(), 2.0 * shared / (grams.length + entry.grams().length), false));
            }
        }
        all.sort(BEST_FIRST);
        return all.size() > max ? List.copyOf(all.subList(0, max)) : all;
    }

    private static boolean containsSame(List<Entry> entries, Entry entry) {
        for (Entry e : entries) {
            if (e == entry) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name's bigrams, kept for the next call: a row is matched once per role it may fill (a value and a
     * growth rate), with the same name.
     */
    private int[] gramsOf(String key) {
        NameGrams known = last;
        if (known.key().equals(key)) {
            return known.grams();
        }
        int[] grams = Similarity.grams(key);
        last = new NameGrams(key, grams);
        return grams;
    }

    public Indicator indicator(long id) {
        return byId.get(id);
    }
}
