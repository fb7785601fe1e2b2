package com.targetmonitor.logic.extract;

import com.targetmonitor.logic.excel.text.TargetTextParser;
import com.targetmonitor.model.IndicatorKind;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a phrase of a sentence sets: "3月底前" → 31 March, "上半年" → 30 June, "年底前", "年内",
 * "今年" → 31 December of the plan year, "8月初" → 10 August, "8月中旬" → 20 August. The month and
 * year-end forms are read by {@link TargetTextParser}, as in a targets table.
 */
final class Deadlines {

    private static final Pattern EARLY = Pattern.compile("(?:(20\\d\\d)年)?(\\d{1,2})月(初|上旬|中旬)");

    private Deadlines() {
    }

    static LocalDate of(String phrase, int year) {
        Matcher m = EARLY.matcher(phrase);
        if (m.find()) {
            int y = m.group(1) == null ? year : Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                return null;
            }
            return LocalDate.of(y, month, "中旬".equals(m.group(3)) ? 20 : 10);
        }
        String canonical = phrase.replaceAll("^(?:今年内?|当年|年内|年底|年末)$", "年底前")
                .replaceAll("(\\d{1,2})月(?:底|末|份)?$", "$1月底前");
        var parsed = TargetTextParser.parse(canonical + "完成", "", "", year);
        return parsed.kind() == IndicatorKind.MILESTONE ? parsed.deadline() : null;
    }
}
