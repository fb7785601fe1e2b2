package com.targetmonitor.logic.extract;

import com.targetmonitor.logic.excel.text.ParsedTarget;
import com.targetmonitor.logic.excel.text.TargetTextParser;
import com.targetmonitor.model.Direction;
import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Qualifier;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grammar of a sentence that sets targets. In each clause, a target is
 * <pre>
 *   [subject] [verb] figure [qualifier]          "今年地区生产总值增长7%" "全年新增规上企业20户以上"
 *   verb: 增长 增速达到 达到 达 突破 保持在 控制在 下降 净增 新增 完成 …   qualifier: 以上 左右 以内 以下
 *   figure: number unit ("60亿元"), a range ("5~8条" → 5, 力争 8), "约170个" + object
 * </pre>
 * and it counts only where the figure ends the clause (or a list of figures): a figure that qualifies a
 * noun ("62户规上企业", "500万元以上的项目") is part of a name, not a target. Further rules:
 * <ul>
 *   <li>"确保8%、力争10%": a 力争 figure without a subject of its own is the stretch of the one before;</li>
 *   <li>"分别": "城乡居民人均可支配收入分别增长5.5%和6%" gives 城镇… and 农村…; "钢、铝2条产业链分别到位资金
 *       10亿元" gives one target per subject; "A、B、C、D 4个产业链…产值分别达到65、80、40、65亿元以上"
 *       pairs the listed subjects with the figures (a trailing qualifier holds for all);</li>
 *   <li>a figure whose subject is left out ("…60亿元以上，增速达到20%以上") takes the subject before it;</li>
 *   <li>a date (3月底前, 上半年, 年底前, 年内, 今年, 8月初) with a verb of completion (建成, 完成, 形成,
 *       纳入, 开工, 投产 …) and no target figure is a milestone due then;</li>
 *   <li>goals beyond the year ("通过5年努力", "到2025年", "十四五") are not this year's targets;</li>
 *   <li>a clause that sets a target in words only ("与经济增长同步", "完成省下达目标") is a statement: no
 *       number is invented.</li>
 * </ul>
 * Kind, value, qualifier and direction of each figure come from {@link TargetTextParser}, the reader of
 * targets tables, so a document and a table agree on what "下降3%" or "突破1000亿元" means.
 */
final class TargetGrammar {

    private static final Pattern MULTI_YEAR = Pattern.compile("通过\\d+(?:到\\d+)?年|\\d+(?:—|-|到|至)\\d+年|今后|十四五|"
            + "\\d+年内|到(20\\d\\d)年|(20\\d\\d)年(?:前|底前|末)");
    private static final Pattern DATE = Pattern.compile("(?:(20\\d\\d)年)?(\\d{1,2})月(底|末|中旬|上旬|下旬|初|份)?(?:前|以前|之前)?"
            + "|[一二三四1-4]季度(?:末|底)?(?:前)?|上半年|年底前|年底|年末|年内|今年内|今年|当年|年中");
    private static final Pattern DONE = Pattern.compile("建成|完成|形成|纳入|开工|投产|投运|运营|开园|开业|通车|竣工|上线|出台|"
            + "启动|挂牌|揭牌|验收|并网|落地|实现|创建|创成|搬迁|交付|制定|编制|印发");
    private static final Pattern STATEMENT = Pattern.compile("与.{1,10}同步|基本同步|(?:省|市|上级)下达的?.{0,8}?(?:目标|任务|计划)"
            + "|高于全(?:省|国)(?:平均)?水平?|平均水平|合理增长|合理区间|稳步增长|稳定增长|持续增长|稳中有升|只增不减"
            + "|不低于上年|好于上年|控制在.{0,6}以内(?![\\d])|保持稳定");
    private static final Pattern STRETCH_WORD = Pattern.compile("^(?:[、,和及与]|并)?(?:力争|争取|努力)(?:达到|实现|突破|增长|达)?");
    private static final Pattern OBJECT_AFTER = Pattern.compile("^[\\u4e00-\\u9fa5“”\\w]{1,12}$");
    private static final Pattern HEADS = Pattern.compile("(\\d+)(?:条|个|家|项)((?:[千百十]亿级?|[千百十]亿元级?)?)([\\u4e00-\\u9fa5]{1,6})$");

    private static final Pattern LEVEL_WORDS = Pattern.compile("浓度|指数|覆盖率|普及率");

    private final int year;

    TargetGrammar(int year) {
        this.year = year;
    }

