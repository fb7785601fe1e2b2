package com.targetmonitor.ui.edit;

import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.MessageKey;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The checks the forms share; each returns "" when the text is fine, else what is wrong, in words. */
final class FieldChecks {

    /** Plan years and deadlines outside this range are typing mistakes. */
    static final int FIRST_YEAR = 1990;
    static final int LAST_YEAR = 2100;

    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");

    private FieldChecks() {
    }

    static String required(String text) {
        return text == null || text.isBlank() ? I18n.get(EditMsg.EDIT_VALIDATION_NAME_REQUIRED) : "";
    }

    /** Names compared as officers see them: without surrounding spaces, case-insensitively for Latin letters. */
    static String unique(String text, Collection<String> taken, MessageKey message) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return !t.isEmpty() && taken.stream().anyMatch(n -> n.strip().toLowerCase(Locale.ROOT).equals(t))
                ? I18n.get(message) : "";
    }

    /** A number or nothing; "%" only where a rate is meant. */
    static String number(String text, boolean percentAllowed) {
        NumberText.Parsed parsed = NumberText.parse(text, percentAllowed);
        if (parsed.problem() == NumberText.Problem.PERCENT_NOT_ALLOWED) {
            return I18n.get(EditMsg.EDIT_VALIDATION_PERCENT_NOT_ALLOWED);
        }
        return parsed.problem() != null ? I18n.get(EditMsg.EDIT_VALIDATION_NUMBER) : "";
    }

    /** A number that is not negative (bands, tolerances); blank counts as missing. */
    static String nonNegative(String text) {
        BigDecimal v = NumberText.parse(text, false).value();
        return v == null || v.signum() < 0 ? I18n.get(EditMsg.EDIT_VALIDATION_NON_NEGATIVE) : "";
    }

    static String year(String text) {
        Integer year = integer(text);
        if (year == null) {
            return I18n.get(EditMsg.EDIT_VALIDATION_INTEGER);
        }
        return year < FIRST_YEAR || year > LAST_YEAR ? yearRange() : "";
    }

    /** A deadline written YYYY-MM-DD (full-width digits allowed, single-digit month and day too). */
    static String date(String text) {
        String t = NumberText.normalize(text);
        if (t.isEmpty()) {
            return "";
        }
        LocalDate date = parseDate(t);
        if (date == null) {
            return I18n.get(EditMsg.EDIT_VALIDATION_DATE);
        }
        return date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR ? yearRange() : "";
    }

    /** The date, or null when the text is blank or not a date. */
    static LocalDate parseDate(String text) {
        Matcher m = DATE.matcher(NumberText.normalize(text));
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The whole number, or null when the text is not one. */
    static Integer integer(String text) {
        String t = NumberText.normalize(text);
        if (!INTEGER.matcher(t).matches() || t.length() > 9) {
            return null;
        }
        return Integer.parseInt(t);
    }

    private static String yearRange() {
        return I18n.get(EditMsg.EDIT_VALIDATION_YEAR_RANGE, FIRST_YEAR, LAST_YEAR);
    }
}
