package com.targetmonitor.logic.excel.stats;

import com.targetmonitor.logic.excel.read.RowSink;
import com.targetmonitor.logic.excel.read.SheetRow;
import com.targetmonitor.logic.excel.text.PeriodHint;
import com.targetmonitor.logic.excel.text.PeriodText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a workbook's rows into statistics tables as they stream by — the one reading model: sheet →
 * tables → header → value columns. The first rows of each table are held until its header is found,
 * every later row is read into a {@link StatRow} at once. A header row further down (a second table in
 * the same sheet, under its own title) ends the table and starts the next, whose header is detected
 * afresh; each table is a {@link StatSheet} of the same sheet name. A sheet with no such header may be
 * turned on its side ({@link TransposedLayout}: periods down, indicators across), read as one row per
 * indicator and period. Hidden columns (helper columns such as 上年同期) are never value columns. A new
 * layout is a new way of finding the header or the value columns here, nowhere else.
 */
final class StatSheetCollector implements RowSink {

    private static final Pattern FOOTNOTE = Pattern.compile(
            "^(注|说明|备注|附注|资料来源|数据来源|来源|填报|制表|审核|负责人|联系|统计负责人|单位负责人)[0-9０-９:：、.，,\\s]");
    private static final Pattern UNIT_NOTE = Pattern.compile("(?:计量|金额|价值量)?单位\\s*[:：]\\s*([^\\s,，;；)）]+)");
    /** The first characters of the footnote words above: most rows are no footnote, and skip the expression. */
    private static final String FOOTNOTE_STARTS = "注说备附资数来填制审负联统单";
    private static final Pattern NUMBERING_ROW = Pattern.compile("甲|乙|丙|a|b|A|B");

    private final List<StatSheet> sheets = new ArrayList<>();
    private final List<String> sheetsWithout = new ArrayList<>();

    private String sheet;
    private List<SheetRow> top;
    private Header header;
    /** The table's layout when it runs periods down and indicators across, else null. */
    private TransposedLayout transposed;
    private boolean gaveUp;
    private PeriodHint period;
    private String unitNote;
    private String title;
    private List<StatRow> rows;
    private List<com.targetmonitor.logic.excel.stats.SkippedRow> skipped;
    private int[] valueColumns;
    private ColumnRole[] valueRoles;
    private final java.util.Set<Integer> hiddenColumns = new java.util.HashSet<>();
    /** Rows since the last row with a figure: the title of a table that may follow. */
    private final List<SheetRow> between = new ArrayList<>();
    private PeriodHint previousPeriod = PeriodHint.NONE;

    List<StatSheet> sheets() {
        return sheets;
    }

    List<String> sheetsWithout() {
        return sheetsWithout;
    }

    @Override
    public boolean startSheet(String name, boolean hidden) {
        if (hidden) {
            sheetsWithout.add(name + " (hidden sheet)");
            return false;
        }
        sheet = name;
        top = new ArrayList<>();
        header = null;
        transposed = null;
        gaveUp = false;
        rows = new ArrayList<>();
        skipped = new ArrayList<>();
        hiddenColumns.clear();
        between.clear();
        previousPeriod = PeriodHint.NONE;
        return true;
    }

    @Override
    public void hiddenColumn(int column) {
        hiddenColumns.add(column);
    }

    @Override
    public void row(SheetRow row) {
        if (header != null) {
            data(row);
        } else if (!gaveUp) {
            top.add(row);
            if (top.size() >= HeaderDetector.SCAN_ROWS) {
                detect();
            }
        }
    }

    @Override
    public void endSheet() {
        // Again while detecting one table's held rows found the header of the next.
        while (header == null && !gaveUp && top != null) {
            detect();
        }
        boolean anyTable = sheets.stream().anyMatch(t -> t.name().equals(sheet));
        if (header != null) {
            endTable();
        } else if (!anyTable) {
            sheetsWithout.add(sheet);
        }
        top = null;
        rows = null;
    }

    private void endTable() {
        sheets.add(new StatSheet(sheet, title, header, period, unitNote, List.copyOf(rows), List.copyOf(skipped)));
        previousPeriod = period;
    }

    /** A header row below a table's rows: the table ends, the next one starts with its title rows. */
    private void nextTable(SheetRow headerRow) {
        endTable();
        top = new ArrayList<>(between);
        top.add(headerRow);
        between.clear();
        header = null;
        transposed = null;
        gaveUp = false;
        rows = new ArrayList<>();
        skipped = new ArrayList<>();
    }

