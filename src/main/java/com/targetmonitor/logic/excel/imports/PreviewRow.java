package com.targetmonitor.logic.excel.imports;

import com.targetmonitor.logic.excel.match.ValueRole;
import com.targetmonitor.model.Period;
import java.util.List;

/**
 * One line of the import preview: a figure from a cell, the indicator it maps to, the value now held
 * and the value the import would write. A source row that feeds two indicators (an amount from 累计
 * and a growth rate from 增长%) gives two lines.
 *
 * @param id             stable within the session; pass it to {@link ImportSession#assign} and friends
 * @param fileName       the file the row comes from
 * @param cell           the value cell, e.g. Sheet1!E7 (the name cell when there is no value cell)
 * @param nameCell       the name cell, e.g. Sheet1!A7
 * @param rawName        the name as the file writes it
 * @param rawValue       the value cell's text as the file writes it
 * @param indicatorId    the indicator, or null when unmatched
 * @param indicatorName  its name, or empty
 * @param indicatorUnit  its unit, or empty
 * @param score          name similarity 0–1 (1 for keys, aliases and equal names)
 * @param role           which of the row's figures feeds the indicator
 * @param period         the period the value is stored under, or null when unknown
 * @param oldValue       the value the workspace holds for the indicator and period, or null
 * @param newValue       the value to write (converted to the indicator's unit), or null
 * @param yoyGrowth      for amounts: the row's growth, stored alongside, or null
 * @param suggestions    other indicators the name may mean, best first (names), for the officer's pick
 */
public record PreviewRow(int id, String fileName, String cell, String nameCell, String rawName, String rawValue,
                         Long indicatorId, String indicatorName, String indicatorUnit, double score,
                         MatchKind matchKind, ValueRole role, Period period, Double oldValue, Double newValue,
                         Double yoyGrowth, RowState state, List<ImportProblem> problems, List<String> suggestions) {

    public PreviewRow {
        problems = List.copyOf(problems);
        suggestions = List.copyOf(suggestions);
    }

    /** A weak match the officer should confirm or correct. */
    public boolean isQuestion() {
        return state == RowState.QUESTION;
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == ImportProblem.Severity.ERROR);
    }
}
