package com.targetmonitor.logic.excel.text;

import com.targetmonitor.model.number.UnitConverter;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces names so that a statistics bureau's row name and a plan's indicator name compare equal
 * when they mean the same figure: "规模以上工业增加值增速（%）" and "规上工业增加值增长",
 * "GDP" and "地区生产总值", "全社会固定资产投资（不含农户）" and "固定资产投资".
 * Both sides go through the same steps, so a step only has to be consistent, not perfect.
 */
public final class NameNormalizer {

    private static final Pattern LEADING_MARKS = Pattern.compile(
            "^(?:其中[:]?|内[:]|注[:]|#|\\*|△|▲|※|☆|★|●|○|■|□|◆|-|—|·)+");
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:\\d{1,3}(?:\\.\\d{1,3})*[.、)]|\\(\\d{1,3}\\)|[一二三四五六七八九十]{1,3}[、.]"
                    + "|\\([一二三四五六七八九十]{1,3}\\)|[\\u2460-\\u2473])");
    private static final Pattern BRACKET = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern SCOPE = Pattern.compile(
            "^(?:不含|含|不包括|包括|剔除|扣除|按|口径|注|全口径|其中|现价|可比价|当年价|以上|规模以上)");
    private static final Pattern GROWTH_SUFFIX = Pattern.compile(
            "(?:比上年(?:同期)?|同比)?(?:增长率|增长速度|增长幅度|增长%|增长|增速|增幅|增减|下降率|下降|降低率|降低|变动)%?$"
                    + "|同比%?$");
    /** Short forms and synonyms, expanded before comparing (longest first where one contains another). */
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("规模以上", "规上"),
            Map.entry("gdp", "地区生产总值"),
            Map.entry("生产总值", "地区生产总值"),
            Map.entry("社零总额", "社会消费品零售总额"),
            Map.entry("社零额", "社会消费品零售总额"),
            Map.entry("社消零", "社会消费品零售总额"),
            Map.entry("固投", "固定资产投资"),
            Map.entry("一般预算收入", "一般公共预算收入"),
            Map.entry("进出口总额", "进出口总值"),
            Map.entry("外贸进出口", "进出口"),
            Map.entry("细颗粒物", "pm2.5"),
            Map.entry("可吸入颗粒物", "pm10"));
    /**
     * Measure words at the end that name how a figure is counted, not which figure: 城镇新增就业人数 is
     * 城镇新增就业, 营造林面积 is 营造林, 社会消费品零售总额 and 社会消费品零售 are one figure.
     */
    private static final Pattern MEASURE_WORD = Pattern.compile("(?:人数|人次数|面积|总额|数量|个数|户数|家数)$");
    /** A bracket holding a short form (GDP, PM2.5, CPI): the name outside already says it. */
    private static final Pattern SHORT_FORM = Pattern.compile("[A-Za-z][A-Za-z0-9.]{1,7}");
    /** Words that add nothing to which figure is meant (全社会 before 全市: longest first). */
    private static final String[] FILLER = {"全社会", "实现", "完成", "常住", "全市", "全区", "全县", "全年", "累计", "总计",
        "合计", "本年", "当年", "年度计划"};
    /** ASCII punctuation but % and +, and the Chinese marks; dropped from keys. */
    private static final String PUNCTUATION_CHARS = "!\"#$&'()*,-./:;<=>?@[\\]^_`{|}~“”‘’·・、，。；：！？《》〈〉「」『』【】〔〕";
    /** Last characters of the growth suffixes, to skip the suffix pattern for most names. */
    private static final String GROWTH_ENDINGS = "长率度幅速减降低动比%";

    /** Last characters of the measure words ($ also matches before a final line terminator, hence LINE_ENDS). */
    private static final String MEASURE_ENDINGS = "数积额量";
    private static final String LINE_ENDS = "\n\r\u0085\u2028\u2029";
    /** First characters a leading mark or numbering can start with (after folding and NFKC). */
    private static final String LEADING_STARTS = "其内注#*△▲※☆★●○■□◆-—·(0123456789一二三四五六七八九十";
    /** The first character of every short form and filler word. */
    private static final boolean[] WORD_STARTS = new boolean[Character.MAX_VALUE + 1];

    static {
        for (String key : SYNONYMS.keySet()) {
            WORD_STARTS[key.charAt(0)] = true;
        }
        for (String filler : FILLER) {
            WORD_STARTS[filler.charAt(0)] = true;
        }
    }

    private NameNormalizer() {
    }

    private static boolean containsAny(String s, boolean[] chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars[s.charAt(i)]) {
                return true;
            }
        }
        return false;
    }

    public static NormalizedName normalize(String raw) {
        if (raw == null) {
            return new NormalizedName("", false, "", "");
        }
        String s = fold(Normalizer.normalize(raw, Normalizer.Form.NFKC));
        s = stripLeading(s);
        String unit = "";
        String scope = "";
        if (s.indexOf('(') >= 0) {
            StringBuilder kept = new StringBuilder();
            Matcher m = BRACKET.matcher(s);
            int last = 0;
            while (m.find()) {
                kept.append(s, last, m.start());
                String inside = m.group(1);
                if (UnitConverter.isUnit(inside)) {
                    unit = UnitConverter.clean(inside);
                } else if (SCOPE.matcher(inside).find() || inside.isEmpty()) {
                    scope = inside;
                } else if (isGrowthNote(inside)) {
                    kept.append("增长");
                } else if (!(SHORT_FORM.matcher(inside).matches() && (m.start() > 0 || m.end() < s.length()))) {
                    // Dropped otherwise: in "地区生产总值(GDP)" the short form repeats the name outside.
                    kept.append(inside);
                }
                last = m.end();
            }
            kept.append(s.substring(last));
            s = kept.toString().replace("(", "").replace(")", "");
        }
        s = s.toLowerCase(Locale.ROOT);
        boolean growth = false;
        if (!s.isEmpty() && GROWTH_ENDINGS.indexOf(s.charAt(s.length() - 1)) >= 0) {
            Matcher g = GROWTH_SUFFIX.matcher(s);
            if (g.find() && g.start() > 0) {
                growth = true;
                s = s.substring(0, g.start());
            }
        }
        // Most rows of a large table name none of the short forms, fillers or measure words: one pass over
        // the characters decides that, instead of a search per word (a tenth of a 100,000-row import).
        if (containsAny(s, WORD_STARTS)) {
            s = expand(s);
            for (String filler : FILLER) {
                if (s.contains(filler)) {
                    s = s.replace(filler, "");
                }
            }
        }
        if (!s.isEmpty() && (MEASURE_ENDINGS.indexOf(s.charAt(s.length() - 1)) >= 0
                || LINE_ENDS.indexOf(s.charAt(s.length() - 1)) >= 0)) {
            s = MEASURE_WORD.matcher(s).replaceFirst("");
        }
        return new NormalizedName(dropPunctuation(s), growth, unit, scope);
    }

    /** Other brackets to round ones, whitespace (including the ideographic space) dropped. */
    private static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '【', '〔', '[', '［' -> b.append('(');
                case '】', '〕', ']', '］' -> b.append(')');
                // Zero-width characters pasted from web pages and documents are invisible: not part of a name.
                case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> { }
                default -> {
                    if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00A0') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static final boolean[] PUNCTUATION = new boolean[Character.MAX_VALUE + 1];

    static {
        for (char c : PUNCTUATION_CHARS.toCharArray()) {
            PUNCTUATION[c] = true;
        }
    }

    private static String dropPunctuation(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean drop = PUNCTUATION[c];
            if (drop && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            } else if (!drop && b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    /** Numbering and marks at the start: "一、", "（三）", "1.", "其中：", "#". */
    private static String stripLeading(String s) {
        if (s.isEmpty() || !startsLikeMarkOrNumber(s)) {
            return s;
        }
        String before;
        do {
            before = s;
            s = LEADING_MARKS.matcher(s).replaceFirst("");
            s = NUMBERING.matcher(s).replaceFirst("");
        } while (!s.equals(before) && !s.isEmpty());
        return s;
    }

    /**
     * Whether the name may begin with a mark or numbering; 其, 内 and 注 only as in 其中, 内: and 注:
     * (a table of names such as 其他… would otherwise run both expressions on every row).
     */
    private static boolean startsLikeMarkOrNumber(String s) {
        char c = s.charAt(0);
        if (c == '其') {
            return s.length() > 1 && s.charAt(1) == '中';
        }
        if (c == '内' || c == '注') {
            return s.length() > 1 && s.charAt(1) == ':';
        }
        return LEADING_STARTS.indexOf(c) >= 0 || c >= '\u2460' && c <= '\u2473';
    }

    private static boolean isGrowthNote(String inside) {
        return inside.equals("增长") || inside.equals("增速") || inside.equals("增长%") || inside.equals("±%");
    }

    private static String expand(String s) {
        String out = s;
        for (Map.Entry<String, String> e : SYNONYMS.entrySet()) {
            if (e.getKey().equals("生产总值")) {
                continue;
            }
            out = out.replace(e.getKey(), e.getValue());
        }
        // 生产总值 alone means 地区生产总值; do not double the prefix of an already full name.
        if (out.contains("生产总值") && !out.contains("地区生产总值")) {
            out = out.replace("生产总值", "地区生产总值");
        }
        return out;
    }
}
