package com.targetmonitor.ui.edit;

import com.targetmonitor.model.number.NumberReader;
import com.targetmonitor.model.number.NumberReading;
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

    /**
     * A number or nothing, in the field's unit (a trailing copy of it is fine: "9500人" where the unit is
     * 人); "%" only where a rate is meant; an estimate ("约30") is named as such.
     */
    static String number(String text, String unit, boolean percentAllowed) {
        NumberReading r = NumberReader.forField(text, unit, percentAllowed);
        if (r.isValid()) {
            return "";
        }
        return I18n.get(switch (r.problem()) {
            case PERCENT_NOT_ALLOWED -> EditMsg.EDIT_VALIDATION_PERCENT_NOT_ALLOWED;
            case APPROXIMATE -> EditMsg.EDIT_VALIDATION_APPROXIMATE;
            case OTHER_UNIT -> EditMsg.EDIT_VALIDATION_OTHER_UNIT;
            default -> EditMsg.EDIT_VALIDATION_NUMBER;
        });
    }

    /** The number of a field without a unit, as the decimal typed; null when blank or not a number. */
    static BigDecimal decimal(String text, boolean percentAllowed) {
        return NumberReader.forField(text, "", percentAllowed).decimal();
    }

    /** A number that is not negative (bands, tolerances); blank counts as missing. */
    static String nonNegative(String text) {
        BigDecimal v = decimal(text, false);
        return v == null || v.signum() < 0 ? I18n.get(EditMsg.EDIT_VALIDATION_NON_NEGATIVE) : "";
    }

    /** Full-width forms folded to ASCII and no spaces at all: how dates and years are compared. */
    static String compact(String text) {
        return text == null ? "" : NumberReader.fold(text).replaceAll("\\s+", "");
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
        String t = compact(text);
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
        Matcher m = DATE.matcher(compact(text));
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
        String t = compact(text);
        if (!INTEGER.matcher(t).matches() || t.length() > 9) {
            return null;
        }
        return Integer.parseInt(t);
    }

    private static String yearRange() {
        return I18n.get(EditMsg.EDIT_VALIDATION_YEAR_RANGE, FIRST_YEAR, LAST_YEAR);
    }
}
