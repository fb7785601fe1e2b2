package com.targetmonitor.logic.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the words before a figure into the indicator's name the way planners write it. The words that
 * set the target (确保, 力争, 今年, 要…达到) are peeled off both ends; short forms are written out
 * (经济增长 → 地区生产总值增长, 规上 → 规模以上, 一产 → 第一产业增加值, 固投 → 固定资产投资,
 * 城镇新增就业人数 / 新增城镇就业 → 城镇新增就业); a growth target is named "…增长", a decline "…下降".
 */
final class IndicatorNames {

    /** Words before the subject: time, resolve, the speaker's verbs. */
    static final Pattern LEADING = Pattern.compile("^(?:[、,，和及与并且而或:：]|其中|同时|此外|今年|全年|年内|当年|明年|"
            + "到年底|年底前|年底|到20\\d\\d年|20\\d\\d年|确保|力争|争取|努力|要|将|再|进一步|全市|全区|全县|全州|全省|我市|我区|我县|"
            + "主要预期目标是|预期目标是|主要目标是|目标是|预计|推动|促进|力促|使|让|把|在|是|的|实现|督促|推进|做好|抓好|加快|"
            + "全力|大力|积极|统筹|着力|持续|牵头|负责|推动|稳步|力求|保持|上半年|下半年|一季度|前三季度|今年以来|截至目前|截至\\d+月底?|"
            + "1-\\d{1,2}月|\\d+月|底前|以上|分别|均|共|总计|累计|合计|一是|二是|三是|四是|五是|六是|七是|八是|九是|十是|"
            + "[●◆■▲•★☆◇□○·▪]|\\d+(?:\\.\\d+)?(?:户|家|个|项|条|名|所|座|批))+");
    /** The verb between the subject and the figure, peeled off from the end (several may stack). */
    private static final Pattern VERB_END = Pattern.compile("(?:要|将|力争|确保|争取|预计|努力|分别|始终|一直|已经|已|均|同比|比上年|较上年|"
            + "达到|达至|达|实现|保持在|保持|稳定在|控制在|突破|超过|增长|增速|增幅|下降|降低|减少|回落|提高|提升|净增|"
            + "完成|为|在|是|到|至|累计|共|总计|约|近|不低于|不少于|不超过|不高于)$");
    private static final Pattern GROWTH = Pattern.compile("增长|增速|增幅|增长率|提高|提升|涨幅");
    private static final Pattern DECLINE = Pattern.compile("下降|降低|减少|回落");
    private static final Pattern LEAD = Pattern.compile("^(.{2,14}?(?:局|委|办|厅|部门|园区|开发区|经开区|县|区|旗|市|公司|集团|"
            + "中心|管委会|产业链|链))(?:要|负责|牵头|需|必须)");
    private static final Map<String, String> WHOLE = new LinkedHashMap<>();
    private static final Map<String, String> PARTS = new LinkedHashMap<>();

    static {
        WHOLE.put("经济", "地区生产总值");
        WHOLE.put("GDP", "地区生产总值");
        WHOLE.put("生产总值", "地区生产总值");
        WHOLE.put("全市生产总值", "地区生产总值");
        WHOLE.put("一产", "第一产业增加值");
        WHOLE.put("二产", "第二产业增加值");
        WHOLE.put("三产", "第三产业增加值");
        WHOLE.put("第一产业", "第一产业增加值");
        WHOLE.put("第二产业", "第二产业增加值");
        WHOLE.put("第三产业", "第三产业增加值");
        WHOLE.put("一产增加值", "第一产业增加值");
        WHOLE.put("二产增加值", "第二产业增加值");
        WHOLE.put("三产增加值", "第三产业增加值");
        WHOLE.put("社零", "社会消费品零售总额");
        WHOLE.put("社零额", "社会消费品零售总额");
        WHOLE.put("社会消费品零售额", "社会消费品零售总额");
        WHOLE.put("固投", "固定资产投资");
        WHOLE.put("CPI", "居民消费价格");
        WHOLE.put("城镇新增就业人数", "城镇新增就业");
        WHOLE.put("新增城镇就业", "城镇新增就业");
        WHOLE.put("新增城镇就业人数", "城镇新增就业");
        WHOLE.put("城镇新增就业人口", "城镇新增就业");
        PARTS.put("规上", "规模以上");
        PARTS.put("工业固投", "工业固定资产投资");
        PARTS.put("GDP", "地区生产总值");
    }

    private IndicatorNames() {
    }

    /** What the words before a figure say about it. */
    record Subject(String base, boolean growth, boolean decline, String verbs) {
        boolean isEmpty() {
            return base.isEmpty();
        }
    }

