package com.targetmonitor.logic.extract;

import com.targetmonitor.logic.excel.text.NameNormalizer;
import com.targetmonitor.logic.excel.text.PeriodHint;
import com.targetmonitor.logic.excel.text.PeriodText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads targets, progress figures and figure-less targets out of documents: sentences from
 * {@link Sentences}, then per sentence {@link SentenceMode} decides whether it sets targets
 * ({@link TargetGrammar}) or reports results ({@link ProgressGrammar}). A target stated twice (a headline
 * and its paragraph) is proposed once.
 */
public final class TargetExtractor {

    private static final Pattern YEAR = Pattern.compile("(20\\d\\d)年");
    private static final Pattern PERIOD_START = Pattern.compile("^(?:(20\\d\\d)年(?:全年|以来|,|，|1-12月|1月-12月)"
            + "|上半年|[一1]季度(?![末底前])|前三季度|1-\\d{1,2}月|今年以来|截至)");
    private static final Pattern HEADING = Pattern.compile("^(?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}[,，、])");

    private static final Pattern TARGET_HEADING = Pattern.compile("目标|任务|下半年|今年|明年|重点工作|计划|安排|部署");

    private static final Pattern FIGURE_DIGIT = Pattern.compile("\\d(?:\\.\\d+)?(?:%|[万亿]|[个家户项件人元吨亩])");

    private TargetExtractor() {
    }

    /**
     * @param year the plan year, or null to take the year the documents speak of most
     */
    public static Extraction extract(List<SourceDocument> documents, Integer year) {
        int planYear = year != null ? year : planYear(documents);
        TargetGrammar grammar = new TargetGrammar(planYear);
        List<ProposedTarget> targets = new ArrayList<>();
        List<ProposedObservation> observations = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        List<Sentence> all = new ArrayList<>();
        for (SourceDocument document : documents) {
            PeriodHint period = null;
            for (Sentence sentence : Sentences.split(document)) {
                all.add(sentence);
                String folded = Fold.fold(sentence.text()).replaceFirst("^[●◆■▲•★☆◇□○·▪]+", "");
                if (isHeading(sentence.text(), folded) && (period == null || !isReview(period, planYear)
                        || HEADING.matcher(folded).find() || TARGET_HEADING.matcher(folded).find())) {
                    period = null;
                }
                // A period opens a report only where figures follow: "上半年形成…机制" is a deadline.
                PeriodHint named = FIGURE_DIGIT.matcher(folded).find() ? periodAtStart(folded, planYear) : null;
                if (named != null) {
                    period = named;
                }
                SentenceMode mode = SentenceMode.of(folded, period != null);
                if (mode == SentenceMode.TARGET) {
                    grammar.read(sentence, folded, targets, statements);
                } else if (mode == SentenceMode.RESULT) {
                    PeriodHint p = period != null ? period : fallbackPeriod(folded, planYear);
                    ProgressGrammar.read(sentence, folded, p, planYear, observations);
                }
            }
        }
        return new Extraction(planYear, dedupe(targets), observations, statements, all);
    }

    public static Extraction extract(SourceDocument document, Integer year) {
        return extract(List.of(document), year);
    }

    /** A whole year's results (a 年度总结 or a 纪实) stay results across the document's headings. */
    private static boolean isReview(PeriodHint period, int planYear) {
        return Integer.valueOf(12).equals(period.endMonth()) && Integer.valueOf(planYear).equals(period.year());
    }

    private static boolean isHeading(String raw, String folded) {
        char last = raw.charAt(raw.length() - 1);
        boolean ends = "。！？!?；;".indexOf(last) >= 0;
        return HEADING.matcher(folded).find() && (!ends || folded.length() < 40) || !ends && folded.length() < 50;
    }

    /** The period a sentence opens with: "上半年，" "1-6月" "2023年," "今年以来" (up to now: the plan year so far). */
    private static PeriodHint periodAtStart(String folded, int planYear) {
        Matcher m = PERIOD_START.matcher(folded);
        if (!m.find()) {
            return null;
        }
        if (m.group(1) != null) {
            return new PeriodHint(Integer.parseInt(m.group(1)), 12, true);
        }
        PeriodHint hint = PeriodText.find(folded.substring(0, Math.min(folded.length(), 12)));
        if (hint.endMonth() == null) {
            return null;
        }
        return hint.year() == null ? hint.withYear(planYear) : hint;
    }

    private static PeriodHint fallbackPeriod(String folded, int planYear) {
        PeriodHint hint = PeriodText.find(folded);
        if (hint.endMonth() != null) {
            return hint.year() == null ? hint.withYear(planYear) : hint;
        }
        return new PeriodHint(planYear, 12, true);
    }

    /** Whether the documents name a year at all (2022年): when not, the caller knows the plan year better. */
    public static boolean namesAYear(List<SourceDocument> documents) {
        return documents.stream().anyMatch(d -> YEAR.matcher(Fold.fold(d.text())).find());
    }

    /** The year the documents name most often; this year when they name none. */
    static int planYear(List<SourceDocument> documents) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (SourceDocument d : documents) {
            Matcher m = YEAR.matcher(Fold.fold(d.text()));
            while (m.find()) {
                counts.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(java.time.Year.now().getValue());
    }

    /** Same name (as the targets import compares names), same figure: one proposal, the first, with what the others add. */
    static List<ProposedTarget> dedupe(List<ProposedTarget> targets) {
        Map<String, ProposedTarget> kept = new LinkedHashMap<>();
        for (ProposedTarget t : targets) {
            var n = NameNormalizer.normalize(t.name());
            String key = n.key() + "|" + n.growth() + "|" + t.kind() + "|" + t.value() + "|" + t.deadline();
            ProposedTarget first = kept.get(key);
            if (first == null) {
                kept.put(key, t);
            } else if (first.stretch() == null && t.stretch() != null) {
                kept.put(key, first.withStretch(t.stretch()));
            } else if (first.qualifier() == com.targetmonitor.model.Qualifier.NONE
                    && !Objects.equals(first.qualifier(), t.qualifier())) {
                kept.put(key, first.withQualifier(t.qualifier()));
            }
        }
        return new ArrayList<>(kept.values());
    }
}
