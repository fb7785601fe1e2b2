package com.targetmonitor.ui.edit;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Reads numbers as officers type them: "9500", "9,500", full-width "９５００" or "１２３．５"
 * (Chinese input methods), "-3" or "－3", and "8%" where a rate is meant.
 */
public final class NumberText {

    /** Why a text is not a number. */
    public enum Problem {
        NOT_A_NUMBER,
        /** "8%" where the figure is an amount or a count. */
        PERCENT_NOT_ALLOWED
    }

    /**
     * The outcome: a value, nothing (blank text), or a problem.
     *
     * @param value null when the text is blank or wrong
     */
    public record Parsed(BigDecimal value, Problem problem) {

        public boolean isBlank() {
            return value == null && problem == null;
        }

        public boolean isNumber() {
            return value != null;
        }
    }

    /** Digits with optional thousands separators in the right places, and optional decimals. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?|[+-]?\\.\\d+");

    private NumberText() {
    }

    public static Parsed parse(String text, boolean percentAllowed) {
        String t = normalize(text);
        if (t.isEmpty()) {
            return new Parsed(null, null);
        }
        boolean percent = t.endsWith("%");
        if (percent) {
            t = t.substring(0, t.length() - 1);
        }
        if (!NUMBER.matcher(t).matches()) {
            return new Parsed(null, Problem.NOT_A_NUMBER);
        }
        if (percent && !percentAllowed) {
            return new Parsed(null, Problem.PERCENT_NOT_ALLOWED);
        }
        return new Parsed(new BigDecimal(t.replace(",", "")), null);
    }

    /** Full-width characters to ASCII (NFKC), the minus sign to '-', and no spaces at all. */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).replace('\u2212', '-');
        return t.replaceAll("\\s+", "");
    }
}
