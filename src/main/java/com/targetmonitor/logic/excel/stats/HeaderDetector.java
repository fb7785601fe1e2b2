package com.targetmonitor.logic.excel.stats;

import com.targetmonitor.logic.excel.read.SheetRow;
import com.targetmonitor.logic.excel.text.PeriodHint;
import com.targetmonitor.logic.excel.text.PeriodText;
import com.targetmonitor.model.number.NumberReader;
import java.util.List;
import java.util.Optional;

/**
 * Finds the header row among a sheet's first rows, below merged title rows: the first row that
 * names an indicator column and at least one value column (or, for a targets table, a target
 * column). A two-level header — 本月 / 累计 over 绝对值 / 增长% — is joined column by column, the upper
 * level carried across the columns its merged cell spanned.
 */
public final class HeaderDetector {

    /** How many rows from the top are searched. Titles and notes rarely take more than a few. */
    public static final int SCAN_ROWS = 40;

    private HeaderDetector() {
    }

    /** The header of a statistics or department sheet. */
    public static Optional<Header> statistics(List<SheetRow> rows) {
        return find(rows, false);
    }

    /** The header of a targets table (目标任务分解表). */
    public static Optional<Header> targets(List<SheetRow> rows) {
        return find(rows, true);
    }

    private static Optional<Header> find(List<SheetRow> rows, boolean targets) {
        for (int i = 0; i < rows.size(); i++) {
            SheetRow upper = rows.get(i);
            SheetRow lower = i + 1 < rows.size() ? rows.get(i + 1) : null;
            if (lower != null && lower.index() == upper.index() + 1 && isSubHeader(upper, lower)) {
                Header two = header(upper, lower);
                if (accepts(two, targets)) {
                    return Optional.of(two);
                }
            }
            Header one = header(upper, null);
            if (accepts(one, targets)) {
                return Optional.of(one);
            }
        }
        return Optional.empty();
    }

    private static boolean accepts(Header h, boolean targets) {
        if (targets) {
            return h.has(ColumnRole.NAME) && h.has(ColumnRole.TARGET);
        }
        return h.has(ColumnRole.NAME) && h.hasValueColumn();
    }

    /**
     * The row under a header row continues it: the upper row already names columns, the lower one
     * names no indicator column, holds no numbers, and labels value columns (绝对值, 增长%, 本月 …).
     */
    private static boolean isSubHeader(SheetRow upper, SheetRow lower) {
        boolean upperKnown = false;
        for (int c : upper.filledColumns()) {
            ColumnRole role = HeaderClassifier.classify(upper.text(c));
            upperKnown |= role == ColumnRole.NAME || role == ColumnRole.UNIT || role.isValue();
        }
        if (!upperKnown) {
            return false;
        }
        boolean known = false;
        for (int c : lower.filledColumns()) {
            String text = lower.text(c);
            if (NumberReader.read(text).hasValue()) {
                return false;
            }
            ColumnRole role = HeaderClassifier.classify(text);
            if (role == ColumnRole.NAME || HeaderClassifier.classify(upper.text(c)) == ColumnRole.NAME) {
                return false;
            }
            if (role != ColumnRole.UNKNOWN) {
                known = true;
            }
        }
        return known;
    }

    private static Header header(SheetRow upper, SheetRow lower) {
        int width = Math.max(upper.width(), lower == null ? 0 : lower.width());
        String[] labels = new String[width];
        ColumnRole[] roles = new ColumnRole[width];
        String carried = "";
        for (int c = 0; c < width; c++) {
            String top = upper.text(c);
            if (!top.isEmpty()) {
                ColumnRole topRole = HeaderClassifier.classify(top);
                // Only a value heading spans columns (本月 over 绝对值 and 增长%); never carry a name or unit.
                carried = topRole.isValue() || topRole == ColumnRole.UNKNOWN ? top : "";
            }
            String bottom = lower == null ? "" : lower.text(c);
            String label;
            if (bottom.isEmpty()) {
                label = top;
            } else if (top.isEmpty()) {
                label = carried.isEmpty() ? bottom : carried + "|" + bottom;
            } else {
                label = top + "|" + bottom;
            }
            labels[c] = label;
            roles[c] = HeaderClassifier.classify(label);
        }
        inferNameColumn(labels, roles);
        return new Header(upper.index(), lower == null ? upper.index() : lower.index(), labels, roles,
                periodOf(labels, roles));
    }

    /**
     * Many 统计月报 leave the top-left header cell empty. In a row of nothing but headings, with two
     * or more value columns, the first empty column left of them holds the names.
     */
    private static void inferNameColumn(String[] labels, ColumnRole[] roles) {
        int firstValue = -1;
        int values = 0;
        for (int c = 0; c < roles.length; c++) {
            if (roles[c] == ColumnRole.NAME || roles[c] == ColumnRole.UNKNOWN && !labels[c].isEmpty()) {
                // Already named, or a row with text we do not recognise as headings: a data row.
                return;
            }
            if (roles[c].isValue()) {
                values++;
                if (firstValue < 0) {
                    firstValue = c;
                }
            }
        }
        if (values < 2) {
            return;
        }
        for (int c = 0; c < firstValue; c++) {
            if (roles[c] == ColumnRole.UNKNOWN && labels[c].isEmpty()) {
                roles[c] = ColumnRole.NAME;
                return;
            }
        }
    }

    /** The period the value columns' labels name; cumulative columns first. */
    private static PeriodHint periodOf(String[] labels, ColumnRole[] roles) {
        PeriodHint found = PeriodHint.NONE;
        for (ColumnRole wanted : new ColumnRole[] {ColumnRole.CUMULATIVE, ColumnRole.VALUE, ColumnRole.CUMULATIVE_GROWTH,
                ColumnRole.MONTH, ColumnRole.MONTH_GROWTH}) {
            for (int c = 0; c < roles.length; c++) {
                if (roles[c] == wanted) {
                    PeriodHint h = PeriodText.find(labels[c]);
                    if (h.hasMonth()) {
                        return h.orElse(found);
                    }
                    found = found.orElse(h);
                }
            }
        }
        return found;
    }
}
