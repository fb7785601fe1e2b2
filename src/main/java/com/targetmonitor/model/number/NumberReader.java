package com.targetmonitor.model.number;

import com.targetmonitor.model.IndicatorKind;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reader of numbers as officers type them, paste them out of Excel and find them in statistics
 * tables, used by the actuals grid, the forms and the import alike (ADR 0014): "1,265,320万元",
 * full-width "３７．３％", "(1,234)" and "△5" for negatives, "下降2.1" for a growth of −2.1, "1.2E+3"
 * as spreadsheets write it; "", "—", "-", "/" and "无" for no value; "约30" and "30以上" are refused
 * as estimates. The unit is reported as written, never converted here.
 */
public final class NumberReader {

    /**
     * Longer text is no figure an officer wrote. It is above 330 so that any double a spreadsheet
     * holds, written out in full (1e308 has 309 digits), still reads.
     */
    static final int MAX_NUMBER_TEXT = 400;

    private static final Pattern INVISIBLE = Pattern.compile("[\u200B-\u200D\u2060\uFEFF]");
    /** Spaces grouping thousands ("5 732", as PDFs and some locales write them); other inner spaces split numbers. */
    private static final Pattern SPACE_GROUP = Pattern.compile("(?<=\\d)\\s+(?=\\d{3}(?!\\d))");
    private static final Pattern SPACE_BETWEEN_DIGITS = Pattern.compile("\\d\\s+\\d");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");
    /** Dashes, slashes, dots and crosses and nothing else: statistical tables' "not available". */
    private static final Pattern MARKS = Pattern.compile("[-/\\\\\u2010-\u2015\u2500~…·.*x×]+");
    private static final Set<String> NO_VALUE_WORDS = Set.of("n/a", "na", "无", "空", "暂无", "不详");
    /** Words before a growth that make it negative ("下降2.1") or leave it as it is, in the order they are tried. */
    private static final List<String> DOWN_WORDS = List.of("下降", "减少", "降低", "回落", "下滑", "减");
    private static final List<String> UP_WORDS = List.of("增长", "增加", "上升", "提高", "提升", "增");
    private static final String YEAR_ON_YEAR = "同比";
    private static final Pattern DIRECTION = Pattern.compile("^(?:" + YEAR_ON_YEAR + ")?(?:("
            + String.join("|", DOWN_WORDS) + ")|" + String.join("|", UP_WORDS) + ")");
    private static final Pattern ESTIMATE_BEFORE = Pattern.compile(
            "^(?:大约|约|将近|接近|近|超过|超|逾|不少于|不低于|不超过|不高于|不到)");
    private static final Pattern ESTIMATE_AFTER = Pattern.compile("^(?:左右|上下|以上|以下|以内|有余|多|余)");
    /** "165亿元以上": the bound after the unit. */
    private static final Pattern ESTIMATE_AFTER_UNIT = Pattern.compile("(.+?)(?:左右|上下|以上|以下|以内|有余)");
    /** Accounting negatives: Excel copies −1,234 as (1,234); full-width brackets are folded before. */
    private static final Pattern PARENTHESISED = Pattern.compile("\\(([^()+\\-]+)\\)(.*)");
    /**
     * Sign (△ and ▲ are the accounting minus of some tables), digits with commas only where thousands
     * are grouped, a capital E exponent as spreadsheets write it (a lower-case "1e3" is a typing slip),
     * then a percent sign or 个百分点, then whatever follows.
     */
    private static final Pattern NUMBER = Pattern.compile("([+\\-△▲]?)"
            + "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d*)?|\\d+(?:\\.\\d*)?|\\.\\d+)"
            + "(?:E([+-]?\\d{1,4}))?(%|‰|个百分点|百分点)?(.*)");
    private static final Set<String> PERCENT_UNITS = Set.of("%", "‰", "个百分点", "百分点");

    private NumberReader() {
    }

    /** A number with any known unit after it ("93.2亿元"), as the import reads a cell. */
    public static NumberReading read(String text) {
        return read(text, "");
    }