    void read(Sentence sentence, String folded, List<ProposedTarget> targets, List<Statement> statements) {
        String sentenceLead = IndicatorNames.lead(folded);
        List<String> clauses = Clauses.split(folded);
        List<ProposedTarget> mine = new ArrayList<>();
        String previousBase = "";
        for (int c = 0; c < clauses.size(); c++) {
            String clause = clauses.get(c);
            String clauseLead = IndicatorNames.lead(clause);
            String lead = clauseLead.isEmpty() ? sentenceLead : clauseLead;
            if (!clauseLead.isEmpty()) {
                clause = IndicatorNames.dropLead(clause, clauseLead);
            }
            if (MULTI_YEAR.matcher(clause).find() && !multiYearIsThisYear(clause)) {
                continue;
            }
            List<Figure> figures = FigureScanner.scan(clause).stream().filter(f -> !f.points()).toList();
            List<Figure> terminal = terminal(clause, figures);
            if (terminal.isEmpty()) {
                milestone(sentence, clause, lead).ifPresent(mine::add);
                Matcher st = STATEMENT.matcher(clause);
                if (figures.isEmpty() && st.find() && (SentenceMode.setsTargets(folded)
                        || st.group().matches(".*(?:同步|下达|水平).*"))) {
                    String base = IndicatorNames.subject(clause.substring(0, st.start())).base();
                    statements.add(new Statement(base.isEmpty() ? previousBase : base, st.group(), sentence));
                }
                continue;
            }
            int regionStart = 0;
            for (int i = 0; i < terminal.size(); i++) {
                Figure f = terminal.get(i);
                String region = clause.substring(Math.min(regionStart, f.start()), f.start());
                regionStart = f.end();
                if (region.endsWith("的") && !region.matches(".*(?:做好|完成|实现|引进|落实)$")) {
                    continue;
                }
                Matcher stretch = STRETCH_WORD.matcher(region);
                if (stretch.find() && stretch.end() == region.length() && !mine.isEmpty()) {
                    ProposedTarget last = mine.remove(mine.size() - 1);
                    mine.add(last.withStretch(last.value() != null && last.value() < 0 ? -f.value() : f.value()));
                    continue;
                }
                if (region.contains("分别") || i > 0 && region.matches("[、和及与]?") && !mine.isEmpty()
                        && terminal.get(i - 1).end() == f.start() - region.length()) {
                    int n = listLength(clause, terminal, i);
                    List<Figure> group = region.contains("分别") ? terminal.subList(i, i + n) : List.of(f);
                    if (region.contains("分别")) {
                        List<ProposedTarget> listed = respectively(sentence, clauses, c, region, group, lead);
                        if (!listed.isEmpty()) {
                            mine.addAll(listed);
                            i += n - 1;
                            regionStart = terminal.get(i).end();
                            previousBase = "";
                            continue;
                        }
                    }
                }
                String after = clause.substring(f.end());
                String subjectText = region;
                if (after.startsWith("的") && region.matches(".*(?:做好|完成|实现|引进|落实)$")
                        || region.endsWith("的") || !after.isEmpty() && OBJECT_AFTER.matcher(after).matches()
                        && f.text().startsWith("约")) {
                    subjectText = after.startsWith("的") ? after.substring(1) : after;
                }
                IndicatorNames.Subject subject = IndicatorNames.subject(subjectText);
                if (subjectText != region) {
                    subject = new IndicatorNames.Subject(subject.base(), false, false,
                            IndicatorNames.subject(region).verbs());
                }
                String base = subject.base();
                if (base.isEmpty()) {
                    base = previousBase;
                }
                if (base.isEmpty()) {
                    continue;
                }
                base = IndicatorNames.completeGeneric(base, String.join(",", clauses.subList(0, c)));
                if (!lead.isEmpty() && IndicatorNames.isTerritory(lead) && !base.startsWith(lead)) {
                    base = lead + base;
                }
                previousBase = base;
                mine.add(target(sentence, IndicatorNames.name(base, subject.growth() && f.percent(),
                        subject.decline(), subject.verbs()), subject.verbs(), f, lead));
            }
        }
        targets.addAll(mine);
    }