    static Subject subject(String region) {
        String s = stripEnclosingMarks(region);
        StringBuilder verbs = new StringBuilder();
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            changed = false;
            Matcher m = VERB_END.matcher(s);
            if (m.find()) {
                verbs.insert(0, m.group());
                s = s.substring(0, m.start());
                changed = true;
            }
            Matcher l = LEADING.matcher(s);
            if (l.find() && l.end() > 0) {
                s = s.substring(l.end());
                changed = true;
            }
        }
        String v = verbs.toString();
        boolean growth = GROWTH.matcher(v).find() || s.endsWith("增速") || s.endsWith("增幅") || s.endsWith("增长率");
        boolean decline = DECLINE.matcher(v).find();
        s = s.replaceAll("(?:增速|增幅|增长率|增长)$", "");
        int etc = s.lastIndexOf('等');
        if (etc >= 0 && s.length() - etc > 2 && s.indexOf('、') >= 0) {
            s = s.substring(etc + 1);
        }
        if (s.matches("(?:建成|完成)[\\u4e00-\\u9fa5]{3,}")) {
            s = s.substring(2);
        }
        return new Subject(normalise(s), growth, decline, v);
    }

    private static final Pattern GENERIC = Pattern.compile("^(?:产值|增加值|投资|规模|数量|总量|产量|到位资金|营业收入|收入|"
            + "新认定|新增|引进|入库|总产值)$");
    private static final Pattern OBJECT = Pattern.compile("([\\u4e00-\\u9fa5]{2,16}?(?:产业链|产业集群|企业|园区))");

    /** A name that says only the measure ("产值") takes the thing an earlier clause named ("有色金属新材料千亿产业链"). */
    static String completeGeneric(String base, String earlier) {
        if (!GENERIC.matcher(base).matches()) {
            return base;
        }
        if (base.equals("到位资金") && earlier.contains("招商")) {
            return "招商引资到位资金";
        }
        Matcher m = OBJECT.matcher(earlier.replaceAll("打造|培育|发展|实施|推进|加强|建设|提升|坚定不移|旗帜鲜明|协同|招引", ","));
        String found = null;
        while (m.find()) {
            found = m.group(1);
        }
        if (found == null) {
            return base;
        }
        found = found.replaceAll("[千百十]亿级?", "").replaceFirst("^.*[等、]", "");
        return found.length() < 2 ? base : normalise(found + base);
    }

    /** A task as written: "在3月底前建成…" keeps its verb and object, without the words of resolve. */
    static String task(String words) {
        return words.replaceFirst("^(?:[、,，]|确保|力争|争取|努力|要|将|在|今年|全年|并|同时|进一步|加快)+", "");
    }

    /** The name a target or figure of this subject gets: "地区生产总值增长", "单位地区生产总值能耗下降". */
    static String name(String base, boolean growth, boolean decline) {
        return name(base, growth, decline, "");
    }

    /** "存款余额净增150亿元" names the increase, not the balance. */
    static String name(String base, boolean growth, boolean decline, String verbs) {
        if (verbs.contains("净增") && !base.endsWith("净增")) {
            return base + "净增";
        }
        if (decline) {
            return base + "下降";
        }
        if (growth && !base.endsWith("涨幅") && !base.endsWith("增长")) {
            return base + "增长";
        }
        return base;
    }

    static String normalise(String raw) {
        String s = raw.matches("^[“\"].*[”\"]$") ? raw.substring(1, raw.length() - 1) : raw;
        if (WHOLE.containsKey(s)) {
            return WHOLE.get(s);
        }
        for (Map.Entry<String, String> e : PARTS.entrySet()) {
            if (s.contains(e.getKey()) && !s.contains(e.getValue())) {
                s = s.replace(e.getKey(), e.getValue());
            }
        }
        if (s.equals("到位资金") || s.endsWith("产业链到位资金")) {
            // Planners name the figure 招商引资到位资金, whoever speaks of it.
            s = s.substring(0, s.length() - 4) + "招商引资到位资金";
        }
        if (s.startsWith("全市") || s.startsWith("全区") || s.startsWith("全县")) {
            s = s.substring(2);
        }
        return WHOLE.getOrDefault(s, s);
    }

    /** The unit a sentence names as responsible: "工信局要督促…" → 工信局. */
    static String lead(String folded) {
        Matcher m = LEAD.matcher(folded.replaceFirst("^[●◆■▲•★\\s]+", ""));
        if (!m.find()) {
            return "";
        }
        String lead = m.group(1);
        // A sentence that starts with a time or a verb names no unit.
        return lead.matches(".*(?:今年|全年|上半年|确保|力争|我们|各级|各部门|相关|有关|全市|全区|加快|推进|坚持|深入).*") ? "" : lead;
    }

    /** The clause without its "工信局要" opening. */
    static String dropLead(String clause, String lead) {
        String rest = clause.substring(clause.indexOf(lead) + lead.length());
        return rest.replaceFirst("^(?:要|负责|牵头|需|必须)", "");
    }

    /** A county or district named as lead is the territory the figure is for: 永昌县地区生产总值. */
    static boolean isTerritory(String lead) {
        return lead.matches(".+(?:[县区旗]|园区|开发区)") && !lead.matches(".*(?:示范区|景区)");
    }

    private static String stripEnclosingMarks(String s) {
        return s.replaceAll("^[、,，;；:：]+|[、,，]+$", "");
    }
}
