package com.targetmonitor.logic.extract;

import com.targetmonitor.logic.excel.text.PeriodHint;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grammar of a sentence that reports results for a period, which gives proposed observations:
 * <pre>
 *   [subject] [verb] figure                       "城镇新增就业5732人" "地区生产总值…同比增长11.7%"
 *   完成任务的 / 完成年度目标的 / 占下达任务的 Z%     completion of the figure before
 *   X完成率Z%                                     completion of X ("年度计划投资完成率37.3%")
 *   (分别)高于 / 低于 年初计划 / 目标 B(、B…)个百分点   deviation of the growth figure(s) before, in order
 *   X增速(均)低于目标B个百分点                      a deviation without the figure itself
 *   超 / 低于 时序进度C个百分点                      completion ahead of or behind time progress
 * </pre>
 * The period is the one the sentence names (上半年, 1-6月, 一季度, 2023年) or the one in force since.
 */
final class ProgressGrammar {

    private static final Pattern COMPLETION_OF = Pattern.compile("(?:完成|占|为|达)(?:了)?(?:年度|全年|年初|下达|省下达|市下达)?"
            + "(?:的)?(?:任务|目标|计划|年度目标|年度任务|年度计划|投资计划|年度投资计划|全年目标|全年任务)的?$|^完成率$");
    private static final Pattern AGAINST_PLAN = Pattern.compile("(高于|超过|超出|快于|低于|落后于?|慢于)(?:年初计划|年度计划|"
            + "预期目标|年度目标|目标|计划|预期)");
    private static final Pattern AGAINST_TIME = Pattern.compile("(超|超过|快于|高于|低于|落后|慢于|滞后)(?:序时|时序)进度");

    private ProgressGrammar() {
    }

    static void read(Sentence sentence, String folded, PeriodHint period, int year, List<ProposedObservation> out) {
        int y = period.year() == null ? year : period.year();
        int month = period.endMonth() == null ? 12 : period.endMonth();
        List<ProposedObservation> mine = new ArrayList<>();
        String previousBase = "";
        List<String> group = new ArrayList<>();
        int nextInGroup = 0;
        boolean groupGrowth = false;
        for (String clause : Clauses.split(folded)) {
            List<Figure> figures = FigureScanner.scan(clause);
            int regionStart = 0;
            List<Figure> points = new ArrayList<>();
            String pointsRegion = "";
            for (Figure f : figures) {
                String region = clause.substring(Math.min(regionStart, f.start()), f.start());
                regionStart = f.end();
                if (f.points()) {
                    if (points.isEmpty()) {
                        pointsRegion = region;
                    }
                    points.add(f);
                    continue;
                }
                String bare = region.replaceAll("^[)）、,]+|^[(（]", "");
                if (COMPLETION_OF.matcher(bare).find() && f.percent()) {
                    if (!mine.isEmpty()) {
                        ProposedObservation last = mine.remove(mine.size() - 1);
                        mine.add(last.withCompletion(f.value()));
                    }
                    continue;
                }
                String after = clause.substring(f.end());
                if (!after.isEmpty() && !after.matches("^[、和及与(（].*") && !after.matches("^的?(?:目标|任务)?$")) {
                    continue;
                }
                region = region.replaceAll("^[)）]+", "");
                if (!f.suffix().isEmpty() || f.text().matches("^(?:约|近|超过|不低于|不少于).*")
                        || region.matches(".*(?:突破|超过|近|约)$")) {
                    // "突破100亿元", "完成70%以上": a bound, not the figure itself.
                    continue;
                }
                IndicatorNames.Subject subject = IndicatorNames.subject(region);
                String base = subject.base();
                boolean growth = subject.growth() && f.percent();
                if (region.contains("分别")) {
                    group = respectiveSubjects(region.substring(0, region.indexOf("分别")));
                    nextInGroup = 0;
                    groupGrowth = subject.growth();
                }
                if (!group.isEmpty() && region.matches("[、和及与]")) {
                    growth = groupGrowth && f.percent();
                } else if (!group.isEmpty() && base.isEmpty()) {
                    groupGrowth = subject.growth();
                }
                if (!group.isEmpty() && (region.contains("分别") || region.matches("[、和及与]") || base.isEmpty())) {
                    if (base.isEmpty() && !region.matches("[、和及与]") && !region.contains("分别")) {
                        nextInGroup = 0;
                    }
                    base = nextInGroup < group.size() ? group.get(nextInGroup++) : "";
                } else if (!base.isEmpty()) {
                    group = List.of();
                }
                if (base.isEmpty()) {
                    base = previousBase;
                }
                if (base.isEmpty() || region.endsWith("的")) {
                    continue;
                }
                previousBase = base;
                double value = subject.decline() ? -f.value() : f.value();
                if (base.endsWith("完成率") && f.percent()) {
                    String of = base.substring(0, base.length() - 3);
                    mine.add(new ProposedObservation(of, y, month, period.quarter(), value, "%", false, value, null, null,
                            null, sentence));
                    continue;
                }
                if (growth && !mine.isEmpty() && mine.get(mine.size() - 1).name().equals(base)
                        && !mine.get(mine.size() - 1).growth()) {
                    ProposedObservation amount = mine.remove(mine.size() - 1);
                    mine.add(amount.withYoy(value));
                }
                mine.add(new ProposedObservation(IndicatorNames.name(base, growth, false), y, month, period.quarter(), value,
                        f.unit(), growth, null, null, null, null, sentence));
            }
            if (!points.isEmpty()) {
                applyPoints(clause, pointsRegion, points, sentence, y, month, period.quarter(), mine);
            }
        }
        out.addAll(mine);
    }

