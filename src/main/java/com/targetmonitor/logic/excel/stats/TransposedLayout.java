package com.targetmonitor.logic.excel.stats;

import com.targetmonitor.logic.excel.read.SheetRow;
import com.targetmonitor.logic.excel.text.PeriodHint;
import com.targetmonitor.logic.excel.text.PeriodText;
import com.targetmonitor.model.number.NumberReader;
import com.targetmonitor.model.number.UnitConverter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A table turned on its side: periods down the first column (1-2月, 1-3月 …), indicators across the
 * header row, often a unit row under the names. Each cell is one indicator's figure for one period,
 * so the table is read as the long layout (one row per indicator and period): a header with a 期间
 * column and a cumulative value column, and a {@link StatRow} per cell, named from its column.
 *
 * @param periodColumn 0-based column holding the periods
 * @param names        each column's indicator name (empty where none)
 * @param units        each column's unit from the unit row (empty where none)
 * @param header       the header as the rest of the import sees it: long, with a 期间 and a value column
 */
record TransposedLayout(int periodColumn, String[] names, String[] units, Header header) {

    /** Labels of the corner cell over the periods: 时间, 月份, 指标＼时间 … */
    private static final java.util.regex.Pattern CORNER = java.util.regex.Pattern.compile(
            "^(?:指标|项目)?[\\\\/＼|]?(?:时间|月份|期间|报告期|统计期|时期|年月)(?:[\\\\/＼|]?(?:指标|项目))?$");

    /**
     * The first row among {@code rows} whose first cell labels periods and whose other cells name
     * indicators, with at least one row below it starting with a period; empty when there is none.
     * Hidden columns name no indicator.
     */
    static Optional<TransposedLayout> find(List<SheetRow> rows, Set<Integer> hiddenColumns) {
        for (int i = 0; i < rows.size(); i++) {
            SheetRow head = rows.get(i);
            int[] filled = head.filledColumns();
            if (filled.length < 2 || !CORNER.matcher(HeaderClassifier.clean(head.text(filled[0]))).matches()) {
                continue;
            }
            int periodColumn = filled[0];
            String[] names = names(head, periodColumn, hiddenColumns);
            if (names == null) {
                continue;
            }
            SheetRow next = i + 1 < rows.size() ? rows.get(i + 1) : null;
            boolean unitRow = next != null && next.index() == head.index() + 1 && isUnitRow(next, periodColumn);
            if (!hasPeriodRow(rows.subList(i + 1, rows.size()), periodColumn)) {
                continue;
            }
            String[] units = new String[names.length];
            Arrays.fill(units, "");
            if (unitRow) {
                for (int c = 0; c < units.length; c++) {
                    units[c] = names[c].isEmpty() ? "" : next.text(c);
                }
            }
            return Optional.of(new TransposedLayout(periodColumn, names, units,
                    header(head, unitRow ? next.index() : head.index(), periodColumn, names)));
        }
        return Optional.empty();
    }

    /** Each column's name right of the period column; null when a cell is a number or a period (a data row). */
    private static String[] names(SheetRow head, int periodColumn, Set<Integer> hiddenColumns) {
        String[] names = new String[head.width()];
        int count = 0;
        for (int c = 0; c < names.length; c++) {
            String text = head.text(c);
            names[c] = "";
            if (c <= periodColumn || text.isEmpty()) {
                continue;
            }
            if (NumberReader.read(text).hasValue() || PeriodText.find(text).hasMonth()) {
                return null;
            }
            if (!hiddenColumns.contains(c)) {
                names[c] = text;
                count++;
            }
        }
        return count >= 1 ? names : null;
    }

    /** 单位 / 计量单位 in the period column, or nothing there and every other cell a unit. */
    private static boolean isUnitRow(SheetRow row, int periodColumn) {
        String first = row.text(periodColumn);
        if (!first.isEmpty()) {
            return HeaderClassifier.classify(first) == ColumnRole.UNIT;
        }
        int[] filled = row.filledColumns();
        return filled.length > 0 && Arrays.stream(filled).allMatch(c -> UnitConverter.isUnit(row.text(c)));
    }

    private static boolean hasPeriodRow(List<SheetRow> below, int periodColumn) {
        return below.stream().anyMatch(r -> PeriodText.find(r.text(periodColumn)).hasMonth());
    }

    /** The long layout's header: the period column, and the first named column as the value column. */
    private static Header header(SheetRow head, int lastRow, int periodColumn, String[] names) {
        String[] labels = new String[names.length];
        ColumnRole[] roles = new ColumnRole[names.length];
        for (int c = 0; c < names.length; c++) {
            labels[c] = head.text(c);
            roles[c] = c == periodColumn ? ColumnRole.PERIOD : names[c].isEmpty() ? ColumnRole.IGNORED
                    : ColumnRole.CUMULATIVE;
        }
        return new Header(head.index(), lastRow, labels, roles, PeriodHint.NONE);
    }

    /** Whether the row is one of the table's period rows (a figure per indicator for its period). */
    boolean isPeriodRow(SheetRow row) {
        return PeriodText.find(row.text(periodColumn)).hasMonth();
    }

    /**
     * One statistics row per named column of a period row: the column's name and unit, the cell's
     * figure as the cumulative value (本月 when the period is a single month such as "3月"), the row's
     * period completed with the year the title gives.
     */
    List<StatRow> rows(String sheet, SheetRow row, PeriodHint titlePeriod) {
        String periodText = row.text(periodColumn);
        PeriodHint period = PeriodText.find(periodText);
        if (period.year() == null && titlePeriod.year() != null) {
            period = period.withYear(titlePeriod.year());
        }
        ColumnRole role = HeaderClassifier.classify(periodText) == ColumnRole.MONTH && !period.quarter()
                && period.endMonth() != 1 ? ColumnRole.MONTH : ColumnRole.CUMULATIVE;
        List<StatRow> out = new ArrayList<>();
        for (int c = 0; c < names.length; c++) {
            if (names[c].isEmpty()) {
                continue;
            }
            out.add(new StatRow(sheet, row.index(), names[c], c, units[c], new ValueCells(new ColumnRole[] {role},
                    new int[] {c}, new String[] {row.text(c)}), period, periodText, ""));
        }
        return out;
    }
}
