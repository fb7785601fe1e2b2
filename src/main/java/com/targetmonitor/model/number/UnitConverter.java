package com.targetmonitor.model.number;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Units of measure as statistics tables write them, and the conversions between them
 * (万元 ↔ 亿元, 人 ↔ 万人 …). A unit is a base ("元", "人", "吨") scaled by a power of ten.
 */
public final class UnitConverter {

    // Compiled once, and first (the tables below may clean their units): a statistics table's names are
    // cleaned row by row, where a name's bracket may be its unit.
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern UNIT_LABEL = Pattern.compile("^(计量)?单位[:]?");
    private static final Pattern BRACKETS = Pattern.compile("^[(\\[]+|[)\\]]+$");

    private record Scaled(String base, int powerOfTen) {
    }

    private static final Map<String, Scaled> UNITS = new HashMap<>();
    /**
     * Counters of things: a statistics table counts enterprises in 家 where the plan says 户 or 个, so
     * they share one base and convert one to one.
     */
    private static final java.util.Set<String> COUNT_WORDS = java.util.Set.of("个", "家", "户", "项", "件", "所", "座",
            "处", "套", "台", "艘", "架", "条", "宗", "批", "篇", "名", "位", "张", "间", "床");
    private static final String[] BASES = {"元", "美元", "人", "人次", "户", "吨", "千瓦", "千瓦时", "度", "亩", "公顷",
            "平方米", "平方公里", "立方米", "公里", "千米", "米", "辆", "个", "家", "项", "件", "头", "只", "标箱", "箱",
            "吨标准煤", "吨标煤", "千克", "公斤", "套", "台", "株", "次", "床", "张", "间", "所", "座", "处", "条", "千伏安", "户", "名", "位", "艘",
            "架", "宗", "批", "篇"};

    /** Units of a concentration or intensity: a figure in them is a level, never a sum over months. */
    private static final String[] CONCENTRATIONS = {"微克/立方米", "毫克/立方米", "μg/m3", "μg/m³", "ug/m3", "mg/m3",
            "mg/m³", "毫克/升", "mg/L", "分贝", "吨标准煤/万元", "吨/万元", "立方米/万元"};

    static {
        for (String word : BASES) {
            String base = COUNT_WORDS.contains(word) ? "个" : word;
            UNITS.put(word, new Scaled(base, 0));
            UNITS.put("万" + word, new Scaled(base, 4));
            UNITS.put("亿" + word, new Scaled(base, 8));
            UNITS.put("十万" + word, new Scaled(base, 5));
            UNITS.put("百万" + word, new Scaled(base, 6));
            UNITS.put("千万" + word, new Scaled(base, 7));
        }
        UNITS.put("千元", new Scaled("元", 3));
        UNITS.put("百元", new Scaled("元", 2));
        UNITS.put("兆瓦", new Scaled("千瓦", 3));
        UNITS.put("吉瓦", new Scaled("千瓦", 6));
        UNITS.put("度", new Scaled("千瓦时", 0));
        UNITS.put("万度", new Scaled("千瓦时", 4));
        UNITS.put("亿度", new Scaled("千瓦时", 8));
        UNITS.put("千克", new Scaled("千克", 0));
        UNITS.put("公斤", new Scaled("千克", 0));
        UNITS.put("千米", new Scaled("公里", 0));
        UNITS.put("%", new Scaled("%", 0));
        UNITS.put("‰", new Scaled("‰", 0));
        UNITS.put("个百分点", new Scaled("百分点", 0));
        UNITS.put("百分点", new Scaled("百分点", 0));
        for (String word : COUNT_WORDS) {
            UNITS.putIfAbsent(word, new Scaled("个", 0));
        }
        UNITS.put("天", new Scaled("天", 0));
        UNITS.put("日", new Scaled("天", 0));
        for (String concentration : CONCENTRATIONS) {
            UNITS.put(concentration, new Scaled(concentration, 0));
        }
    }

    /** A concentration or intensity unit (微克/立方米, 吨标准煤/万元): its figures are levels. */
    public static boolean isLevelUnit(String unit) {
        String u = clean(unit);
        return u.contains("/") || java.util.Arrays.asList(CONCENTRATIONS).contains(u);
    }

    private UnitConverter() {
    }

    /** Brackets, "单位：" and spaces removed; full-width forms folded: "（亿元）" → "亿元". */
    public static String clean(String unit) {
        if (unit == null) {
            return "";
        }
        String s = SPACES.matcher(Normalizer.normalize(unit, Normalizer.Form.NFKC)).replaceAll("");
        s = UNIT_LABEL.matcher(s).replaceFirst("");
        s = BRACKETS.matcher(s).replaceAll("");
        return s.replace("％", "%");
    }

    public static boolean isUnit(String text) {
        return UNITS.containsKey(clean(text));
    }

    /** Both units are known and share a base: 万元 and 亿元, 人 and 万人. Equal text counts as convertible. */
    public static boolean convertible(String from, String to) {
        String f = clean(from);
        String t = clean(to);
        if (f.equals(t)) {
            return true;
        }
        Scaled a = UNITS.get(f);
        Scaled b = UNITS.get(t);
        return a != null && b != null && a.base().equals(b.base());
    }

    /**
     * The value in the {@code to} unit, exactly in decimal (932000 万元 → 93.2 亿元), or empty when the
     * units are not convertible. An unknown or empty unit on either side means "as written".
     */
    public static Optional<Double> convert(double value, String from, String to) {
        String f = clean(from);
        String t = clean(to);
        if (f.isEmpty() || t.isEmpty() || f.equals(t)) {
            return Optional.of(value);
        }
        Scaled a = UNITS.get(f);
        Scaled b = UNITS.get(t);
        if (a == null || b == null) {
            return Optional.of(value);
        }
        if (!a.base().equals(b.base())) {
            return Optional.empty();
        }
        BigDecimal converted = BigDecimal.valueOf(value).scaleByPowerOfTen(a.powerOfTen() - b.powerOfTen());
        return Optional.of(converted.doubleValue());
    }

    /** Whether converting between the two units changes the number (万元 → 亿元 does, 亿元 → 亿元 does not). */
    public static boolean scales(String from, String to) {
        Scaled a = UNITS.get(clean(from));
        Scaled b = UNITS.get(clean(to));
        return a != null && b != null && a.base().equals(b.base()) && a.powerOfTen() != b.powerOfTen();
    }

    /** Two units that are both known and cannot be converted into each other (万吨 vs 亿元). */
    public static boolean conflicting(String from, String to) {
        String f = clean(from);
        String t = clean(to);
        Scaled a = UNITS.get(f);
        Scaled b = UNITS.get(t);
        return a != null && b != null && !a.base().equals(b.base());
    }
}
