package com.targetmonitor.logic.entry;

import com.targetmonitor.model.IndicatorKind;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads numbers the way officers type them or copy them out of Excel and statistical tables:
 * "1,234.5", "12.5%", "１２３" (full-width, from a Chinese input method), " 5732 ", "(1,234)",
 * "265.3亿元" when 亿元 is the indicator's unit, and "—", "-", "/" or nothing for "no value".
 * Percent values stay in percent (12.5% is 12.5), as growth rates are stored.
 */
public final class EntryParser {

    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?");
    /** Thousands separators only where Excel puts them: 1,234 and 12,345.6, not 1,23. */
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?");
    private static final Pattern PARENTHESISED = Pattern.compile("\\((.+)\\)");
    /** Dashes, slashes and the like: statistical tables' "not available". */
    private static final Pattern NOT_AVAILABLE = Pattern.compile("[-/\\\\\u2010-\u2015~]+|n/?a");
    private static final Pattern INVISIBLE = Pattern.compile("[\u200B-\u200D\uFEFF]");


    private EntryParser() {
    }

    /** A number, or clear; never a range check. */
    public static ParsedEntry parseNumber(String text) {
        return parseNumber(text, "");
    }

    /**
     * A value for an indicator of the given kind: milestones take done/not done; amounts and counts
     * must not be negative.
     *
     * @param unitOfMeasure the indicator's unit; a trailing copy of it is ignored ("6800人")
     */
    public static ParsedEntry parse(String text, IndicatorKind kind, String unitOfMeasure) {
        if (kind == IndicatorKind.MILESTONE) {
            return parseMilestone(text);
        }
        ParsedEntry parsed = parseNumber(text, unitOfMeasure);
        if (parsed.value() != null && kind.isProgressive() && parsed.value() < 0) {
            return ParsedEntry.invalid(EntryProblem.NEGATIVE);
        }
        return parsed;
    }

    /** 1 when done, 0 when reported not done, clear when empty. */
    public static ParsedEntry parseMilestone(String text) {
        String t = normalize(text).toLowerCase(Locale.ROOT);
        if (t.isEmpty() || NOT_AVAILABLE.matcher(t).matches()) {
            return ParsedEntry.clear();
        }
        Optional<Boolean> done = DoneWords.read(t);
        if (done.isPresent()) {
            return ParsedEntry.of(done.get() ? 1 : 0);
        }
        ParsedEntry number = parseNumber(t);
        if (number.value() != null && (number.value() == 0 || number.value() == 1)) {
            return number;
        }
        return ParsedEntry.invalid(EntryProblem.NOT_A_MILESTONE_STATE);
    }

    private static ParsedEntry parseNumber(String text, String unitOfMeasure) {
        String t = normalize(text);
        if (t.isEmpty() || NOT_AVAILABLE.matcher(t.toLowerCase(Locale.ROOT)).matches()) {
            return ParsedEntry.clear();
        }
        String unit = normalize(unitOfMeasure);
        if (!unit.isEmpty() && t.length() > unit.length() && t.endsWith(unit)) {
            t = t.substring(0, t.length() - unit.length()).strip();
        }
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        boolean negate = false;
        var parenthesised = PARENTHESISED.matcher(t);
        if (parenthesised.matches()) {
            // Accounting format: Excel copies a negative as (1,234).
            t = parenthesised.group(1).strip();
            negate = true;
        }
        if (GROUPED.matcher(t).matches()) {
            t = t.replace(",", "");
        }
        if (!PLAIN.matcher(t).matches()) {
            return ParsedEntry.invalid(EntryProblem.NOT_A_NUMBER);
        }
        double value = new BigDecimal(t.startsWith("+") ? t.substring(1) : t).doubleValue();
        if (!Double.isFinite(value)) {
            return ParsedEntry.invalid(EntryProblem.NOT_A_NUMBER);
        }
        if (negate) {
            value = -value;
        }
        return ParsedEntry.of(value == 0 ? 0 : value);
    }

    /**
     * Folds full-width characters to their ASCII forms (NFKC: "１２．５％" to "12.5%", the ideographic
     * space to a space), the minus sign and the Chinese full stop to ASCII, and drops invisible marks
     * that clipboards carry along.
     */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC);
        t = INVISIBLE.matcher(t).replaceAll("");
        t = t.replace('\u2212', '-').replace('\u3002', '.');
        return t.strip();
    }
}
