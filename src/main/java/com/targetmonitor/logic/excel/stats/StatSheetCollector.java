package com.targetmonitor.logic.excel.stats;

import com.targetmonitor.logic.excel.read.RowSink;
import com.targetmonitor.logic.excel.read.SheetRow;
import com.targetmonitor.logic.excel.text.NumberReading;
import com.targetmonitor.logic.excel.text.NumberText;
import com.targetmonitor.logic.excel.text.PeriodHint;
import com.targetmonitor.logic.excel.text.PeriodText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a workbook's rows into statistics sheets as they stream by: the first rows of each sheet are
 * held until the header is found, every later row is read into a {@link StatRow} at once.
 */
final class StatSheetCollector implements RowSink {

    private static final Pattern FOOTNOTE = Pattern.compile(
            "^(注|说明|备注|附注|资料来源|数据来源|来源|填报|制表|审核|负责人|联系|统计负责人|单位负责人)[0-9０-９:：、.，,\\s]");
    private static final Pattern UNIT_NOTE = Pattern.compile("(?:计量|金额|价值量)?单位\\s*[:：]\\s*([^\\s,，;；)）]+)");
    private static final Pattern NUMBERING_ROW = Pattern.compile("甲|乙|丙|a|b|A|B");

    private final List<StatSheet> sheets = new ArrayList<>();
    private final List<String> sheetsWithout = new ArrayList<>();

    private String sheet;
    private List<SheetRow> top;
    private Header header;
    private boolean gaveUp;
    private PeriodHint period;
    private String unitNote;
    private String title;
    private List<StatRow> rows;
    private List<com.targetmonitor.logic.excel.stats.SkippedRow> skipped;
    private int[] valueColumns;
    private ColumnRole[] valueRoles;

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
        gaveUp = false;
        rows = new ArrayList<>();
        skipped = new ArrayList<>();
        return true;
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
        if (header == null && !gaveUp) {
            detect();
        }
        if (header == null) {
            sheetsWithout.add(sheet);
        } else {
            sheets.add(new StatSheet(sheet, title, header, period, unitNote, List.copyOf(rows), List.copyOf(skipped)));
        }
        top = null;
        rows = null;
    }

    private void detect() {
        header = HeaderDetector.statistics(top).orElse(null);
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
        period = titlePeriod.orElse(header.period()).orElse(PeriodText.find(sheet));
        chooseValueColumns();
        for (SheetRow r : top) {
            if (r.index() > header.lastRow()) {
                data(r);
            }
        }
        top = null;
    }

    /** The first column of each value role; a plain value column counts as cumulative when none is. */
    private void chooseValueColumns() {
        List<Integer> cols = new ArrayList<>();
        List<ColumnRole> roles = new ArrayList<>();
        boolean hasCumulative = header.has(ColumnRole.CUMULATIVE);
        for (int c = 0; c < header.roles().length; c++) {
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
        if (FOOTNOTE.matcher(first + " ").find() && (filled.length == 1 || filled[0] != nameCol || first.length() > 30)) {
            skipped.add(new SkippedRow(row.address(filled[0]), shortText, SkippedRow.Reason.FOOTNOTE));
            return;
        }
        String name = row.text(nameCol);
        if (isHeaderLine(row, name)) {
            skipped.add(new SkippedRow(row.address(filled[0]), shortText, SkippedRow.Reason.HEADER));
            return;
        }
        List<StatValue> values = new ArrayList<>(valueColumns.length);
        for (int i = 0; i < valueColumns.length; i++) {
            int c = valueColumns[i];
            String text = row.text(c);
            NumberReading reading = NumberText.read(text);
            // A plain number's text is its value: not keeping it saves memory on large tables.
            boolean plain = reading.hasValue() && !reading.percent() && StatValue.isCanonical(text);
            values.add(new StatValue(valueRoles[i], sheet, row.index(), c, plain ? null : text, reading));
        }
        String unit = row.text(header.column(ColumnRole.UNIT));
        String periodText = row.text(header.column(ColumnRole.PERIOD));
        PeriodHint rowPeriod = header.isLong() ? PeriodText.find(periodText).orElse(yearOnly()) : period;
        String key = row.text(header.column(ColumnRole.KEY));
        rows.add(new StatRow(sheet, row.index(), name, nameCol >= 0 ? nameCol : filled[0], unit, values, rowPeriod,
                periodText, key));
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
        if (NUMBERING_ROW.matcher(name).matches()) {
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
