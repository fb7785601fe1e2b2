package com.targetmonitor.logic.excel.text;

import com.targetmonitor.model.Period;
import java.util.Optional;

/**
 * The hidden key our templates and exports write beside each indicator row, so that a filled
 * template maps back without guessing: {@code TM:<plan id>:<indicator id>[:<period>]}, e.g.
 * {@code TM:3:41:2022-Q2}.
 *
 * @param period the period of the value in the row, or null (a template: the period of its title)
 */
public record RowKey(long planId, long indicatorId, Period period) {

    private static final String PREFIX = "TM:";

    public String text() {
        return PREFIX + planId + ":" + indicatorId + (period == null ? "" : ":" + period.key());
    }

    public static Optional<RowKey> parse(String text) {
        if (text == null || !text.strip().startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = text.strip().substring(PREFIX.length()).split(":");
        if (parts.length < 2 || parts.length > 3) {
            return Optional.empty();
        }
        try {
            Period period = parts.length == 3 ? Period.parse(parts[2]) : null;
            return Optional.of(new RowKey(Long.parseLong(parts[0]), Long.parseLong(parts[1]), period));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
