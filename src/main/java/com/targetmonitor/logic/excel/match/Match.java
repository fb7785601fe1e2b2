package com.targetmonitor.logic.excel.match;

import java.util.List;

/**
 * The result of matching a name in one role: the best candidate and how sure we are.
 *
 * @param best         the best candidate, or null when none scores at all
 * @param strength     how the best candidate was found
 * @param alternatives the next best candidates, for the officer to pick from
 */
public record Match(Candidate best, Strength strength, List<Candidate> alternatives) {

    public enum Strength {
        /** An alias the officer confirmed earlier. */
        ALIAS,
        /** The normalised names are equal. */
        EXACT,
        /** Alike enough to apply without asking. */
        STRONG,
        /** Alike, but not enough: asked as a question. */
        WEAK,
        /** Nothing alike. */
        NONE;

        /** Applied without asking. */
        public boolean isSure() {
            return this == ALIAS || this == EXACT || this == STRONG;
        }
    }

    public static final Match NONE = new Match(null, Strength.NONE, List.of());

    public Match {
        alternatives = List.copyOf(alternatives);
    }
}
