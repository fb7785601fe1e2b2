package com.targetmonitor.persistence;

import java.time.Instant;

/**
 * A statistics table's name for an indicator, confirmed by an officer and kept per plan.
 *
 * @param nameKey the row name normalised (as the matcher compares names)
 * @param role    VALUE (the row's value feeds the indicator) or GROWTH (its growth column does)
 * @param rawName the name as the table wrote it, for the list of aliases
 */
public record IndicatorAlias(long id, long planId, String nameKey, String role, long indicatorId, String rawName,
                             Instant createdAt) {

    public static final String VALUE = "VALUE";
    public static final String GROWTH = "GROWTH";
}
