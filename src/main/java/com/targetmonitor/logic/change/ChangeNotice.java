package com.targetmonitor.logic.change;

import com.targetmonitor.model.Period;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link Change} as the text other clients of a shared workspace are notified with, and back:
 * {@code values 12:2022-06 13:2022-Q2} (indicator id and period of each cell), {@code rules 5} (a
 * plan's rules), {@code structure} (anything else; also what a notice this version cannot read
 * means: read everything again).
 */
public final class ChangeNotice {

    private static final String VALUES = "values";
    private static final String RULES = "rules";
    private static final String STRUCTURE = "structure";

    private ChangeNotice() {
    }

    public static String encode(Change change) {
        if (change instanceof Change.Values values) {
            StringBuilder out = new StringBuilder(VALUES);
            values.cells().forEach(c -> out.append(' ').append(c.indicatorId()).append(':').append(c.period().key()));
            return out.toString();
        }
        if (change instanceof Change.Rules rules) {
            return RULES + " " + rules.planId();
        }
        return STRUCTURE;
    }

    /** The change a notice names; empty for a notice that names nothing (no cells). */
    public static Optional<Change> decode(String notice) {
        String[] words = notice == null ? new String[0] : notice.strip().split(" +");
        try {
            if (words.length > 1 && words[0].equals(VALUES)) {
                Set<Change.Cell> cells = new LinkedHashSet<>();
                for (int i = 1; i < words.length; i++) {
                    int colon = words[i].indexOf(':');
                    cells.add(new Change.Cell(Long.parseLong(words[i].substring(0, colon)),
                            Period.parse(words[i].substring(colon + 1))));
                }
                return Optional.of(new Change.Values(cells));
            }
            if (words.length == 1 && words[0].equals(VALUES)) {
                return Optional.empty();
            }
            if (words.length == 2 && words[0].equals(RULES)) {
                return Optional.of(new Change.Rules(Long.parseLong(words[1])));
            }
        } catch (RuntimeException e) {
            // A notice of another version: what changed is not known, so everything is read again.
        }
        return Optional.of(new Change.Structure());
    }
}
