package com.targetmonitor.logic.excel.text;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbers as statistics bureaus and departments write them in cells: "12.5%", "1,234.5",
 * full-width "１２３", "下降2.1" (a growth of −2.1), "93.2亿元"; "—", "/", "-" and empty mean
 * "no value", which is not an error.
 */
public final class NumberText {

    /** Marks officers use for "not available"; they are not zero. */
    private static final Set<String> NOT_AVAILABLE = Set.of("-", "--", "---", "—", "——", "–", "―", "─", "/", "//",
            "\\", "…", "……", "...", "..", "·", "x", "X", "×", "*", "n/a", "N/A", "NA", "无", "空", "暂无", "不详");
    private static final Pattern NUMBER = Pattern.compile(
            "([+-]?)(\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE]([+-]?\\d{1,3}))?(%|‰|个百分点|百分点)?(.*)");
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3}(?:\\D|$))");
    private static final Pattern UP = Pattern.compile("^(同比)?(增长|增加|上升|提高|提升|增)");
    private static final Pattern DOWN = Pattern.compile("^(同比)?(下降|减少|降低|回落|下滑|减)");

    /**
     * Longer text is no figure an officer wrote ("约1,234,567.89万元，同比增长12.3%" is far shorter). It is
     * above 330 so that any double a spreadsheet holds, written out in full (1e308 has 309 digits),
     * still reads and reaches the plausibility check, which says why it is doubtful.
     */
    static final int MAX_NUMBER_TEXT = 400;

    private NumberText() {
    }

    public static NumberReading read(String raw) {
        if (raw == null || raw.isEmpty()) {
            return NumberReading.EMPTY;
        }
        if (raw.length() > MAX_NUMBER_TEXT) {
            // Checked before any parsing: a cell of millions of digits must not cost quadratic time.
            return NumberReading.problem("'" + raw.strip().substring(0, 20) + "…' (" + raw.length()
                    + " characters) is too long to be a number");
        }
        if (isPlainNumber(raw)) {
            // Numeric cells arrive as plain decimals ("1234.56"): the common case, read without regexes.
            return new NumberReading(Double.parseDouble(raw), null, false, "");
        }
        String s = normalize(raw);
        if (s.isEmpty() || NOT_AVAILABLE.contains(s)) {
            return NumberReading.EMPTY;
        }
        if (s.startsWith("#")) {
            return NumberReading.problem("the cell holds the formula error " + s);
        }
        boolean negate = false;
        Matcher down = DOWN.matcher(s);
        Matcher up = UP.matcher(s);
        if (down.find()) {
            negate = true;
            s = s.substring(down.end());
        } else if (up.find()) {
            s = s.substring(up.end());
        }
        s = THOUSANDS.matcher(s).replaceAll("");
        Matcher m = NUMBER.matcher(s);
        if (!m.matches()) {
            return NumberReading.problem("'" + raw.strip() + "' is not a number");
        }
        String rest = m.group(5).strip();
        if (!rest.isEmpty() && !UnitConverter.isUnit(rest)) {
            return NumberReading.problem("'" + raw.strip() + "' is not a number");
        }
        BigDecimal number = new BigDecimal(m.group(2).endsWith(".") ? m.group(2) + "0" : m.group(2));
        if (m.group(3) != null) {
            int exponent = Integer.parseInt(m.group(3));
            if (Math.abs(exponent) > 300) {
                return NumberReading.problem("'" + raw.strip() + "' is out of range");
            }
            number = number.scaleByPowerOfTen(exponent);
        }
        if ("-".equals(m.group(1)) != negate) {
            number = number.negate();
        }
        double value = number.doubleValue();
        if (!Double.isFinite(value)) {
            return NumberReading.problem("'" + raw.strip() + "' is out of range");
        }
        return new NumberReading(value, null, m.group(4) != null, rest);
    }

    /** An optional minus, digits, at most one point with digits after it, nothing else. */
    private static boolean isPlainNumber(String s) {
        int i = s.charAt(0) == '-' ? 1 : 0;
        if (i == s.length() || s.length() > 20) {
            return false;
        }
        boolean point = false;
        boolean digit = false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c == '.' && !point && digit) {
                point = true;
                digit = false;
            } else {
                return false;
            }
        }
        return digit;
    }

    /** Full-width digits and signs to ASCII, the typographic minus to '-', no spaces. */
    static String normalize(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            b.append(c == '\u2212' || c == '\uFE63' ? '-' : c);
        }
        return b.toString();
    }
}
