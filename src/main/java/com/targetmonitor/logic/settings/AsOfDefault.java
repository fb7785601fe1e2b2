package com.targetmonitor.logic.settings;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which month the window shows status as of when it opens a plan: a rule (the latest month with
 * figures, the last complete calendar month, the month last shown) or one fixed month.
 *
 * @param mode  the rule
 * @param month the fixed month; set only for {@link Mode#FIXED}
 */
public record AsOfDefault(Mode mode, YearMonth month) {

    public enum Mode {
        /** The latest month the plan has figures for: right after an import this is the month imported. */
        LATEST_DATA("latest"),
        /** The last complete calendar month: in July, June (1–6月 reports are written in July). */
        PREVIOUS_MONTH("previous"),
        /** The month the user looked at last time. */
        LAST_USED("last"),
        /** Always the same month. */
        FIXED("");

        private final String text;

        Mode(String text) {
            this.text = text;
        }
    }

    public static final AsOfDefault LATEST_DATA = new AsOfDefault(Mode.LATEST_DATA, null);
    public static final AsOfDefault PREVIOUS_MONTH = new AsOfDefault(Mode.PREVIOUS_MONTH, null);
    public static final AsOfDefault LAST_USED = new AsOfDefault(Mode.LAST_USED, null);

    public AsOfDefault {
        Objects.requireNonNull(mode, "mode");
        if ((mode == Mode.FIXED) != (month != null)) {
            throw new IllegalArgumentException("a month is given for a fixed as-of month, and only then");
        }
    }

    public static AsOfDefault fixed(YearMonth month) {
        return new AsOfDefault(Mode.FIXED, Objects.requireNonNull(month, "month"));
    }

    /** Reads what {@link #toText()} wrote: latest, previous, last, or a month as YYYY-MM; empty if it is neither. */
    public static Optional<AsOfDefault> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (Mode mode : Mode.values()) {
            if (mode != Mode.FIXED && mode.text.equals(t)) {
                return Optional.of(new AsOfDefault(mode, null));
            }
        }
        try {
            return Optional.of(fixed(YearMonth.parse(t)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The text kept in the settings file. */
    public String toText() {
        return mode == Mode.FIXED ? month.toString() : mode.text;
    }

    /**
     * The month to show, from what is known now; each rule falls back to the previous month when its
     * own fact is missing (a plan without figures, a first start).
     *
     * @param currentMonth the calendar month today
     * @param lastUsed     the month shown last time, or null
     * @param latestData   the latest month the plan has figures for, or null
     */
    public YearMonth resolve(YearMonth currentMonth, YearMonth lastUsed, YearMonth latestData) {
        YearMonth previous = currentMonth.minusMonths(1);
        return switch (mode) {
            case FIXED -> month;
            case PREVIOUS_MONTH -> previous;
            case LATEST_DATA -> latestData != null ? latestData : previous;
            case LAST_USED -> lastUsed != null ? lastUsed : latestData != null ? latestData : previous;
        };
    }
}
