package com.targetmonitor.logic.report;

import com.targetmonitor.logic.status.PlanStatus;
import com.targetmonitor.logic.status.StandingRow;
import com.targetmonitor.model.Direction;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.GapBasis;
import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Qualifier;
import com.targetmonitor.model.Standing;
import com.targetmonitor.model.Status;
import com.targetmonitor.model.Target;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the 通报 text of a plan's standing the way officers write it: one sentence per indicator,
 * grouped by standing (已完成, 超(达)进度, 欠进度, 达到目标, 未达目标, milestones, monitored figures,
 * no data), in the plan's order within each group.
 *
 * <ul>
 *   <li>Amounts: "1-6月，城镇新增就业5732人，完成年度目标的60.34%，超时序进度10.34个百分点。"</li>
 *   <li>An amount measured in "%" is itself a completion rate of the year's plan (the seed's
 *       重点项目年度计划投资: target 100, actual 37.3), so it is written as a 完成率:
 *       "1-6月，重点项目年度计划投资完成率37.3%，低于时序进度12.7个百分点。" When its target is not
 *       100 the completion of that target follows.</li>
 *   <li>Growth rates: "上半年，地区生产总值增长11.7%，高于年度目标3.7个百分点。" (增长/下降 by sign;
 *       the subject drops a trailing 增速/增长率/增幅).</li>
 *   <li>Levels: "1-6月，不动产总体发证率87.16%，低于年度目标2.84个百分点。"</li>
 * </ul>
 * The period is the judged figure's own (上半年 for GDP, 1-6月 for monthly figures). Numbers follow
 * {@link ReportNumbers}: stored values as stored, computed ones at the plan's rounding without
 * trailing zeros. The sentence patterns themselves live in {@link BulletinPhrases}.
 */
public final class BulletinWriter {

    /** The order of the groups in the text. */
    static final List<Status> ORDER = List.of(Status.COMPLETED, Status.AHEAD, Status.BEHIND, Status.MET,
            Status.MISSED, Status.DONE, Status.OVERDUE, Status.PENDING, Status.NO_TARGET, Status.NO_DATA);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    // A name that already says which way it moves (单位GDP能耗下降, 降幅) loses that word too: the sentence
    // adds 增长/下降 from the sign, and "…下降下降8.1%" is what keeping it printed. Longer suffixes first.
    private static final List<String> GROWTH_SUFFIXES =
            List.of("增长率", "下降率", "增速", "增幅", "降幅", "增长", "下降", "降低");

    /** The non-empty groups, in {@link #ORDER}. */
    public List<BulletinSection> write(PlanStatus status) {
        int month = status.asOf().monthWithin(status.plan().year());
        Map<Status, List<String>> sentences = new EnumMap<>(Status.class);
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        List<String> noData = new ArrayList<>();
        for (StandingRow row : status.rows()) {
            Standing s = row.standing();
            counts.merge(s.status(), 1, Integer::sum);
            if (s.status() == Status.NO_DATA) {
                noData.add(s.indicator().name());
            } else {
                sentences.computeIfAbsent(s.status(), k -> new ArrayList<>()).add(sentence(s, month));
            }
        }
        if (!noData.isEmpty()) {
            sentences.put(Status.NO_DATA, List.of(BulletinPhrases.noData(noData)));
        }
        List<BulletinSection> sections = new ArrayList<>();
        for (Status group : ORDER) {
            if (counts.containsKey(group)) {
                sections.add(new BulletinSection(group, ReportLabels.groupHeading(group), counts.get(group),
                        sentences.get(group)));
            }
        }
        return sections;
    }

    /**
     * The sentence for one indicator.
     *
     * @param month the as-of month within the plan's year (a completed amount before December is
     *              "提前完成")
     */
    public String sentence(Standing s, int month) {
        Indicator indicator = s.indicator();
        return switch (indicator.kind()) {
            case MILESTONE -> milestone(s);
            case AMOUNT, COUNT -> progressive(s, month);
            case GROWTH_RATE, LEVEL -> rate(s);
        };
    }