    /**
     * A number in a field or row whose unit is given: a trailing copy of that unit is taken even when the
     * unit is no standard one ("3.2万元/人"); another known unit is reported in {@link NumberReading#unit()}.
     */
    public static NumberReading read(String text, String fieldUnit) {
        if (text == null || text.isEmpty()) {
            return NumberReading.EMPTY;
        }
        if (text.length() > MAX_NUMBER_TEXT) {
            // Checked before any parsing: a cell of millions of digits must not cost quadratic time.
            return NumberReading.problem(NumberProblem.TOO_LONG);
        }
        NumberReading plain = plainNumber(text);
        if (plain == null) {
            plain = directedNumber(text);
        }
        if (plain != null) {
            return plain;
        }
        return readWritten(fold(text), fieldUnit == null || fieldUnit.isEmpty() ? "" : UnitConverter.clean(fieldUnit));
    }

    /**
     * A field's number ("" for a field without a unit): a unit other than the field's, or a percent sign
     * where no rate is meant, is named as the problem.
     */
    public static NumberReading forField(String text, String fieldUnit, boolean percentAllowed) {
        NumberReading r = read(text, fieldUnit);
        if (!r.hasValue()) {
            return r;
        }
        if (!r.unit().isEmpty() && !r.unit().equals(UnitConverter.clean(fieldUnit))) {
            return NumberReading.problem(NumberProblem.OTHER_UNIT);
        }
        return r.percent() && !percentAllowed ? NumberReading.problem(NumberProblem.PERCENT_NOT_ALLOWED) : r;
    }

    /**
     * A value for an indicator of the given kind and unit: milestones take done or not done; amounts and
     * counts are not negative; a percent sign only for rates (or where the unit is one).
     */
    public static NumberReading forIndicator(String text, IndicatorKind kind, String unitOfMeasure) {
        if (kind == IndicatorKind.MILESTONE) {
            return milestone(text);
        }
        boolean percentAllowed = kind.isRate() || PERCENT_UNITS.contains(UnitConverter.clean(unitOfMeasure));
        NumberReading r = forField(text, unitOfMeasure, percentAllowed);
        boolean negative = r.hasValue() && kind.isProgressive() && r.value() < 0;
        return negative ? NumberReading.problem(NumberProblem.NEGATIVE) : r;
    }

    /** A milestone's state: 1 for a word of done (or 1), 0 for not done (or 0), nothing when blank or "—". */
    public static NumberReading milestone(String text) {
        String folded = fold(text == null ? "" : text);
        Optional<Boolean> done = DoneWords.read(WHITESPACE.matcher(folded).replaceAll(" "));
        if (done.isPresent()) {
            return NumberReading.of(done.get() ? 1 : 0);
        }
        NumberReading r = read(text);
        if (r.isEmpty()) {
            return r;
        }
        boolean state = r.hasValue() && r.unit().isEmpty() && !r.percent() && (r.value() == 0 || r.value() == 1);
        return state ? NumberReading.of(r.value()) : NumberReading.problem(NumberProblem.NOT_A_MILESTONE_STATE);
    }