    /** "本外币存款、贷款余额分别…" → 本外币存款余额, 贷款余额; "城乡居民人均可支配收入分别…" → 城镇…, 农村…. */
    private static List<String> respectiveSubjects(String before) {
        List<String> subjects = TargetGrammar.subjects(before);
        if (subjects.size() == 1 && subjects.get(0).startsWith("城乡居民")) {
            String rest = subjects.get(0).substring(4);
            return List.of("城镇居民" + rest, "农村居民" + rest);
        }
        return subjects.size() > 1 ? subjects : List.of();
    }

    private static void applyPoints(String clause, String region, List<Figure> points, Sentence sentence, int y,
                                    int month, boolean quarterly, List<ProposedObservation> mine) {
        Matcher plan = AGAINST_PLAN.matcher(region);
        Matcher time = AGAINST_TIME.matcher(region);
        boolean isPlan = plan.find();
        boolean isTime = !isPlan && time.find();
        if (!isPlan && !isTime) {
            return;
        }
        String word = isPlan ? plan.group(1) : time.group(1);
        double sign = word.startsWith("低") || word.startsWith("落后") || word.startsWith("慢") || word.startsWith("滞后")
                ? -1 : 1;
        int at = isPlan ? plan.start() : time.start();
        String subjectText = region.substring(0, at);
        if (!IndicatorNames.subject(subjectText).isEmpty()) {
            // "固定资产投资增速低于目标4.3个百分点": the figure itself is not in the sentence.
            IndicatorNames.Subject s = IndicatorNames.subject(subjectText.replaceAll("均$", ""));
            for (String base : TargetGrammar.subjects(subjectText.replaceAll("均$", ""))) {
                String name = IndicatorNames.name(IndicatorNames.normalise(base), s.growth() || isPlan, false);
                ProposedObservation o = new ProposedObservation(name, y, month, quarterly, null, "%", true, null, null,
                        null, null, sentence);
                mine.add(isPlan ? o.withDeviation(sign * points.get(0).value()) : o.withAheadOfTime(sign * points.get(0).value()));
            }
            return;
        }
        List<Integer> targets = new ArrayList<>();
        for (int k = mine.size() - 1; k >= 0 && targets.size() < points.size(); k--) {
            ProposedObservation o = mine.get(k);
            if (isTime ? o.completion() != null || !o.growth() : o.growth()) {
                targets.add(0, k);
            }
        }
        for (int k = 0; k < targets.size(); k++) {
            int index = targets.get(k);
            double v = sign * points.get(points.size() == targets.size() ? k : 0).value();
            ProposedObservation o = mine.get(index);
            mine.set(index, isPlan ? o.withDeviation(v) : o.withAheadOfTime(v));
        }
    }
}