    private void detect() {
        header = HeaderDetector.statistics(top).orElse(null);
        if (header == null) {
            transposed = TransposedLayout.find(top, hiddenColumns).orElse(null);
            header = transposed == null ? null : transposed.header();
        }
        if (header == null) {
            gaveUp = true;
            return;
        }
        PeriodHint titlePeriod = PeriodHint.NONE;
        unitNote = "";
        StringBuilder titleText = new StringBuilder();
        for (SheetRow r : top) {
            if (r.index() >= header.firstRow()) {
                break;
            }
            for (int c : r.filledColumns()) {
                titleText.append(titleText.length() == 0 ? "" : " ").append(r.text(c));
                titlePeriod = titlePeriod.orElse(PeriodText.find(r.text(c)));
                Matcher m = UNIT_NOTE.matcher(r.text(c));
                if (unitNote.isEmpty() && m.find()) {
                    unitNote = m.group(1);
                }
            }
        }
        title = titleText.toString();
        period = titlePeriod.orElse(header.period()).orElse(PeriodText.find(sheet)).orElse(previousPeriod);
        chooseValueColumns();
        List<SheetRow> held = top;
        top = null;
        Header table = header;
        for (SheetRow r : held) {
            if (header != table) {
                row(r); // a second table began among the held rows: its rows go to it
            } else if (r.index() > table.lastRow()) {
                data(r);
            }
        }
    }

    /** The first column of each value role; a plain value column counts as cumulative when none is. */
    private void chooseValueColumns() {
        List<Integer> cols = new ArrayList<>();
        List<ColumnRole> roles = new ArrayList<>();
        boolean hasCumulative = header.has(ColumnRole.CUMULATIVE);
        for (int c = 0; c < header.roles().length; c++) {
            if (hiddenColumns.contains(c)) {
                continue; // a hidden helper column (上年同期, 公式辅助列) is not the officer's figure
            }
            ColumnRole role = header.role(c);
            if (role == ColumnRole.VALUE) {
                role = hasCumulative ? ColumnRole.IGNORED : ColumnRole.CUMULATIVE;
            }
            if (role.isValue() && !roles.contains(role)) {
                cols.add(c);
                roles.add(role);
            }
        }
        valueColumns = cols.stream().mapToInt(Integer::intValue).toArray();
        valueRoles = roles.toArray(new ColumnRole[0]);
    }

    private void data(SheetRow row) {
        int[] filled = row.filledColumns();
        if (filled.length == 0) {
            return;
        }
        int nameCol = header.column(ColumnRole.NAME);
        String first = row.text(filled[0]);
        String shortText = first.length() > 40 ? first.substring(0, 40) + "…" : first;
        if (row.hidden()) {
            skipped.add(new SkippedRow(row.address(filled[0]), shortText, SkippedRow.Reason.HIDDEN));
            return;
        }
        if (FOOTNOTE_STARTS.indexOf(first.charAt(0)) >= 0 && FOOTNOTE.matcher(first + " ").find()
                && (filled.length == 1 || filled[0] != nameCol || first.length() > 30)) {
            skipped.add(new SkippedRow(row.address(filled[0]), shortText, SkippedRow.Reason.FOOTNOTE));
            return;
        }
        if (transposed != null) {
            transposedData(row, filled[0], shortText);
            return;
        }
        String name = row.text(nameCol);
        if (isHeaderLine(row, name) || filled[0] != nameCol && isHeaderLine(row, first)) {
            if (!rows.isEmpty() && HeaderDetector.statistics(List.of(row)).isPresent()) {
                nextTable(row);
                return;
            }
            skipped.add(new SkippedRow(row.address(filled[0]), shortText, SkippedRow.Reason.HEADER));
            return;
        }
        boolean anyFigure = false;
        for (int c : valueColumns) {
            anyFigure |= !row.text(c).isEmpty();
        }
        if (anyFigure) {
            between.clear();
        } else {
            between.add(row);
        }
        String[] texts = new String[valueColumns.length];
        for (int i = 0; i < valueColumns.length; i++) {
            texts[i] = row.text(valueColumns[i]);
        }
        String unit = row.text(header.column(ColumnRole.UNIT));
        String periodText = row.text(header.column(ColumnRole.PERIOD));
        PeriodHint rowPeriod = header.isLong() ? PeriodText.find(periodText).orElse(yearOnly()) : period;
        String key = row.text(header.column(ColumnRole.KEY));
        rows.add(new StatRow(sheet, row.index(), name, nameCol >= 0 ? nameCol : filled[0], unit,
                new ValueCells(valueRoles, valueColumns, texts), rowPeriod, periodText, key));
    }

    /** A period row gives a row per indicator column; any other row (a repeated unit row) is listed. */
    private void transposedData(SheetRow row, int firstColumn, String shortText) {
        if (transposed.isPeriodRow(row)) {
            between.clear();
            rows.addAll(transposed.rows(sheet, row, period));
        } else {
            between.add(row);
            skipped.add(new SkippedRow(row.address(firstColumn), shortText, SkippedRow.Reason.NO_VALUES));
        }
    }

    /** In the long layout a row's period names its month; the sheet's title may still give the year. */
    private PeriodHint yearOnly() {
        return period.year() == null ? PeriodHint.NONE : new PeriodHint(period.year(), null, false);
    }

    private boolean isHeaderLine(SheetRow row, String name) {
        // Only short names can be a repeated 指标名称 heading; most rows skip the classifier.
        if (!name.isEmpty() && name.length() <= 8 && HeaderClassifier.classify(name) == ColumnRole.NAME) {
            return true;
        }
        if (name.length() == 1 && NUMBERING_ROW.matcher(name).matches()) {
            for (int c : valueColumns) {
                String t = row.text(c);
                if (!t.isEmpty() && !t.matches("\\d{1,2}")) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
