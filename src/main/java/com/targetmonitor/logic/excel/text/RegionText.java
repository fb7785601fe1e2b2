package com.targetmonitor.logic.excel.text;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The region a title, a 填报单位 line or a file name names: "2024年明湖市主要目标任务分解表" → 明湖市,
 * "甘肃省金昌市…" → 金昌市 (the most local level), "永昌县2024年…" → 永昌县. Words that name no
 * particular region (全市, 本县, 我区, 各县区) give nothing.
 */
public final class RegionText {

    private static final Pattern YEARS = Pattern.compile("(?:19|20|21)\\d{2}\\s*年(?:度)?|\\d{4}");
    private static final Pattern LEADING = Pattern.compile("^(?:关于印发|关于|印发|附件\\s*\\d*[:：]?|填报单位[:：]?|单位[:：]?)");
    private static final Pattern ADMIN = Pattern.compile("\\G([\\u4e00-\\u9fa5]{1,9}?(?:自治州|自治县|地区|省|市|县|区|州|盟|旗))");
    private static final Pattern GENERIC = Pattern.compile("^(?:全|本|我|各|该|市|县|区|园|开发|高新|经开|城区|市区|县区|辖区).{0,2}$");

    private RegionText() {
    }

    /** The region the text begins with (after a year and 关于/印发/填报单位), or empty. */
    public static Optional<String> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        t = LEADING.matcher(YEARS.matcher(t).replaceAll("")).replaceFirst("");
        Matcher m = ADMIN.matcher(t);
        String last = null;
        while (m.find()) {
            String part = m.group(1);
            if (GENERIC.matcher(part).matches()) {
                break;
            }
            last = part;
        }
        return Optional.ofNullable(last);
    }

    /** Two spellings of one region: 金昌市 = 金昌 = 金昌市 (spaces and the level word do not matter). */
    public static boolean same(String a, String b) {
        String x = core(a);
        String y = core(b);
        return !x.isEmpty() && x.equals(y);
    }

    private static String core(String region) {
        if (region == null) {
            return "";
        }
        String r = Normalizer.normalize(region, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        return r.length() > 2 ? r.replaceFirst("(?:自治州|自治县|地区|省|市|县|区|州|盟|旗)$", "") : r;
    }
}