    /** "5~8条" read as 5 with stretch 8, through the targets-table reader. */
    private ProposedTarget target(Sentence sentence, String name, String verbs, Figure f, String lead) {
        String phrase = verbs.replaceAll("分别|均|要|将|确保|力争|争取", "") + f.text();
        if (f.upper() != null) {
            phrase = phrase.replace(f.text(), f.text().replaceAll("(?:~|-|—|–|至|到)\\d+(?:\\.\\d+)?", ""));
        }
        ParsedTarget parsed = TargetTextParser.parse(phrase, f.unit(), name, year);
        Double value = parsed.value() == null ? f.value() : parsed.value();
        IndicatorKind kind = parsed.kind() == IndicatorKind.MILESTONE ? IndicatorKind.AMOUNT : parsed.kind();
        if (!f.percent() && kind == IndicatorKind.GROWTH_RATE) {
            kind = IndicatorKind.AMOUNT;
        }
        if (kind == IndicatorKind.GROWTH_RATE && LEVEL_WORDS.matcher(name).find() && !name.matches(".*(?:增长|下降|涨幅)$")) {
            kind = IndicatorKind.LEVEL;
        }
        Direction direction = parsed.direction();
        if (Directions.lowerIsBetter(name)) {
            direction = Direction.LOWER_BETTER;
        }
        Qualifier qualifier = parsed.qualifier();
        if (qualifier == Qualifier.AT_LEAST && verbs.endsWith("达到") && f.suffix().isEmpty()) {
            // "增速要达到12%" sets 12%, not "12% or more": 以上 must be written.
            qualifier = Qualifier.NONE;
        }
        Double stretch = f.upper() != null ? f.upper() : parsed.stretch();
        return new ProposedTarget(name, kind, value, parsed.unit().isEmpty() ? f.unit() : parsed.unit(), qualifier,
                direction, stretch, null, lead, sentence);
    }