    /**
     * Full-width forms to ASCII (NFKC: "１２．５％" to "12.5%", the ideographic space to a space), the
     * minus signs and the Chinese full stop to ASCII, invisible marks clipboards carry along dropped, and
     * the ends stripped.
     */
    public static String fold(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC);
        t = INVISIBLE.matcher(t).replaceAll("");
        return t.replace('\u2212', '-').replace('\uFE63', '-').replace('\u3002', '.').strip();
    }

    private static NumberReading readWritten(String folded, String fieldUnit) {
        String s = SPACE_GROUP.matcher(folded).replaceAll("");
        if (SPACE_BETWEEN_DIGITS.matcher(s).find()) {
            return NumberReading.problem(NumberProblem.NOT_A_NUMBER);
        }
        s = WHITESPACE.matcher(s).replaceAll("");
        String lower = s.toLowerCase(Locale.ROOT);
        if (s.isEmpty() || NO_VALUE_WORDS.contains(lower) || MARKS.matcher(lower).matches()) {
            return NumberReading.EMPTY;
        }
        if (s.startsWith("#")) {
            return NumberReading.problem(NumberProblem.FORMULA_ERROR);
        }
        boolean negate = false;
        Matcher direction = DIRECTION.matcher(s);
        if (direction.find()) {
            negate = direction.group(1) != null;
            s = s.substring(direction.end());
        }
        Matcher estimate = ESTIMATE_BEFORE.matcher(s);
        if (estimate.find()) {
            NumberReading rest = readWritten(s.substring(estimate.end()), fieldUnit);
            return NumberReading.problem(rest.hasValue() ? NumberProblem.APPROXIMATE : NumberProblem.NOT_A_NUMBER);
        }
        Matcher parenthesised = PARENTHESISED.matcher(s);
        if (parenthesised.matches()) {
            s = parenthesised.group(1) + parenthesised.group(2);
            negate = !negate;
        }
        return number(s, negate, fieldUnit);
    }

    private static NumberReading number(String s, boolean negate, String fieldUnit) {
        Matcher m = NUMBER.matcher(s);
        if (!m.matches()) {
            return NumberReading.problem(NumberProblem.NOT_A_NUMBER);
        }
        boolean percent = m.group(4) != null;
        String rest = m.group(5);
        if (!rest.isEmpty() && isEstimate(rest, fieldUnit)) {
            return NumberReading.problem(NumberProblem.APPROXIMATE);
        }
        if (!rest.isEmpty() && (percent || !isUnit(rest, fieldUnit))) {
            return NumberReading.problem(NumberProblem.NOT_A_NUMBER);
        }
        String digits = m.group(2).replace(",", "");
        BigDecimal number = new BigDecimal(digits.endsWith(".") ? digits.substring(0, digits.length() - 1) : digits);
        if (m.group(3) != null) {
            int exponent = Integer.parseInt(m.group(3));
            if (Math.abs(exponent) > 300) {
                return NumberReading.problem(NumberProblem.OUT_OF_RANGE);
            }
            number = number.scaleByPowerOfTen(exponent);
        }
        double value = number.doubleValue();
        if (!Double.isFinite(value)) {
            return NumberReading.problem(NumberProblem.OUT_OF_RANGE);
        }
        boolean minus = !m.group(1).isEmpty() && !"+".equals(m.group(1));
        if (minus != negate) {
            value = -value;
        }
        return new NumberReading(value == 0 ? 0.0 : value, number.scale(), null, percent, rest);
    }

    private static boolean isEstimate(String rest, String fieldUnit) {
        if (ESTIMATE_AFTER.matcher(rest).find()) {
            return true;
        }
        Matcher afterUnit = ESTIMATE_AFTER_UNIT.matcher(rest);
        return afterUnit.matches() && isUnit(afterUnit.group(1), fieldUnit);
    }

    private static boolean isUnit(String text, String fieldUnit) {
        return text.equals(fieldUnit) || UnitConverter.isUnit(text);
    }

    /**
     * A direction word and a plain number ("下降5.2", "同比增长3"), as a statistics table's growth column
     * writes a seventh of its cells: read as {@link #readWritten} reads it (the first word that fits, in
     * the expression's order), without folding or expressions; null for anything else, which then goes
     * the long way.
     */
    private static NumberReading directedNumber(String s) {
        int start = s.startsWith(YEAR_ON_YEAR) ? YEAR_ON_YEAR.length() : 0;
        Boolean down = null;
        int end = start;
        for (List<String> words : List.of(DOWN_WORDS, UP_WORDS)) {
            for (String word : words) {
                if (down == null && s.startsWith(word, start)) {
                    down = words == DOWN_WORDS;
                    end = start + word.length();
                }
            }
        }
        NumberReading number = down == null || end == s.length() ? null : plainNumber(s.substring(end));
        if (number == null || !down) {
            return number;
        }
        double value = -number.value();
        return new NumberReading(value == 0 ? 0.0 : value, number.scale(), null, false, "");
    }

    /**
     * An optional minus, digits, at most one point with digits after it, nothing else: how numeric
     * cells arrive, the common case of a large import, read without regular expressions.
     */
    private static NumberReading plainNumber(String s) {
        int i = s.charAt(0) == '-' ? 1 : 0;
        if (i == s.length() || s.length() > 20) {
            return null;
        }
        int point = -1;
        boolean digit = false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c == '.' && point < 0 && digit) {
                point = i;
                digit = false;
            } else {
                return null;
            }
        }
        if (!digit) {
            return null;
        }
        double value = PlainDecimal.value(s);
        return new NumberReading(value == 0 ? 0.0 : value, point < 0 ? 0 : s.length() - point - 1, null, false, "");
    }
}
