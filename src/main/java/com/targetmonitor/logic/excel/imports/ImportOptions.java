package com.targetmonitor.logic.excel.imports;

import com.targetmonitor.logic.excel.text.PeriodHint;
import com.targetmonitor.model.Period;

/**
 * What the officer (or the command line) says about the files being imported.
 *
 * @param period the period of the figures (--period): overrides what titles and headers say; null: read it
 * @param year   the year for files that name only months ("1-2月") (--year); null: the plan's year
 */
public record ImportOptions(Period period, Integer year) {

    public static final ImportOptions NONE = new ImportOptions(null, null);

    /** The override as a hint, or null. */
    PeriodHint periodHint() {
        return period == null ? null : new PeriodHint(period.year(), period.endMonth(),
                period.granularity() == com.targetmonitor.model.Granularity.QUARTER);
    }
}
