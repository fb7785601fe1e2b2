package com.targetmonitor.logic.excel.stats;

import com.targetmonitor.logic.excel.text.PeriodHint;
import java.util.List;

/**
 * A statistics sheet as read: its header, the period its title or header names, a unit note from
 * the title ("单位：万元"), its data rows and the rows it skipped.
 *
 * @param title the text of the title rows above the header, joined by spaces (may be empty)
 */
public record StatSheet(String name, String title, Header header, PeriodHint period, String unitNote,
                        List<StatRow> rows, List<SkippedRow> skipped) {
}