    private String progressive(Standing s, int month) {
        Indicator indicator = s.indicator();
        Target target = indicator.target();
        boolean rateOfPlan = "%".equals(indicator.unitOfMeasure());
        List<String> clauses = new ArrayList<>();
        clauses.add(lead(s) + (rateOfPlan
                ? BulletinPhrases.rateOfPlan(indicator.name(), ReportNumbers.stored(s.actual()))
                : BulletinPhrases.amount(indicator.name(), ReportNumbers.stored(s.actual()), indicator.unitOfMeasure())));
        Double yoy = s.observation() == null ? null : s.observation().yoyGrowth();
        if (yoy != null) {
            clauses.add(BulletinPhrases.yoy(Double.compare(yoy, 0), ReportNumbers.storedAbs(yoy)));
        }
        BigDecimal completion = s.completionPct();
        if (completion == null) {
            return BulletinPhrases.sentence(clauses);
        }
        boolean ceiling = isCeiling(target);
        if (ceiling) {
            clauses.add(BulletinPhrases.shareOfCeiling(ReportNumbers.plain(completion)));
        } else if (!rateOfPlan || !isHundred(target.value())) {
            clauses.add(BulletinPhrases.completionOfTarget(ReportNumbers.plain(completion)));
        }
        if (ceiling && completion.compareTo(HUNDRED) > 0) {
            clauses.add(BulletinPhrases.ceilingBroken());
        } else if (s.status() == Status.COMPLETED) {
            clauses.add(BulletinPhrases.completed(month < 12, completion.compareTo(HUNDRED) > 0));
        } else if (ceiling) {
            clauses.add(BulletinPhrases.againstTimeProgressOfCeiling(s.gapPts().signum(),
                    ReportNumbers.plainAbs(s.gapPts())));
        } else {
            clauses.add(BulletinPhrases.againstTimeProgress(s.gapPts().signum(), ReportNumbers.plainAbs(s.gapPts())));
        }
        return BulletinPhrases.sentence(clauses);
    }

    private String rate(Standing s) {
        Indicator indicator = s.indicator();
        boolean growth = indicator.kind() == IndicatorKind.GROWTH_RATE;
        String unit = growth ? "%" : indicator.unitOfMeasure();
        List<String> clauses = new ArrayList<>();
        clauses.add(lead(s) + (growth
                ? BulletinPhrases.growth(growthSubject(indicator.name()), Double.compare(s.actual(), 0),
                        ReportNumbers.storedAbs(s.actual()))
                : BulletinPhrases.level(indicator.name(), ReportNumbers.stored(s.actual()), unit)));
        BigDecimal deviation = s.deviationPts();
        if (deviation != null) {
            String magnitude = ReportNumbers.plainAbs(deviation);
            clauses.add(switch (GapBasis.of(s)) {
                case DECLINE -> BulletinPhrases.againstDecline(deviation.signum(), magnitude);
                case CEILING -> BulletinPhrases.againstCeiling(deviation.signum(), magnitude, unit);
                default -> BulletinPhrases.againstTarget(deviation.signum(), magnitude, unit);
            });
        }
        return BulletinPhrases.sentence(clauses);
    }

    private static String milestone(Standing s) {
        Indicator indicator = s.indicator();
        List<String> clauses = new ArrayList<>();
        clauses.add(indicator.name());
        if (indicator.target().deadline() != null) {
            clauses.add(BulletinPhrases.deadline(indicator.target().deadline()));
        }
        clauses.add(switch (s.status()) {
            case DONE -> BulletinPhrases.milestoneDone();
            case OVERDUE -> BulletinPhrases.milestoneOverdue();
            default -> BulletinPhrases.milestonePending();
        });
        return BulletinPhrases.sentence(clauses);
    }

    private static String lead(Standing s) {
        return s.observation() == null ? "" : BulletinPhrases.lead(s.observation().period().label());
    }

    /** "地区生产总值增速" → "地区生产总值", so the sentence reads "地区生产总值增长11.7%". */
    static String growthSubject(String name) {
        for (String suffix : GROWTH_SUFFIXES) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    /** The status maths treats 以内 and lower-is-better targets as ceilings; so does the text. */
    private static boolean isCeiling(Target target) {
        return target.qualifier() == Qualifier.AT_MOST || target.direction() == Direction.LOWER_BETTER;
    }

    private static boolean isHundred(Double value) {
        return value != null && BigDecimal.valueOf(value).compareTo(HUNDRED) == 0;
    }
}