    /** The figures that end their clause, or end a list of figures ("65亿元、80亿元…以上"), or are counted objects. */
    private static List<Figure> terminal(String clause, List<Figure> figures) {
        List<Figure> out = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            String after = clause.substring(f.end());
            boolean last = after.isEmpty() || after.matches("(?:的?目标|的?水平|大关)?") && !after.equals("大关");
            boolean listed = after.matches("^[、和及与或].*") && i + 1 < figures.size()
                    && clause.substring(f.end(), figures.get(i + 1).start()).matches("[、和及与或]|[、和及与或]?(?:力争|争取|努力)"
                    + "(?:达到|实现|突破|增长|达)?");
            boolean listEnd = after.matches("^[、].*");
            boolean nextTarget = i + 1 < figures.size() && after.matches("^[、;；].*")
                    && figures.get(i + 1).start() - f.end() <= 24
                    && !clause.substring(f.end(), figures.get(i + 1).start()).contains("的");
            boolean counted = f.text().startsWith("约") && OBJECT_AFTER.matcher(after).matches();
            boolean objectOfVerb = after.startsWith("的") && clause.substring(0, f.start()).matches(".*(?:做好|完成|实现|引进|落实)$");
            if (last || listed || nextTarget || counted || objectOfVerb || listEnd && !after.matches("^、\\d.*") && i == figures.size() - 1
                    && clause.substring(0, f.start()).matches(".*(?:达到|增长|突破|实现|完成|达)$")) {
                out.add(f);
            }
        }
        return out;
    }

    private static int listLength(String clause, List<Figure> figures, int from) {
        int n = 1;
        while (from + n < figures.size()
                && clause.substring(figures.get(from + n - 1).end(), figures.get(from + n).start()).matches("[、和及与或]")) {
            n++;
        }
        return n;
    }

    /** "分别": pairs the subjects listed before with the figures listed after. */
    private List<ProposedTarget> respectively(Sentence sentence, List<String> clauses, int c, String region,
                                              List<Figure> group, String lead) {
        int at = region.indexOf("分别");
        String before = region.substring(0, at);
        IndicatorNames.Subject measure = IndicatorNames.subject(region.substring(at + 2));
        List<String> subjects = subjects(before);
        String measureBase = measure.base();
        if (subjects.size() <= 1) {
            String only = subjects.isEmpty() ? "" : subjects.get(0);
            if (only.startsWith("城乡居民") && group.size() == 2) {
                String rest = only.substring(4);
                subjects = List.of("城镇居民" + rest, "农村居民" + rest);
            } else {
                List<String> listed = listBefore(clauses, c, group.size());
                if (listed.isEmpty()) {
                    return List.of();
                }
                measureBase = only + measureBase;
                subjects = listed;
            }
        }
        List<ProposedTarget> out = new ArrayList<>();
        String suffix = group.get(group.size() - 1).suffix();
        for (int k = 0; k < subjects.size(); k++) {
            Figure f = group.size() == subjects.size() ? group.get(k) : group.size() == 1 ? group.get(0) : null;
            if (f == null) {
                return List.of();
            }
            if (f.suffix().isEmpty() && !suffix.isEmpty()) {
                f = new Figure(f.start(), f.number(), f.end(), f.value(), f.upper(), f.unit(), suffix, f.text() + suffix);
            }
            String base = IndicatorNames.normalise(subjects.get(k) + measureBase);
            String name = IndicatorNames.name(base, measure.growth() && f.percent(), measure.decline());
            out.add(target(sentence, name, measure.verbs(), f, lead));
        }
        return out;
    }

    /** "本外币存款、贷款余额" → 本外币存款余额, 贷款余额; "钢、铝2条千亿级产业链" → 钢产业链, 铝产业链. */
    static List<String> subjects(String before) {
        String s = IndicatorNames.subject(before).base();
        if (s.isEmpty()) {
            return List.of();
        }
        String head = "";
        Matcher h = HEADS.matcher(s);
        if (h.find()) {
            head = h.group(3);
            s = s.substring(0, h.start());
        }
        String[] parts = s.split("[、和及与]");
        List<String> out = new ArrayList<>();
        String lastPart = parts[parts.length - 1];
        String shared = lastPart.matches(".+(?:余额|总量|产量|收入|产值|人数|面积|增加值|总额)$")
                ? lastPart.replaceAll("^.*?(余额|总量|产量|收入|产值|人数|面积|增加值|总额)$", "$1") : "";
        for (String p : parts) {
            if (p.isEmpty()) {
                continue;
            }
            if (p.length() <= 2 && parts.length > 1 && lastPart.length() > 4 && p != lastPart) {
                // "城镇和农村居民人均可支配收入": the short first part shares the rest of the last.
                p = p + lastPart.substring(2);
            }
            String name = p + head;
            if (!shared.isEmpty() && !name.endsWith(shared) && parts.length > 1 && !name.matches(".*[量额值数率入]$")) {
                name = name + shared;
            }
            out.add(name);
        }
        return out;
    }

    /** "协同推进打造数字经济、化工循环、资源综合利用、高品质菜草蓄4个百亿产业链" before a "分别" clause. */
    private static List<String> listBefore(List<String> clauses, int c, int n) {
        for (int k = c - 1; k >= 0 && k >= c - 2; k--) {
            Matcher h = HEADS.matcher(clauses.get(k));
            if (h.find() && Integer.parseInt(h.group(1)) == n) {
                List<String> subjects = subjects(clauses.get(k).replaceFirst("^.*(?:打造|培育|发展|建设|推进)", ""));
                if (subjects.size() == n) {
                    return subjects;
                }
            }
        }
        return List.of();
    }

    /** A dated task: "在3月底前建成…12个项目", "兰张三四线金昌段年内早日开工", "今年建成…". */
    private java.util.Optional<ProposedTarget> milestone(Sentence sentence, String clause, String lead) {
        Matcher d = DATE.matcher(clause);
        while (d.find()) {
            String rest = clause.substring(d.end());
            String task = rest.replaceFirst("^(?:早日|全面|基本|如期|按期|将|要|把|力争|确保)+", "");
            Matcher done = DONE.matcher(task);
            if (rest.startsWith("就") || !done.find() || done.start() > 14) {
                continue;
            }
            String before = IndicatorNames.task(clause.substring(0, d.start()));
            String after = rest.replaceFirst("^(?:早日|全面|基本|如期|按期|将|就|要|实现)+", "")
                    .replaceFirst("^将", "");
            String object = before.isEmpty() ? after : before + after.replaceFirst("^(?:早日|全面)", "");
            if (object.length() < 3) {
                continue;
            }
            java.time.LocalDate due = Deadlines.of(d.group(), year);
            if (due == null) {
                continue;
            }
            return java.util.Optional.of(new ProposedTarget(object, IndicatorKind.MILESTONE, null, "", Qualifier.NONE,
                    Direction.HIGHER_BETTER, null, due, lead, sentence));
        }
        return java.util.Optional.empty();
    }

    /** "到2022年底" in a plan for 2022 is this year. */
    private boolean multiYearIsThisYear(String clause) {
        Matcher m = Pattern.compile("(20\\d\\d)年").matcher(clause);
        return m.find() && Integer.parseInt(m.group(1)) == year && !clause.matches(".*(?:通过\\d|今后|十四五|\\d年内).*");
    }
}
