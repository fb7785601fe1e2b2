package com.targetmonitor.logic.extract;

import com.targetmonitor.model.number.NumberReader;
import com.targetmonitor.model.number.NumberReading;
import com.targetmonitor.model.number.UnitConverter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the quantities in a folded clause. A quantity is digits with a unit of measure or a percent sign
 * (the number itself read by {@link NumberReader}, units known to {@link UnitConverter}); a second number
 * after ~, -, 至 or 到 makes a range. Digits that are not quantities are passed over: years and dates
 * (2022年, 3月底), ordinals (第24次), codes and names ("2+4", 12345, 4A级), and anything inside “quotes”,
 * where a figure is named rather than set ("围绕“7%”的目标").
 */
final class FigureScanner {

    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\d.+#A-Za-z])(\\d+(?:\\.\\d+)?)(?:(?:~|-|—|–|至|到)(\\d+(?:\\.\\d+)?))?");
    private static final Pattern SUFFIX = Pattern.compile("^(?:及以上|以上|左右|以内|以下|之内|之上)");
    private static final Pattern LIST_TAIL = Pattern.compile("(?:[、和及](\\d+(?:\\.\\d+)?))+");
    private static final Pattern PREFIX = Pattern.compile("(?:约|近|超过|不低于|不少于|不超过|不高于)$");

    private FigureScanner() {
    }

    static List<Figure> scan(String clause) {
        List<Figure> out = new ArrayList<>();
        boolean[] quoted = quoted(clause);
        Matcher m = NUMBER.matcher(clause);
        while (m.find()) {
            if (quoted[m.start()]) {
                continue;
            }
            int after = m.end();
            String unit = unitAt(clause, after);
            if (unit.isEmpty() && m.group(2) == null) {
                // "分别高于年初计划2.3、6.4、11.2个百分点": the unit after the list holds for every number in it.
                Matcher chain = LIST_TAIL.matcher(clause.substring(after));
                if (chain.lookingAt()) {
                    unit = unitAt(clause, after + chain.end());
                    if (!unit.isEmpty()) {
                        NumberReading first = NumberReader.read(m.group(1));
                        if (first.value() != null && !quoted[m.start()]) {
                            out.add(new Figure(m.start(), m.start(), after, first.value(), null, unit, "", m.group()));
                        }
                        m.region(after, clause.length());
                        continue;
                    }
                }
            }
            if (unit.isEmpty() && m.group(2) != null) {
                // "2—3年": the unit after the range decides; a range without one is no quantity.
                continue;
            }
            if (unit.isEmpty() || m.start() > 0 && clause.charAt(m.start() - 1) == '第') {
                continue;
            }
            int end = after + unit.length();
            Matcher s = SUFFIX.matcher(clause.substring(end));
            String suffix = "";
            if (s.find()) {
                suffix = s.group();
                end += suffix.length();
            }
            NumberReading reading = NumberReader.read(m.group(1));
            if (reading.value() == null) {
                continue;
            }
            Double upper = m.group(2) == null ? null : NumberReader.read(m.group(2)).value();
            int start = m.start();
            Matcher p = PREFIX.matcher(clause.substring(Math.max(0, start - 3), start));
            if (p.find()) {
                start -= p.group().length();
            }
            out.add(new Figure(start, m.start(), end, reading.value(), upper, unit, suffix, clause.substring(start, end)));
            m.region(end, clause.length());
        }
        return out;
    }

    /** The longest unit written right after the digits: 亿元 before 亿, 个百分点 before 个. */
    static String unitAt(String clause, int at) {
        if (at >= clause.length()) {
            return "";
        }
        char first = clause.charAt(at);
        if (first == '%' || first == '‰') {
            return String.valueOf(first);
        }
        if (clause.startsWith("个百分点", at)) {
            return "个百分点";
        }
        if (clause.startsWith("百分点", at)) {
            return "百分点";
        }
        for (int len = Math.min(5, clause.length() - at); len > 0; len--) {
            String candidate = clause.substring(at, at + len);
            if (candidate.chars().allMatch(ch -> ch >= 0x4e00 && ch <= 0x9fa5) && UnitConverter.isUnit(candidate)
                    && !candidate.equals("日") && !candidate.equals("度")) {
                return candidate;
            }
        }
        return "";
    }

    /** Which characters stand inside “…” (or "…" / 「…」). */
    private static boolean[] quoted(String clause) {
        boolean[] in = new boolean[clause.length() + 1];
        boolean inside = false;
        for (int i = 0; i < clause.length(); i++) {
            char c = clause.charAt(i);
            if (c == '“' || c == '「') {
                inside = true;
            } else if (c == '”' || c == '」') {
                inside = false;
            }
            in[i] = inside;
        }
        return in;
    }
}
